import { readFile } from 'node:fs/promises';
import { messagePath } from '../../errors.js';
import { describeKey } from '../../internal/describe.js';
import { inputError } from '../errors.js';
import { repeatedKeysOf, type RepeatedKey } from './duplicate-keys.js';
import { jsonFaultHint, jsonFaultOffset, jsonReason, lineAt } from './json-error.js';
import { binaryError, checkReadable, decodeUtf8, ioReason, readUpTo } from './lines.js';

/** The largest side file read whole (`--policy`, `--population-file`): far above any real one. */
const MAX_SMALL_FILE_BYTES = 16 * 1_048_576;

/** How a file read whole is judged, and what its messages say. */
export interface WholeFileRules {
  /** The largest file read, in bytes. */
  readonly maxBytes: number;
  /** What the limit is for, in the too-large message: `to read as one JSON array`, `for --policy`. */
  readonly purpose: string;
  /** Added to the too-large message: `; write it as NDJSON, which is streamed`. */
  readonly advice?: string;
  /** What the file should hold, in the empty-file message: `a JSON array of assessments`. */
  readonly expected: string;
  /** Added to the invalid-JSON message when the file holds one object after another, as NDJSON does. */
  readonly ndjsonAdvice?: string;
}

/** The rules of a side file (`--policy`, `--population-file`) that should hold `expected`. */
export function sideFileRules(option: string, expected: string): WholeFileRules {
  return { maxBytes: MAX_SMALL_FILE_BYTES, purpose: `for ${option}`, expected };
}

/**
 * A file's text, read whole: at most `rules.maxBytes`, no NUL byte (a binary or UTF-16 file),
 * strictly UTF-8, a byte-order mark dropped. Every error is one line naming the file.
 */
export async function readTextFile(file: string, rules: WholeFileRules): Promise<string> {
  const mib = (n: number): string => (n / 1_048_576).toFixed(0);
  const tooLarge = (size: string): Error => inputError(`${file}: ${size} is too large ${rules.purpose} (limit ${mib(rules.maxBytes)} MiB)${rules.advice ?? ''}`);
  let bytes: Buffer;
  // Stdin, a FIFO (`<(zcat export.json.gz)`) or a device has no size to check first: read up
  // to the limit, and stop there (read as a file, a FIFO was read whole, however large).
  const { size, regular } = await checkReadable(file);
  if (!regular) {
    const read = await readUpTo(file, rules.maxBytes);
    if (read === null) throw tooLarge(`more than ${mib(rules.maxBytes)} MiB`);
    bytes = read;
  } else {
    if (size > rules.maxBytes) throw tooLarge(`${mib(size)} MiB`);
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw inputError(`${file}: cannot read the file (${ioReason(error)})`);
    }
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw binaryError(file, bytes.subarray(0, nul).toString('latin1').split('\n').length);
  const text = decodeUtf8(bytes, file, 'the file');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/**
 * A JSON file, read whole ({@link readTextFile}) and parsed, with every key it writes twice in
 * one object (which `JSON.parse` would read as the last in silence). An empty file, or one
 * that is not valid JSON, is an input error naming the file and, where V8 tells, the line.
 */
export async function readJsonDocument(file: string, rules: WholeFileRules): Promise<{ data: unknown; repeated: readonly RepeatedKey[] }> {
  return parseJsonDocument(file, await readTextFile(file, rules), rules);
}

/** {@link readJsonDocument} of a text already read, named by `file` in its messages. */
function parseJsonDocument(file: string, text: string, rules: WholeFileRules): { data: unknown; repeated: readonly RepeatedKey[] } {
  if (text.trim() === '') throw inputError(`${file}: the file is empty; expected ${rules.expected}`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const { line, reason, offset } = jsonProblem(error, text);
    const advice = offset === null ? '' : rules.ndjsonAdvice !== undefined && isObjectsOneAfterAnother(text, offset) ? rules.ndjsonAdvice : jsonFaultHint(text, offset);
    throw inputError(`${file}: ${line === null ? '' : `line ${line}: `}not valid JSON (${reason})${advice}`);
  }
  return { data, repeated: repeatedKeysOf(text, data) };
}

/** A side file's JSON ({@link readJsonDocument}); a key written twice in one object is an input error. */
export async function readJsonFile(file: string, rules: WholeFileRules): Promise<unknown> {
  return parseJsonFile(file, await readTextFile(file, rules), rules);
}

/** {@link readJsonFile} of a text already read (stdin, whose format is known only once it is read). */
export function parseJsonFile(file: string, text: string, rules: WholeFileRules): unknown {
  const { data, repeated } = parseJsonDocument(file, text, rules);
  const first = repeated[0];
  if (first !== undefined) {
    const where = first.path.length === 0 ? '' : ` (in ${messagePath(first.path)})`;
    throw inputError(`${file}: line ${first.line}: ${describeKey(first.key)} appears twice in one object${where}; expected each once`);
  }
  return data;
}

/**
 * JSON.parse's complaint in one line, and the line of the fault: found by scanning the text
 * (V8 gives a position for some faults only), else from V8's position, else none.
 */
function jsonProblem(error: unknown, text: string): { line: number | null; reason: string; offset: number | null } {
  const reason = jsonReason(error);
  const at = /at position (\d+)/.exec(reason);
  const offset = jsonFaultOffset(text) ?? (at === null ? null : Number(at[1]));
  return { line: offset === null ? null : lineAt(text, offset), reason, offset };
}

/**
 * Whether a text that stops being JSON at `offset` does so because an object, complete, is
 * followed by another: NDJSON, as many exports write it under a `.json` name.
 */
function isObjectsOneAfterAnother(text: string, offset: number): boolean {
  return text[offset] === '{' && text.trimStart().startsWith('{') && jsonFaultOffset(text.slice(0, offset)) === null;
}
