import { readFile } from 'node:fs/promises';
import { inputError } from '../errors.js';
import { checkReadable, decodeUtf8, ioReason } from './lines.js';

/** The largest side file read whole (`--policy`, `--population-file`): far above any real one. */
export const MAX_SMALL_FILE_BYTES = 16 * 1_048_576;

/** A side file's text, read whole: UTF-8 (strictly), a byte-order mark dropped; errors name the file. */
export async function readSmallTextFile(file: string, option: string): Promise<string> {
  const { size } = await checkReadable(file);
  if (size > MAX_SMALL_FILE_BYTES) throw inputError(`${file}: ${(size / 1_048_576).toFixed(0)} MiB is too large for ${option} (limit ${MAX_SMALL_FILE_BYTES / 1_048_576} MiB)`);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw inputError(`${file}: cannot read the file (${ioReason(error)})`);
  }
  return decodeUtf8(bytes, file, 'the file').replace(/^\uFEFF/, '');
}

/** JSON.parse's complaint, with its position turned into a line number where V8 gives one. */
export function jsonProblem(error: unknown, text: string): { line: number | null; reason: string } {
  const reason = (error as Error).message;
  const at = /at position (\d+)/.exec(reason);
  if (at === null) return { line: null, reason };
  const position = Number(at[1]);
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < position; i = text.indexOf('\n', i + 1)) line++;
  return { line, reason: reason.replace(/\s*\(line \d+ column \d+\)/, '') };
}

/** Parses a file's text as JSON, or throws an input error naming the file and, where known, the line. */
export function parseJsonText(file: string, text: string): unknown {
  if (text.trim() === '') throw inputError(`${file}: the file is empty; expected JSON`);
  try {
    return JSON.parse(text);
  } catch (error) {
    const { line, reason } = jsonProblem(error, text);
    throw inputError(`${file}: ${line === null ? '' : `line ${line}: `}not valid JSON (${reason})`);
  }
}
