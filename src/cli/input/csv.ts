import { inputError } from '../errors.js';
import { holdsLoneCr, LONE_CR_HINT, type TextLine } from './lines.js';

/** One CSV record: its fields, or why it could not be read; `line` is where it starts. */
export type CsvRecord = { readonly line: number; readonly fields: string[] } | { readonly line: number; readonly error: string };

/** Said when a quoted field is followed by another separator: a file saved with `;` or tabs between its columns. */
const SEPARATOR_AFTER_QUOTE: Readonly<Record<string, string>> = {
  ';': '; it ends at a semicolon: save the file with commas between the columns',
  '\t': '; it ends at a tab: save the file with commas between the columns',
};

/**
 * Splits one record (RFC 4180): fields separated by commas, a field in double quotes may hold
 * commas, line ends and doubled quotes. Returns `null` when a quoted field is still open at
 * the end of `text` (the record goes on in the next line).
 */
export function splitCsvRecord(text: string): string[] | { error: string } | null {
  if (!text.includes('"')) return text.split(',');
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        const close = text.indexOf('"', j);
        if (close < 0) return null;
        value += text.slice(j, close);
        if (text[close + 1] === '"') {
          value += '"';
          j = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      fields.push(value);
      if (i === text.length) return fields;
      if (text[i] !== ',') return { error: `field ${fields.length}: a quoted field must end at a comma or the end of the line${SEPARATOR_AFTER_QUOTE[text[i] as string] ?? ''}` };
      i++;
    } else {
      const comma = text.indexOf(',', i);
      const value = comma < 0 ? text.slice(i) : text.slice(i, comma);
      if (value.includes('"')) return { error: `field ${fields.length + 1}: a quote inside an unquoted field (quote the whole field and double the quote)` };
      fields.push(value);
      if (comma < 0) return fields;
      i = comma + 1;
    }
  }
}

/**
 * Whether a record is still inside a quoted field at the end of `text`, a line that starts
 * inside one (the record's earlier lines left it open). Reads each character once, so a
 * record of many lines costs its length, not its length times its lines. A fault (text after
 * a closing quote, a quote in an unquoted field) ends the record: {@link splitCsvRecord}
 * then names it.
 */
function stillQuoted(text: string): boolean {
  let i = 0;
  for (;;) {
    // Inside a quoted field: find its closing quote (a doubled one is a quote in the text).
    const close = text.indexOf('"', i);
    if (close < 0) return true;
    if (text[close + 1] === '"') {
      i = close + 2;
      continue;
    }
    // Closed: the record goes on in this line only through a comma, to the next fields.
    i = close + 1;
    for (;;) {
      if (i === text.length || text[i] !== ',') return false;
      i++;
      if (text[i] === '"') break;
      const comma = text.indexOf(',', i);
      const end = comma < 0 ? text.length : comma;
      if (text.slice(i, end).includes('"')) return false;
      i = end;
    }
    i++;
  }
}

/**
 * Whether a row has only empty cells (`,,,,`): a spreadsheet writes one for a row it once
 * used or formatted, which looks blank on its screen. It holds nothing, so it is skipped as a
 * blank line is (above the header too), rather than refused as a row with no id or child.
 */
export function isEmptyRow(fields: readonly string[]): boolean {
  return fields.every((field) => field === '');
}

/**
 * Why a header read as one column is no CSV header, when it holds semicolons or tabs and no
 * comma: a spreadsheet set to a language that writes decimal commas (Excel in much of Europe)
 * saves "CSV" with `;` between the columns, and some exports use tabs. `null` otherwise.
 */
export function separatorProblem(header: readonly string[]): string | null {
  const only = header.length === 1 ? (header[0] as string) : '';
  const marks = [
    [';', 'semicolon', ' (as a spreadsheet set to a language that writes decimal commas saves CSV)'],
    ['\t', 'tab', ' (a tab-separated export)'],
  ] as const;
  for (const [mark, name, why] of marks) {
    const n = only.split(mark).length - 1;
    if (n > 0) return `expected columns separated by commas, received one column holding ${n} ${name}${n === 1 ? '' : 's'} and no comma${why}; save the file with commas between the columns`;
  }
  return null;
}

/** A quoted field, with the comma before it (unrolled, so a long note costs no backtracking). */
const QUOTED_FIELD = /(^|,)"[^"]*(?:""[^"]*)*"/g;

/**
 * A record's error, with the hint when its text holds a carriage return alone outside its
 * quoted fields: a file whose lines end in CR reads as one record. Inside a quoted field (a
 * note typed on an old Mac, say) a CR is the cell's own text and says nothing of the file.
 */
function withCrHint(error: string, text: string): string {
  // Each quoted field is emptied: a quote that opens one starts the record or follows a comma
  // (a stray quote, 5" for inches, would otherwise pair with a note's opening quote and leave
  // the note outside); a doubled quote is the field's own.
  return holdsLoneCr(text.replace(QUOTED_FIELD, '$1""')) ? error + LONE_CR_HINT : error;
}

/**
 * The records of a CSV file from its lines. A quoted field may span lines (its line ends are
 * kept as `\n`); a record of several lines is held to `maxRecordBytes` (UTF-8) as a line is:
 * refused, stopping the read, once it grows past it, open or closed. Blank lines between
 * records are skipped, and so are rows of empty cells ({@link isEmptyRow}). The lines come in
 * the reader's batches, so a batch costs one step of the reader, not one a line. An open
 * record's lines are kept apart and joined once it ends.
 */
export async function* csvRecords(batches: AsyncIterable<readonly TextLine[]>, file: string, maxRecordBytes: number): AsyncGenerator<CsvRecord> {
  let open: { lines: string[]; bytes: number; line: number } | null = null;
  const limit = maxRecordBytes.toLocaleString('en-GB');
  for await (const batch of batches) for (const { text, line } of batch) {
    if (open === null) {
      if (text === '') continue;
      const fields = splitCsvRecord(text);
      if (fields === null) open = { lines: [text], bytes: Buffer.byteLength(text, 'utf8'), line };
      else if ('error' in fields) yield { line, error: withCrHint(fields.error, text) };
      else if (!isEmptyRow(fields)) yield { line, fields };
      continue;
    }
    // One line is held to the limit by the line reader; a record of several, here (with its line ends).
    open.lines.push(text);
    open.bytes += 1 + Buffer.byteLength(text, 'utf8');
    const tooLong = open.bytes > maxRecordBytes;
    if (stillQuoted(text)) {
      if (tooLong) throw inputError(`${file}: line ${open.line}: a quoted field runs past the line limit (${limit} bytes); is a closing quote missing?`);
      continue;
    }
    if (tooLong) throw inputError(`${file}: line ${open.line}: a record of several lines longer than the line limit (${limit} bytes; raise it with --max-line-bytes)`);
    const record = open.lines.join('\n');
    const fields = splitCsvRecord(record);
    const first = open.line;
    open = null;
    if (fields === null) throw new Error('csvRecords: a record read as closed is open'); // A bug: stillQuoted and splitCsvRecord disagree.
    yield 'error' in fields ? { line: first, error: withCrHint(fields.error, record) } : { line: first, fields };
  }
  if (open !== null) throw inputError(withCrHint(`${file}: line ${open.line}: a quoted field opened in this record is never closed`, open.lines.join('\n')));
}
