import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { usageError } from '../errors.js';
import { directoryError } from './lines.js';
import { STDIN } from './stdin.js';

/** The input formats the CLI reads. */
export type InputFormat = 'json' | 'ndjson' | 'csv';
const INPUT_FORMATS: readonly InputFormat[] = ['json', 'ndjson', 'csv'];

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = { '.json': 'json', '.ndjson': 'ndjson', '.jsonl': 'ndjson', '.csv': 'csv' };

/** Whether `path` is a folder; anything that cannot be looked at is left to the read to report. */
function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * How to have `file` read as `format`: rename it or give --format; stdin has no name to
 * change. With `--format` given (`given`), it wins over any name and may not be given twice:
 * only another value helps.
 */
export function readAsAdvice(file: string, extension: string, format: InputFormat, given: string | undefined): string {
  if (given !== undefined) return `give --format ${format}, not ${given}`;
  return file === STDIN ? `give --format ${format}` : `name it ${extension} or give --format ${format}`;
}

/** `--format` if given, else the file's extension; a usage error if neither tells. */
export function inputFormatOf(file: string, format: string | undefined): InputFormat {
  if (format !== undefined) {
    if ((INPUT_FORMATS as readonly string[]).includes(format)) return format as InputFormat;
    throw usageError(`--format ${JSON.stringify(format)}: expected one of ${INPUT_FORMATS.join(', ')}`);
  }
  const byExtension = BY_EXTENSION[extname(file).toLowerCase()];
  if (byExtension === undefined) {
    if (file === STDIN) throw usageError('- (stdin) has no extension to tell the format by; name it with --format json|ndjson|csv');
    // A folder has no extension either: naming a format would only lead to "is a directory".
    if (isDirectory(file)) throw directoryError(file);
    throw usageError(`${file}: cannot tell the format from the extension (expected .json, .ndjson, .jsonl or .csv); name it with --format json|ndjson|csv`);
  }
  return byExtension;
}
