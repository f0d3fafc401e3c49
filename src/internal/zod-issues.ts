import type { core } from 'zod/mini';
import { type Issue, type IssuePath, makeIssue } from '../errors.js';
import { describeKey, describeValue } from './describe.js';
import { SEGMENTED, SLUG } from '../instruments/definition-schema.js';
import { hasControl, ID_TEXT, isUnpadded, isWellFormed, WELL_FORMED_TEXT } from './well-formed.js';

/** Lets a boundary say, in its own words, what an unknown key at a path should have been. */
export type ExpectedAt = (path: IssuePath) => string | undefined;

/** Reads the input at a path; `undefined` where the path leaves the input. */
export function valueAt(input: unknown, path: IssuePath): unknown {
  let value = input;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, segment)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
  record: 'an object',
};

function bound(issue: core.$ZodIssueTooBig | core.$ZodIssueTooSmall, word: 'at least' | 'at most'): string {
  const limit = Number((issue as { minimum?: unknown; maximum?: unknown })[word === 'at least' ? 'minimum' : 'maximum']);
  switch (issue.origin) {
    case 'string':
      return `a string of ${word} ${limit} character${limit === 1 ? '' : 's'}`;
    case 'array':
    case 'set':
      return `${word} ${limit} item${limit === 1 ? '' : 's'}`;
    default:
      return `a number ${word === 'at least' ? '≥' : '≤'} ${limit}`;
  }
}

const EDGE_SPACE_WORDS = 'text without white space at its start or end (as a padded cell leaves it: "C-17 " and "C-17" would be told apart)';
const LONE_SURROGATE_WORDS = 'text without a lone surrogate (half of a UTF-16 pair, such as \\ud800, which UTF-8 cannot write)';
const SLUG_WORDS = 'a lower-case slug: a letter a–z, then letters a–z, digits or hyphens (such as young-carer)';
const CONTROL_WORDS = 'text without control characters (a line break, tab or NUL inside an id, as a spreadsheet cell or an export can leave)';

/** Which part of the id rule `received` breaks: the first of a lone surrogate, white space at an end, a control character. */
function idWords(received: unknown): string {
  if (typeof received !== 'string') return EDGE_SPACE_WORDS;
  if (!isWellFormed(received)) return LONE_SURROGATE_WORDS;
  return !isUnpadded(received) || !hasControl(received) ? EDGE_SPACE_WORDS : CONTROL_WORDS;
}

/** `received` is the value at the issue's path: zod refuses Infinity and NaN as numbers, which "a number" would not explain. */
function expectedOf(issue: core.$ZodIssue, received?: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if ((issue.expected === 'number' || issue.expected === 'int') && typeof received === 'number' && !Number.isFinite(received)) return `a finite ${issue.expected === 'int' ? 'integer' : 'number'}`;
      return TYPE_WORDS[issue.expected] ?? String(issue.expected);
    case 'too_small':
      return bound(issue, 'at least');
    case 'too_big':
      return bound(issue, 'at most');
    case 'invalid_format':
      if (issue.format === 'date') return 'a calendar date written YYYY-MM-DD that exists';
      if (issue.format === 'regex' && 'pattern' in issue) {
        if (String(issue.pattern) === String(WELL_FORMED_TEXT)) return LONE_SURROGATE_WORDS;
        if (String(issue.pattern) === String(ID_TEXT)) return idWords(received);
        // A policy author writing `Young-Carer` reads words better than the pattern.
        if (String(issue.pattern) === String(SLUG)) return SLUG_WORDS;
        if (String(issue.pattern) === String(SEGMENTED)) return `${SLUG_WORDS}, of at most 64 characters, or up to three such joined by dots (area.sub-area.item)`;
        return `text matching ${String(issue.pattern)}`;
      }
      return `a ${issue.format}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? JSON.stringify(issue.values[0])
        : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'one of the allowed forms';
    case 'custom': {
      const params = issue.params as { expected?: string } | undefined;
      return params?.expected ?? issue.message;
    }
    default:
      return issue.message;
  }
}

function isSafeIntegerBound(issue: core.$ZodIssue): boolean {
  return (issue.code === 'too_big' || issue.code === 'too_small') && issue.origin === 'int';
}

function samePath(a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}

/**
 * When a value failed every form of a union but has the shape of one of them, with only
 * fields it holds at fault (`{ grade: 3, note: 5 }`), that form's issues at those fields, with
 * full paths: naming the field says more than "none of the forms". `undefined` otherwise.
 */
function fieldsAtFault(issue: core.$ZodIssueInvalidUnion, path: IssuePath, input: unknown): core.$ZodIssue[] | undefined {
  const shaped = issue.errors.filter((branch) => branch.length > 0 && branch.every((inner) => inner.path.length > 0 && valueAt(input, [...path, ...(inner.path as (string | number)[])]) !== undefined));
  if (shaped.length !== 1) return undefined;
  return (shaped[0] as core.$ZodIssue[]).map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
}

/**
 * Translates zod's issues into the library's {@link Issue}s: one issue per unknown key
 * (with the key in the path), expectations in words, and what was received described
 * from the input itself.
 */
export function translateZodIssues(
  zodIssues: readonly core.$ZodIssue[],
  input: unknown,
  expectedAt?: ExpectedAt,
): Issue[] {
  const issues: Issue[] = [];
  for (const issue of zodIssues) {
    const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
    // Past 2^53 `z.int()` also reports its safe-integer range; the field's own range says enough.
    if (isSafeIntegerBound(issue) && zodIssues.some((other) => other !== issue && samePath(other.path, issue.path))) continue;
    if (issue.code === 'invalid_key') {
      // A record key that fails its check: the key is the last segment of the path, not a value.
      const key = path[path.length - 1];
      const expected = expectedAt?.(path) ?? `a key that is ${issue.issues.map(expectedOf).join(' and ')}`;
      const received = typeof key === 'string' ? describeKey(key) : `the key ${JSON.stringify(key)}`;
      issues.push(makeIssue(path, expected, received));
      continue;
    }
    if (issue.code === 'invalid_union') {
      const inside = fieldsAtFault(issue, path, input);
      if (inside !== undefined) {
        issues.push(...translateZodIssues(inside, input, expectedAt));
        continue;
      }
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        issues.push(makeIssue(keyPath, expectedAt?.(keyPath) ?? 'no such key', describeKey(key, 'unknown key')));
      }
      continue;
    }
    const received = valueAt(input, path);
    issues.push(makeIssue(path, expectedOf(issue, received), describeValue(received)));
  }
  return issues;
}
