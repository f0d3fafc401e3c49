import { type Issue, type IssuePath, makeIssue, OptionsError } from '../errors.js';
import { isDefinedInstrument } from '../instruments/defined.js';
import { isCalendarDate } from './calendar.js';
import { describeItem, describeValue, isPlainObject } from './describe.js';

/** Checks an optional whole-number option in `[min, max]`; pushes an issue and returns the default if bad. */
export function wholeNumber(issues: Issue[], path: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    issues.push(makeIssue([path], `a whole number from ${min} to ${max}`, describeValue(value)));
    return fallback;
  }
  return value;
}

/** Checks an optional calendar-date option; pushes an issue and returns `null` if bad or absent. */
export function calendarDate(issues: Issue[], path: string, value: unknown): string | null {
  if (value === undefined) return null;
  if (!isCalendarDate(value)) {
    issues.push(makeIssue([path], 'a calendar date written YYYY-MM-DD that exists', describeValue(value)));
    return null;
  }
  return value;
}

/**
 * The option names of an options type `T`, as a list checked at compile time to hold every
 * key of `T` and nothing else: `optionNames<TrackOptions>()(['asOf', …])`.
 */
export const optionNames =
  <T>() =>
  <const N extends readonly (keyof T & string)[]>(names: N & ([Exclude<keyof T, N[number]>] extends [never] ? unknown : { readonly missing: Exclude<keyof T, N[number]> })): N =>
    names;

/** No issues: one shared, frozen list for the usual case, where every option is known. */
const NONE: readonly Issue[] = Object.freeze([]);

/**
 * An issue for each option a function does not take, at `at` + its name: a misspelt name
 * (`suppresion`) would otherwise be ignored without a word, and the default it leaves in
 * place can matter (no disclosure control). A name whose value is `undefined` counts as
 * absent, as in JSON.
 */
export function unknownOptionIssues(options: Record<string, unknown>, names: readonly string[], at: IssuePath = []): readonly Issue[] {
  let issues: Issue[] | undefined;
  for (const key in options) {
    if (options[key] === undefined || names.includes(key)) continue;
    (issues ??= []).push(makeIssue([...at, key], `one of the options this function takes (${names.join(', ')})`, `the unknown option ${JSON.stringify(key)}`));
  }
  return issues ?? NONE;
}

/**
 * The options object of a public function: `{}` for none, the object itself when it is a
 * plain object whose `instruments` (if any) are instruments from `defineInstrument` and,
 * given `names`, whose every option is one of them.
 *
 * @throws {@link OptionsError} for anything else.
 */
export function optionsObject<T extends object>(value: T | undefined, names?: readonly string[]): T {
  if (value === undefined) return {} as T;
  if (!isPlainObject(value)) throw new OptionsError([makeIssue([], 'an options object, or nothing', describeValue(value))]);
  const unknown = names === undefined ? NONE : unknownOptionIssues(value, names);
  if (unknown.length > 0) throw new OptionsError([...unknown]);
  const instruments = (value as { instruments?: unknown }).instruments;
  if (instruments !== undefined) {
    if (!Array.isArray(instruments)) throw new OptionsError([makeIssue(['instruments'], 'an array of instruments from defineInstrument', describeValue(instruments))]);
    // An index loop, not forEach: a hole in a sparse array is a missing instrument, not one to skip.
    for (let i = 0; i < instruments.length; i++) {
      if (!isDefinedInstrument(instruments[i])) throw new OptionsError([makeIssue(['instruments', i], 'an instrument returned by defineInstrument', describeItem(instruments, i))]);
    }
  }
  return value;
}
