import { AssessmentError, type Issue, type IssuePath, makeIssue } from '../errors.js';
import { findInstrument, INSTRUMENT_OPTIONS, type InstrumentOptions, knownInstrumentIds } from '../instruments/registry.js';
import type { Instrument } from '../instruments/types.js';
import { describeValue, isPlainObject } from '../internal/describe.js';
import { findForbiddenKeys } from '../internal/forbidden-keys.js';
import { indexOf, type InstrumentIndex } from '../internal/instrument-index.js';
import { type ExpectedAt, translateZodIssues } from '../internal/zod-issues.js';
import { fastParse } from './fast-path.js';
import { UNRATED } from './grade-table.js';
import { LIMITS } from './limits.js';
import { relationIssues } from './relations.js';
import { assessmentSchemaFor, envelopeSchema } from './schema.js';
import type { Assessment, SafeParseResult } from './types.js';
import { optionsObject } from '../internal/option-checks.js';

/** Options of {@link parseAssessment}: users' own instruments, looked up before the built-ins. */
export type ParseOptions = InstrumentOptions;

/**
 * Assessments this module returned, with the instrument they were checked against. They
 * are frozen, so later layers can trust them without checking them again.
 */
const trusted = new WeakMap<object, Instrument>();

/** The instrument a parsed assessment was validated against; `undefined` if it was not parsed here. */
export function trustedInstrument(value: unknown): Instrument | undefined {
  return typeof value === 'object' && value !== null ? trusted.get(value) : undefined;
}

const TOP_FIELDS = 'schemaVersion, id, instrument, child, assessedOn, kind, assessor, ratings, areaGrades';
const STAR_TOP_FIELDS = 'schemaVersion, id, instrument, child, assessedOn, kind, assessor, ratings; no areaGrades: a Star is rated by area';
const CHILD_FIELDS = 'id, dateOfBirth, flags, locality, attributes';
const ATTRIBUTE_NAME = `an attribute name of at most ${LIMITS.attributeKeyLength} characters: a letter, then letters, digits, "_" or "-"`;

/** What an unknown key should have been, in the instrument's words. */
function knownKeys(index: InstrumentIndex): ExpectedAt {
  const hasItems = index.unitItems.some((items) => items.length > 0);
  const unit = index.isStar ? 'Star area' : hasItems ? 'sub-area or item' : 'sub-area';
  return (path: IssuePath) => {
    const head = path[0];
    if (path.length === 1) return `one of the contract's fields (${index.isStar ? STAR_TOP_FIELDS : TOP_FIELDS})`;
    if (head === 'child' && path.length === 2) return `a child field (${CHILD_FIELDS})`;
    if (head === 'child' && path[1] === 'attributes' && path.length === 3) return ATTRIBUTE_NAME;
    if (head === 'ratings' && path.length === 2) return `a ${unit} id of ${index.instrument.id}`;
    if (head === 'ratings' && path.length === 3) return 'a rating field (grade, note)';
    if (head === 'areaGrades' && path.length === 2) return `an area id of ${index.instrument.id} (${index.areaIds.join(', ')})`;
    return undefined;
  };
}

/** How a rating's expected forms end after its grade range: a grade, the object with a note, or `"not-scored"`. */
export const RATING_FORMS_AFTER_GRADE = ', { grade, note? }, or "not-scored"';

/** Ratings and area grades are reported in the instrument's words whatever zod's own code. */
const isUnknownKey = (issue: Issue): boolean => /^(?:the|an) unknown key /.test(issue.received);

function reword(issue: Issue, index: InstrumentIndex): Issue {
  const [head, , last] = issue.path;
  const grade = `an integer grade from ${index.min} to ${index.max}`;
  if (isUnknownKey(issue)) return issue;
  if (head === 'ratings' && issue.path.length === 2) return makeIssue(issue.path, `${grade}${RATING_FORMS_AFTER_GRADE}`, issue.received);
  if (head === 'ratings' && issue.path.length === 3 && last === 'grade') return makeIssue(issue.path, `${grade} or "not-scored"`, issue.received);
  if (head === 'areaGrades' && issue.path.length === 2) return makeIssue(issue.path, grade, issue.received);
  return issue;
}

