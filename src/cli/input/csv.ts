import { inputError } from '../errors.js';
import type { TextLine } from './lines.js';

/** One CSV record: its fields, or why it could not be read; `line` is where it starts. */
export type CsvRecord = { readonly line: number; readonly fields: string[] } | { readonly line: number; readonly error: string };

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
      if (text[i] !== ',') return { error: `field ${fields.length}: a quoted field must end at a comma or the end of the line` };
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
 * The records of a CSV file from its lines. A quoted field may span lines (its line ends are
 * kept as `\n`); a record of several lines is held to `maxRecordBytes` (UTF-8) as a line is:
 * refused, stopping the read, once it grows past it, open or closed. Blank lines between
 * records are skipped. The lines come in the reader's batches, so a batch costs one step of
 * the reader, not one a line.
 */
export async function* csvRecords(batches: AsyncIterable<readonly TextLine[]>, file: string, maxRecordBytes: number): AsyncGenerator<CsvRecord> {
  let open: { text: string; line: number } | null = null;
  for await (const batch of batches) for (const { text, line } of batch) {
    const record: { text: string; line: number } = open === null ? { text, line } : { text: `${open.text}\n${text}`, line: open.line };
    if (open === null && text === '') continue;
    // One line is held to the limit by the line reader; a record of several, here.
    const tooLong = open !== null && Buffer.byteLength(record.text, 'utf8') > maxRecordBytes;
    const fields = splitCsvRecord(record.text);
    if (fields === null) {
      if (tooLong) throw inputError(`${file}: line ${record.line}: a quoted field runs past the line limit (${maxRecordBytes.toLocaleString('en-GB')} bytes); is a closing quote missing?`);
      open = record;
      continue;
    }
    if (tooLong) throw inputError(`${file}: line ${record.line}: a record of several lines longer than the line limit (${maxRecordBytes.toLocaleString('en-GB')} bytes; raise it with --max-line-bytes)`);
    open = null;
    yield 'error' in fields ? { line: record.line, error: fields.error } : { line: record.line, fields };
  }
  if (open !== null) throw inputError(`${file}: line ${open.line}: a quoted field opened in this record is never closed`);
}
