import { usageError } from '../errors.js';
import type { Sink } from './sink.js';

/** The output formats the CLI writes. */
export type OutputFormat = 'json' | 'ndjson' | 'csv';
const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'ndjson', 'csv'];

/** What a command writes, so that `--output-format` and the extension of `--out` are judged against it before anything is read. */
export interface OutputSpec {
  /** The output formats it writes, its default first; none for a document of its own (an SVG picture, a text report). */
  readonly formats: readonly OutputFormat[];
  /** What it writes, as a refusal says it: `the summary is written as json or csv`. */
  readonly writes: string;
  /** The extension to name `--out` with, for a document that is none of the output formats: `.svg`. */
  readonly extension?: string;
}

/** Results a record each, in any output format: what most commands write. */
export const RECORDS: OutputSpec = { formats: OUTPUT_FORMATS, writes: 'the results are written as json, ndjson or csv' };

const FORMAT_NAMES: Readonly<Record<OutputFormat, string>> = { json: 'a JSON file', ndjson: 'an NDJSON file', csv: 'a CSV file' };

/** `a`, `a or b`, `a, b or c`. */
function orList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1) as string}`;
}

/**
 * `--output-format` if given, else the extension of `--out`, else the command's default.
 * Either one naming a format the command does not write is refused, and so is `--out x.csv
 * --output-format json` (JSON in a .csv file, which a spreadsheet opens as one column of
 * braces). Each refusal offers only a way out the next run takes: never a format or an
 * extension that would be refused in turn.
 */
export function outputFormatOf(command: string, spec: OutputSpec, option: string | undefined, out: string | undefined): OutputFormat {
  const named = outExtensionFormat(out);
  const writes = (format: string): boolean => (spec.formats as readonly string[]).includes(format);
  const optionRefused = option !== undefined && !writes(option);
  const outRefused = named !== null && !writes(named);
  if (optionRefused || outRefused) {
    const problems = [...(optionRefused ? [`--output-format is ${JSON.stringify(option)}`] : []), ...(outRefused ? [`--out ${out as string} names ${FORMAT_NAMES[named]}`] : [])];
    // Leaving --output-format out is offered only where what --out names (or the default) is written.
    const extensions = spec.extension ?? orList(spec.formats.map((f) => `.${f}`));
    const way = outRefused
      ? optionRefused ? `leave out --output-format and name --out ${extensions}` : `name --out ${option === undefined ? extensions : `.${option}`}`
      : named !== null || spec.formats.length <= 1 ? 'leave out --output-format' : `give --output-format ${orList(spec.formats)}, or leave it out`;
    throw usageError(`${command}: ${problems.join(' and ')}, but ${spec.writes}: ${way}`);
  }
  if (option !== undefined && named !== null && named !== option) throw usageError(`--out ${out as string} names ${FORMAT_NAMES[named]}, but --output-format is ${option}: name it .${option}, or leave out --output-format`);
  return (option ?? named ?? spec.formats[0] ?? 'json') as OutputFormat;
}

/** The output format the extension of `--out` names (`.json`, `.ndjson`/`.jsonl`, `.csv`), or `null` for any other. */
export function outExtensionFormat(out: string | undefined): OutputFormat | null {
  const extension = out?.toLowerCase().match(/\.(json|ndjson|jsonl|csv)$/)?.[1];
  return extension === undefined ? null : extension === 'csv' ? 'csv' : extension === 'json' ? 'json' : 'ndjson';
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
