/**
 * The name of stdin among the input files, as messages show it (`<stdin>: line 3: …`): no
 * file is named so, and readers open stdin for it, not a path.
 */
export const STDIN = '<stdin>';

/** The input for a file argument: `-` is stdin, as for most tools. */
export function inputPath(argument: string): string {
  return argument === '-' ? STDIN : argument;
}
