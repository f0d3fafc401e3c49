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
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** Builds an {@link Issue} with its message written from the other three fields. */
export function makeIssue(path: IssuePath, expected: string, received: string): Issue {
  return {
    path: [...path],
    expected,
    received,
    message: `${formatPath(path)}: expected ${expected}, received ${received}`,
  };
}

/**
 * The base class of every error the library throws on purpose. Catch this to tell
 * the library's refusals apart from programming errors.
 *
 * @example
 * ```ts
 * try { getInstrument('gcp3'); } catch (e) { e instanceof GradedCareError; } // true
 * ```
 */
export class GradedCareError extends Error {
  override name = 'GradedCareError';
}

/**
 * An input did not match its contract. `issues` lists every problem found (at least one);
 * the message names the first and counts the rest.
 *
 * @example
 * ```ts
 * const result = safeParseAssessment({});
 * result.success; // false
 * new ValidationError('assessment', result.issues).message; // 'Invalid assessment: schemaVersion: expected …'
 * ```
 */
export class ValidationError extends GradedCareError {
  override name = 'ValidationError';
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
 * try { parseAssessment({ schemaVersion: 2 }); }
 * catch (e) { (e as AssessmentError).issues[0]?.path; } // ['schemaVersion']
 * ```
 */
export class AssessmentError extends ValidationError {
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
 * try { defineInstrument({ id: 'x' }); }
 * catch (e) { e instanceof InstrumentError; } // true
 * ```
 */
export class InstrumentError extends ValidationError {
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
 * new PolicyError([makeIssue(['persistenceDays'], 'a whole number of days ≥ 1', 'the number -3')]).message;
 * // 'Invalid threshold policy: persistenceDays: expected a whole number of days ≥ 1, received the number -3'
 * ```
 */
export class PolicyError extends ValidationError {
  override name = 'PolicyError';
  constructor(issues: readonly Issue[]) {
    super('threshold policy', issues);
  }
}

/**
 * Valid data, but an operation that cannot be done on it: comparing two different
 * children, placing a child from Star readings alone, an `asOf` before the latest
 * assessment, an unknown instrument id.
 *
 * @example
 * ```ts
 * try { getInstrument('gcp3'); }
 * catch (e) { (e as OperationError).code; } // 'unknown-instrument'
 * ```
 */
export class OperationError extends GradedCareError {
  override name = 'OperationError';
  /** A stable, machine-readable reason, e.g. `mixed-children`. */
  readonly code: string;

  constructor(code: string, message: string) {
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
 * try { scoreAssessment(a, { aggregation: 'mean' as never }); }
 * catch (e) { (e as OptionsError).issues[0]?.path; } // ['aggregation']
 * ```
 */
export class OptionsError extends ValidationError {
  override name = 'OptionsError';
  constructor(issues: readonly Issue[]) {
    super('options', issues);
  }
}