function unknownInstrumentIssues(input: Record<string, unknown>, options: ParseOptions | undefined): Issue[] {
  const envelope = envelopeSchema.safeParse(input);
  const issues = envelope.success ? [] : translateZodIssues(envelope.error.issues, input);
  const others = issues.filter((issue) => issue.path[0] !== 'instrument');
  const instrumentIssue = makeIssue(['instrument'], `one of ${knownInstrumentIds(options).join(', ')}`, describeValue(input['instrument']));
  return [instrumentIssue, ...others];
}

/**
 * Every object inside the input that JSON cannot make (a `Map`, a `Date`, a class instance):
 * the fast path refuses them, while zod reads their fields as if they were plain, so they are
 * named here, at their paths.
 */
function foreignObjects(value: unknown, path: IssuePath = [], issues: Issue[] = [], depth = 0): Issue[] {
  if (typeof value !== 'object' || value === null || depth > 64) return issues;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) foreignObjects(value[i], [...path, i], issues, depth + 1);
  } else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) foreignObjects(value[key], [...path, key], issues, depth + 1);
  } else {
    const proto = Object.getPrototypeOf(value) as { constructor?: unknown } | null;
    const maker = proto?.constructor;
    const received = typeof maker === 'function' && maker.prototype === proto && maker.name !== '' ? `an object of class ${maker.name}` : 'an object with a prototype of its own';
    issues.push(makeIssue(path, 'plain JSON data (an object or array as JSON.parse makes it)', received));
  }
  return issues;
}

const isWithin = (path: IssuePath, outer: IssuePath): boolean => outer.length <= path.length && outer.every((segment, i) => segment === path[i]);

/** Every issue of an input, by the full path (zod schema plus relations); exported for the parity test. */
export function fullIssues(input: unknown, instrument: Instrument | undefined, options: ParseOptions | undefined): Issue[] {
  const forbidden = findForbiddenKeys(input);
  if (forbidden.length > 0) return forbidden;
  if (!isPlainObject(input)) return [makeIssue([], 'an assessment object', describeValue(input))];
  const found = foreignObjects(input);
  // What zod says about a foreign object's own fields would only mislead: the object is the
  // fault. Under an unknown key, though, the key is the fault, whatever it holds.
  const besides = (issues: Issue[]) => {
    if (found.length === 0) return issues;
    const unknownKeys = issues.filter(isUnknownKey);
    const foreign = found.filter((f) => !unknownKeys.some((u) => isWithin(f.path, u.path)));
    return [...foreign, ...issues.filter((issue) => !foreign.some((f) => isWithin(issue.path, f.path)))];
  };
  if (instrument === undefined) return besides(unknownInstrumentIssues(input, options));
  const index = indexOf(instrument);
  const parsed = assessmentSchemaFor(instrument).safeParse(input);
  const schemaIssues = parsed.success
    ? []
    : translateZodIssues(parsed.error.issues, input, knownKeys(index)).map((issue) => reword(issue, index));
  return besides([...schemaIssues, ...relationIssues(input, index)]);
}

function instrumentOf(input: unknown, options: ParseOptions | undefined): Instrument | undefined {
  if (!isPlainObject(input)) return undefined;
  const id = input['instrument'];
  return typeof id === 'string' ? findInstrument(id, options) : undefined;
}

/**
 * Validates an assessment against the data contract and its instrument, without throwing:
 * every problem with the input is an issue. On success `data` is a frozen copy; the input is
 * never changed.
 *
 * @throws {@link OptionsError} only for malformed options (an option it does not take among
 * them): a mistake in the calling code, not in the data.
 * @example
 * ```ts
 * const result = safeParseAssessment({
 *   schemaVersion: 1, id: 'A-1', instrument: 'gcp2', child: { id: 'C-1' },
 *   assessedOn: '2025-02-30', ratings: { 'physical.nutrition': 7 },
 * });
 * result.success; // false
 * if (!result.success) result.issues.map((i) => i.path.join('/'));
 * // ['assessedOn', 'ratings/physical.nutrition']
 * ```
 */
export function safeParseAssessment(input: unknown, options?: ParseOptions): SafeParseResult<Assessment> {
  return safeParse(input, optionsObject(options, INSTRUMENT_OPTIONS));
}

