import { messagePath, type Issue } from '../errors.js';

/** A failure the CLI reports in one line and an exit status: 2 for bad input, 1 for bad usage. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

/** Bad usage: an unknown command or option, a missing argument. Exit status 1. */
export function usageError(message: string): CliError {
  return new CliError(message, 1);
}

/** Bad input: a file that cannot be read or written, or a record that fails the contract. Exit status 2. */
export function inputError(message: string): CliError {
  return new CliError(message, 2);
}

/**
 * The first issue in one line — `field: expected …, received …` — and a count of the rest.
 * `fieldName` turns an issue's path into the name a reader of the file knows (a CSV column).
 */
export function describeIssues(issues: readonly Issue[], fieldName: (issue: Issue) => string = (i) => messagePath(i.path)): string {
  const first = issues[0];
  if (first === undefined) return 'invalid';
  const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
  return `${fieldName(first)}: expected ${first.expected}, received ${first.received}${more}`;
}
