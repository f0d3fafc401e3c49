import { trackProgress, type Assessment } from '../../index.js';
import type { Command } from '../command.js';
import { AS_OF_OPTION, asOfOf } from '../options.js';
import { writePerChild } from '../per-child.js';
import { PROGRESS_CSV_COLUMNS, progressCsvRow } from './progress-columns.js';

/** A child's history split by instrument, in the order the instruments first appear. */
export function byInstrument(history: readonly Assessment[]): Assessment[][] {
  const groups = new Map<string, Assessment[]>();
  for (const a of history) {
    const group = groups.get(a.instrument);
    if (group === undefined) groups.set(a.instrument, [a]);
    else group.push(a);
  }
  return [...groups.values()];
}

/**
 * `graded-care progress FILE --as-of DATE`: each child's progress (`trackProgress`), one
 * report per child and instrument (a child with GCP2 assessments and Star readings has two),
 * one history at a time. JSON and NDJSON: the reports; CSV: see `progress-columns.ts`.
 */
export const progressCommand: Command = {
  name: 'progress',
  synopsis: 'progress FILE --as-of YYYY-MM-DD',
  summary: "track each child's progress from baseline to latest, per instrument (input grouped by child)",
  inputs: { min: 1, max: 1 },
  options: { 'as-of': AS_OF_OPTION },
  async run(context) {
    const asOf = asOfOf('progress', context.values['as-of']);
    await writePerChild(context, (history) => byInstrument(history).map((h) => trackProgress(h, { asOf })), { columns: PROGRESS_CSV_COLUMNS, row: progressCsvRow });
  },
};
