import { quoted } from './internal/describe.js';

/**
 * The library's errors. Every failure the library raises on purpose is a
 * {@link GradedCareError}; validation failures carry a list of {@link Issue}s.
 *
 * @module
 */

/** A path into the input: object keys and array indexes, outermost first. */
export type IssuePath = readonly (string | number)[];

/**
 * One thing wrong with an input, as data.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   path: ['ratings', 'physical.nutrition'],
 *   expected: 'an integer grade from 1 to 5, { grade, note? }, or "not-scored"',
 *   received: 'the number 3.5',
 *   message: 'ratings["physical.nutrition"]: expected an integer grade from 1 to 5, …, received the number 3.5',
 * };
 * ```
 */
export interface Issue {
  /** Where in the input the problem is (`[]` for the input itself). */
  readonly path: IssuePath;
  /** What would have been accepted. */
  readonly expected: string;
  /** What was found, described in words (never the raw value, which may be large). */
  readonly received: string;
  /** A one-line sentence naming the path, the expectation and what was found. */
  readonly message: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Writes a path the way a reader finds it in JSON: `ratings["physical.nutrition"]`,
 * `areas[0].subAreas[2].id`. The empty path is written `(input)`.
 *
 * @throws {@link OperationError} (`not-a-path`) for anything but an array of strings and
 *   whole numbers ≥ 0.
 *
 * @example
 * ```ts
 * formatPath(['areas', 0, 'subAreas', 2, 'id']); // 'areas[0].subAreas[2].id'
 * formatPath(['ratings', 'physical.nutrition']); // 'ratings["physical.nutrition"]'
 * ```
 */
export function formatPath(path: IssuePath): string {
  if (!Array.isArray(path)) throw new OperationError('not-a-path', 'formatPath: expected an array of keys and indexes');
  if (path.length === 0) return '(input)';
  let text = '';
  for (const segment of path as readonly unknown[]) {
    if (typeof segment === 'number' && Number.isSafeInteger(segment) && segment >= 0) text += `[${segment}]`;
    else if (typeof segment !== 'string') throw new OperationError('not-a-path', 'formatPath: expected an array of keys (strings) and indexes (whole numbers ≥ 0)');
    else if (IDENTIFIER.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${quoted(segment)}]`;
  }
  return text;
}

/** Longer than any key a definition can make (three 64-character ids and their dots). */
const LONGEST_KEY_SHOWN = 200;

/**
 * A key or name as a message shows it: whole, unless longer than any instrument or policy can
 * define; then cut to its first 40 characters and `…`, so a message stays a line.
 */
export function shownKey(key: string): string {
  if (key.length <= LONGEST_KEY_SHOWN) return key;
  // Its first 40 characters (code points, so no pair is cut), read one at a time: spread
  // into an array first, a key of 150 million characters ran the heap out.
  let shown = '';
  let count = 0;
  for (const character of key) {
    if (count++ === 40) break;
    shown += character;
  }
  return `${shown}…`;
}

/** {@link formatPath} for a message, each key {@link shownKey}: the issue's `path` keeps them whole. */
export function messagePath(path: IssuePath): string {
  return formatPath(path.map((segment) => (typeof segment === 'string' ? shownKey(segment) : segment)));
}

/** Builds an {@link Issue} with its message written from the other three fields. */
export function makeIssue(path: IssuePath, expected: string, received: string): Issue {
  return {
    path: [...path],
    expected,
    received,
    message: `${messagePath(path)}: expected ${expected}, received ${received}`,
  };
}

/**
 * The base class of every error the library throws on purpose. Catch this to tell
 * the library's refusals apart from programming errors.
 *
 * @example
 * ```ts
 * try {
 *   getInstrument('gcp3');
 * } catch (error) {
 *   error instanceof GradedCareError; // true
 *   (error as GradedCareError).name; // 'OperationError'
 * }
 * ```
 */
export class GradedCareError extends Error {
  /** Always `'GradedCareError'`, so logs and `error.name` checks tell the classes apart. */
  override name = 'GradedCareError';
}

/**
 * An input did not match its contract. `issues` lists every problem found (at least one);
 * the message names the first and counts the rest.
 *
 * @example
 * ```ts
 * try {
 *   cohenKappa([1, 2.5], [1, 2], { weights: 'none' });
 * } catch (error) {
 *   error instanceof ValidationError; // true
 *   (error as ValidationError).issues.map((i) => i.message);
 *   // ['a[1]: expected a whole-number rating, received the number 2.5']
 * }
 * cohenKappa([1, 2.5], [1, 2], { weights: 'none' }); // throws ValidationError: Invalid ratings: a[1]: expected a whole-number rating
 * ```
 */
export class ValidationError extends GradedCareError {
  /** Always `'ValidationError'`, so logs and `error.name` checks tell the classes apart. */
  override name = 'ValidationError';
  /** Every problem found, each with its path (at least one when the library throws the error). */
  readonly issues: readonly Issue[];

  constructor(subject: string, issues: readonly Issue[]) {
    const first = issues[0]?.message ?? 'no details';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? 's' : ''})` : '';
    super(`Invalid ${subject}: ${first}${more}`);
    this.issues = issues;
  }
}

/**
 * An assessment failed the data contract (design §3).
 *
 * @example
 * ```ts
 * try {
 *   parseAssessment({ schemaVersion: 2, instrument: 'gcp2' });
 * } catch (error) {
 *   error instanceof AssessmentError; // true
 *   (error as AssessmentError).issues.map((i) => formatPath(i.path));
 *   // ['schemaVersion', 'id', 'child', 'assessedOn', 'ratings']
 *   (error as AssessmentError).message;
 *   // 'Invalid assessment: schemaVersion: expected 1, received the number 2 (and 4 more issues)'
 * }
 * ```
 */
export class AssessmentError extends ValidationError {
  /** Always `'AssessmentError'`, so logs and `error.name` checks tell the classes apart. */
  override name = 'AssessmentError';
  constructor(issues: readonly Issue[]) {
    super('assessment', issues);
  }
}

/**
 * An instrument definition is malformed (duplicate ids, a scale that does not hold, stages
 * that do not tile the scale, a need mapping naming an unknown sub-area…).
 *
 * @example
 * ```ts
 * defineInstrument({
 *   id: 'mini', edition: '1', title: 'Mini', family: 'gcp', direction: 'lower-is-better', scale: { min: 1, max: 5 },
 *   areas: [{ id: 'care', title: 'Care', subAreas: [{ id: 'food', title: 'Food' }, { id: 'food', title: 'Food again' }] }],
 * });
 * // throws InstrumentError: Invalid instrument definition: areas[0].subAreas[1].id: expected a sub-area id not used before, received the duplicate id "care.food"
 * ```
 */
export class InstrumentError extends ValidationError {
  /** Always `'InstrumentError'`, so logs and `error.name` checks tell the classes apart. */
  override name = 'InstrumentError';
  constructor(issues: readonly Issue[]) {
    super('instrument definition', issues);
  }
}

/**
 * A threshold policy is malformed.
 *
 * @example
 * ```ts
 * definePolicy({ ...referencePolicy, persistenceDays: -3 });
 * // throws PolicyError: Invalid threshold policy: persistenceDays: expected a number ≥ 1, received the number -3
 * ```
 */
export class PolicyError extends ValidationError {
  /** Always `'PolicyError'`, so logs and `error.name` checks tell the classes apart. */
  override name = 'PolicyError';
  constructor(issues: readonly Issue[]) {
    super('threshold policy', issues);
  }
}

/**
 * Why an {@link OperationError} was thrown: a stable, machine-readable reason that a case
 * system can switch on (a misspelt code is then a compile-time error).
 *
 * @example
 * ```ts
 * const retry: OperationErrorCode[] = ['as-of-before-latest', 'same-day-conflict'];
 * ```
 */
export type OperationErrorCode =
  | 'unknown-instrument'
  | 'empty-history'
  | 'mixed-children'
  | 'mixed-instruments'
  | 'conflicting-child'
  | 'same-day-conflict'
  | 'out-of-order'
  | 'as-of-before-latest'
  | 'date-out-of-range'
  | 'star-only'
  | 'nothing-assessed'
  | 'flag-near-miss'
  | 'not-a-star'
  | 'wrong-family'
  | 'nothing-to-draw'
  | 'not-a-score'
  | 'unknown-target'
  | 'no-ratings'
  | 'nothing-to-compare'
  | 'too-many-categories'
  | 'not-a-path'
  | 'not-text';

/**
 * Valid data, but an operation that cannot be done on it: comparing two different
 * children, placing a child from Star readings alone, an `asOf` before the latest
 * assessment, an unknown instrument id.
 *
 * @example
 * ```ts
 * try {
 *   getInstrument('gcp3');
 * } catch (error) {
 *   (error as OperationError).code; // 'unknown-instrument'
 *   (error as OperationError).message; // 'Unknown instrument "gcp3": expected one of gcp, gcp2, family-star-plus'
 * }
 * ```
 */
export class OperationError extends GradedCareError {
  /** Always `'OperationError'`, so logs and `error.name` checks tell the classes apart. */
  override name = 'OperationError';
  /** A stable, machine-readable reason, e.g. `mixed-children`. */
  readonly code: OperationErrorCode;

  constructor(code: OperationErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * An options object passed to a function is malformed (an unknown aggregation rule, bands
 * that do not tile the scale, a need mapping naming an unknown sub-area…).
 *
 * @example
 * ```ts
 * const a = parseAssessment({
 *   schemaVersion: 1, id: 'A-1', instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: '2025-06-02', ratings: { 'physical.nutrition': 4 },
 * });
 * try {
 *   scoreAssessment(a, { aggregation: 'mean' as never });
 * } catch (error) {
 *   (error as OptionsError).issues[0]?.path; // ['aggregation']
 *   (error as OptionsError).message; // 'Invalid options: aggregation: expected one of mode-worse, worst, median-worse, received the string "mean"'
 * }
 * ```
 */
export class OptionsError extends ValidationError {
  /** Always `'OptionsError'`, so logs and `error.name` checks tell the classes apart. */
  override name = 'OptionsError';
  constructor(issues: readonly Issue[]) {
    super('options', issues);
  }
}
