import type { Assessment } from '../../index.js';
import type { Command } from '../command.js';
import { notAvailableYet } from '../errors.js';
import { AS_OF_OPTION, asOfOf } from '../options.js';
import { writePerChild } from '../per-child.js';

/** The options `progress` hands to {@link progressOfChild}. */
export interface ProgressChildOptions {
  readonly asOf: string;
}

/**
 * The output row(s) of `graded-care progress` for one child's history (its assessments in
 * file order, all of one child): its progress from baseline to latest as of `asOf`.
 *
 * TO WIRE (issue 3): return `[trackProgress(history, { asOf: options.asOf })]` (one row per
 * instrument if a child has several) and set {@link PROGRESS_CSV_COLUMNS}.
 */
export function progressOfChild(_history: readonly Assessment[], _options: ProgressChildOptions): readonly object[] {
  throw notAvailableYet('progress', 'trackProgress, issue 3');
}

/** The CSV columns of `progress` (dotted paths into each row). A proposal until issue 3 lands. */
export const PROGRESS_CSV_COLUMNS: readonly string[] = ['childId', 'instrument', 'baseline.assessedOn', 'latest.assessedOn', 'drift', 'nextReviewDue'];

/** `graded-care progress FILE --as-of DATE`: each child's progress, one history at a time. */
export const progressCommand: Command = {
  name: 'progress',
  synopsis: 'progress FILE --as-of YYYY-MM-DD',
  summary: "track each child's progress from baseline to latest (input grouped by child)",
  inputs: { min: 1, max: 1 },
  options: { 'as-of': AS_OF_OPTION },
  async run(context) {
    const asOf = asOfOf('progress', context.values['as-of']);
    await writePerChild(context, (history) => progressOfChild(history, { asOf }), PROGRESS_CSV_COLUMNS);
  },
};
