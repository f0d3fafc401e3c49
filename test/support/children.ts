import { parseAssessment, type Assessment } from '../../src/index.js';
import { SAMPLE } from './sample.js';

/** The sample's histories per child, children in order of first appearance. */
export function sampleHistories(): [string, Assessment[]][] {
  const histories = new Map<string, Assessment[]>();
  for (const raw of SAMPLE) {
    const a = parseAssessment(raw);
    histories.set(a.child.id, [...(histories.get(a.child.id) ?? []), a]);
  }
  return [...histories];
}

/** A CSV text as rows of cells (the CLI's output has no quoted line ends), keyed by the header. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = text.trimEnd().split('\n').map(splitCsvLine);
  return rows.map((cells) => Object.fromEntries((header as string[]).map((name, i) => [name, cells[i] ?? ''])));
}

/** One CSV line's cells (RFC 4180 quoting, no line ends inside). */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}
