import { inputError } from '../errors.js';
import { csvRecords, separatorProblem } from './csv.js';
import { checkReadable, readLineBatches, type ProgressCallback } from './lines.js';

/** A CSV file as a table: its header, its data rows (cells as text), and the line each row starts on. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** `lines[r]` is the line where data row `r` starts, for messages. */
  readonly lines: readonly number[];
  /** The header's line (1, unless blank lines come first). */
  readonly headerLine: number;
}

/**
 * Reads a CSV file whole as a table of text cells (RFC 4180, streamed record by record with
 * the line limit): for tables that are not assessments, such as `agree`'s grades. A record
 * that cannot be read stops the read with its line; so does an empty file.
 */
export async function readCsvTable(file: string, maxLineBytes: number, onProgress?: ProgressCallback): Promise<CsvTable> {
  await checkReadable(file);
  let header: string[] | null = null;
  let headerLine = 0;
  const rows: string[][] = [];
  const lines: number[] = [];
  for await (const record of csvRecords(readLineBatches(file, maxLineBytes, onProgress), file, maxLineBytes)) {
    if ('error' in record) throw inputError(`${file}: line ${record.line}${header === null ? ' (the header)' : ''}: ${record.error}`);
    if (header === null) {
      const separator = separatorProblem(record.fields);
      if (separator !== null) throw inputError(`${file}: line ${record.line} (the header): ${separator}`);
      header = record.fields;
      headerLine = record.line;
    } else {
      rows.push(record.fields);
      lines.push(record.line);
    }
  }
  if (header === null) throw inputError(`${file}: the file is empty; expected a header row, then a row per case`);
  return { header, rows, lines, headerLine };
}