/** {@link safeParseAssessment} under options checked already (a caller's, which may hold more). */
function safeParse(input: unknown, options: ParseOptions): SafeParseResult<Assessment> {
  const instrument = instrumentOf(input, options);
  if (instrument !== undefined) {
    const data = fastParse(input, indexOf(instrument), true);
    if (data !== undefined) {
      trusted.set(data, instrument);
      return { success: true, data };
    }
  }
  const issues = fullIssues(input, instrument, options);
  if (issues.length === 0) {
    // The parity test keeps the two paths in step; if they ever part, refuse rather than guess.
    issues.push(makeIssue([], 'an input both validation paths accept (please report this as a bug)', 'an input only the full path accepts'));
  }
  return { success: false, issues };
}

/**
 * Validates an assessment and returns a frozen copy, or throws.
 *
 * @throws {@link AssessmentError} whose `issues` list every problem with its path;
 * {@link OptionsError} for malformed options (an option it does not take among them).
 * @example
 * ```ts
 * const a = parseAssessment({
 *   schemaVersion: 1, id: 'A-1', instrument: 'gcp2', child: { id: 'C-1', dateOfBirth: '2024-09-01' },
 *   assessedOn: '2025-06-02', ratings: { 'physical.nutrition': 4, 'safety.online': 'not-scored' },
 * });
 * a.ratings['physical.nutrition']; // 4
 * Object.isFrozen(a); // true
 * ```
 */
export function parseAssessment(input: unknown, options?: ParseOptions): Assessment {
  const result = safeParseAssessment(input, options);
  if (!result.success) throw new AssessmentError(result.issues);
  return result.data;
}

/** An assessment checked by {@link ensureAssessment}, with the instrument it was checked against. */
export interface CheckedAssessment {
  readonly assessment: Assessment;
  readonly instrument: Instrument;
  /**
   * The grade table of a raw input of an instrument rated without items, filled while it was
   * validated (see `grade-table.ts`); `undefined` otherwise, for the scoring layer to build.
   */
  readonly units?: Int16Array | undefined;
}

/**
 * Takes an assessment that this module parsed, or checks one that it did not: every public
 * function that reads assessments goes through here, so none of them can be fed an unchecked
 * object. A valid raw input is returned as it is (not copied): callers read it at once and
 * keep none of it.
 *
 * @throws {@link AssessmentError} for an invalid input.
 */
export function ensureAssessment(input: unknown, options?: ParseOptions): CheckedAssessment {
  const known = trustedInstrument(input);
  // An instrument of the same id in the caller's options wins, as it does for raw input: the
  // assessment is then checked again against it, so a parsed copy and its JSON score alike.
  const own = known === undefined ? undefined : options?.instruments?.find((instrument) => instrument.id === known.id);
  if (known !== undefined && (own === undefined || own === known)) return { assessment: input as Assessment, instrument: known };
  const instrument = instrumentOf(input, options);
  if (instrument !== undefined) {
    const index = indexOf(instrument);
    const units = index.hasItems ? undefined : new Int16Array(index.unitIds.length).fill(UNRATED);
    const checked = fastParse(input, index, false, units);
    if (checked !== undefined) return { assessment: checked, instrument, units };
  }
  const result = safeParse(input, options ?? {});
  if (!result.success) throw new AssessmentError(result.issues);
  return ensureAssessment(result.data, options);
}

/**
 * {@link ensureAssessment} of each of a function's named assessment arguments, reporting the
 * issues of all of them together, each path under its argument's name (`trainee`,
 * `earlier`, …): two arguments of one shape would otherwise give the same bare path
 * (`ratings["physical.nutrition"]`) whichever was wrong.
 *
 * @throws {@link AssessmentError} for any invalid argument.
 */
export function ensureNamedAssessments(named: readonly (readonly [name: string, input: unknown])[], options?: ParseOptions): CheckedAssessment[] {
  const issues: Issue[] = [];
  const checked: CheckedAssessment[] = [];
  for (const [name, input] of named) {
    try {
      checked.push(ensureAssessment(input, options));
    } catch (error) {
      if (!(error instanceof AssessmentError)) throw error;
      for (const issue of error.issues) issues.push(makeIssue([name, ...issue.path], issue.expected, issue.received));
    }
  }
  if (issues.length > 0) throw new AssessmentError(issues);
  return checked;
}
