import { usageError } from '../errors.js';
import type { Sink } from './sink.js';
import { terminalText } from '../terminal-text.js';

/** The output formats the CLI writes. */
export type OutputFormat = 'json' | 'ndjson' | 'csv';
const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'ndjson', 'csv'];

/**
 * `--output-format` if given, else the extension of `--out`, else JSON. The two given apart
 * must agree: `--out x.csv --output-format json` would put JSON in a .csv file, which a
 * spreadsheet then opens as one column of braces.
 */
export function outputFormatOf(option: string | undefined, out: string | undefined): OutputFormat {
  const named = outExtensionFormat(out);
  if (option === undefined) return named ?? 'json';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(option)) throw usageError(`--output-format ${JSON.stringify(option)}: expected one of ${OUTPUT_FORMATS.join(', ')}`);
  if (named !== null && named !== option) throw usageError(`--out ${terminalText(out as string)} names ${FORMAT_NAMES[named]}, but --output-format is ${option}: name it .${option}, or leave out --output-format`);
  return option as OutputFormat;
}

/** The output format the extension of `--out` names (`.json`, `.ndjson`/`.jsonl`, `.csv`), or `null` for any other. */
export function outExtensionFormat(out: string | undefined): OutputFormat | null {
  const extension = out?.toLowerCase().match(/\.(json|ndjson|jsonl|csv)$/)?.[1];
  return extension === undefined ? null : extension === 'csv' ? 'csv' : extension === 'json' ? 'json' : 'ndjson';
}

const FORMAT_NAMES: Readonly<Record<OutputFormat, string>> = { json: 'a JSON file', ndjson: 'an NDJSON file', csv: 'a CSV file' };

/**
 * For a command that writes one kind of document (SVG, text, a JSON Schema): refuses an
 * `--out` whose extension names another format (`chart --out ch.csv` would put SVG in a .csv
 * file), as `--output-format` is refused. `writes` says what is written, `rename` the
 * extension to use; `allowed` is the one format the document is, if any.
 */
export function refuseOutExtension(command: string, out: string | undefined, writes: string, rename: string, allowed: OutputFormat | null = null): void {
  const named = outExtensionFormat(out);
  if (named === null || named === allowed) return;
  throw usageError(`${command}: --out ${out}: names ${FORMAT_NAMES[named]}, but ${writes} (name it ${rename})`);
}

/**
 * The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV
 * injection), and the guard's own quote: a text that starts with `'` gets one more, so that
 * dropping one leading `'` gives every text back (`'A-1` is written `''A-1`, never `'A-1`,
 * which a reader would take for the guarded `A-1`).
 */
const GUARDED_START = /^[=+\-@\t\r']/;

/**
 * A CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line end. A text cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a single quote `'` in front,
 * so that a spreadsheet shows it as text instead of running it as a formula (a child id
 * `=HYPERLINK(…)` from an export), and so does one that starts with `'` itself, so that a
 * reader drops one leading `'` from any text cell; numbers (`-3`) are written as they are.
 */
export function csvCell(value: unknown): string {
  const text =
    value === null || value === undefined ? '' : Array.isArray(value) ? value.join(';') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  const safe = typeof value !== 'number' && GUARDED_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * U+2028 and U+2029 may stand raw in JSON, but many line readers take them for line ends
 * (Python's `str.splitlines`, editors, JavaScript before ES2019): NDJSON writes them escaped,
 * so that a record is one line for every reader, and the value read back is the same.
 */
const LINE_SEPARATORS = /[\u2028\u2029]/g;

/** One NDJSON line: the record's JSON with the line separators escaped. */
export function ndjsonLine(row: unknown): string {
  return `${JSON.stringify(row).replace(LINE_SEPARATORS, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'))}\n`;
}

/**
 * Writes a stream of result objects: a JSON array (the same text as `JSON.stringify(rows,
 * null, 2)`, written as the rows come), NDJSON (one object a line, {@link ndjsonLine}), or CSV with the given
 * columns, each a key of the flat rows the commands make for CSV (arrays joined with `;`).
 */
export function recordWriter(sink: Sink, format: OutputFormat, columns: readonly string[]): { add(row: unknown): Promise<void>; end(): Promise<void> } {
  let count = 0;
  return {
    async add(row) {
      if (format === 'ndjson') await sink.write(ndjsonLine(row));
      else if (format === 'csv') {
        if (count === 0) await sink.write(`${columns.map(csvCell).join(',')}\n`);
        await sink.write(`${columns.map((c) => csvCell((row as Record<string, unknown>)[c])).join(',')}\n`);
      } else await sink.write(`${count === 0 ? '[\n  ' : ',\n  '}${JSON.stringify(row, null, 2).replaceAll('\n', '\n  ')}`);
      count++;
    },
    async end() {
      if (format === 'json') await sink.write(count === 0 ? '[]\n' : '\n]\n');
      if (format === 'csv' && count === 0) await sink.write(`${columns.map(csvCell).join(',')}\n`);
    },
  };
}
