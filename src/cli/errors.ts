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

/** Bad usage: an unknown command or option. Exit status 1. */
export function usageError(message: string): CliError {
  return new CliError(message, 1);
}

/** Bad input: a file that cannot be read, or a record that fails the contract. Exit status 2. */
export function inputError(message: string): CliError {
  return new CliError(message, 2);
}
