import type { Assessment } from '../../index.js';
import type { Command } from '../command.js';
import { notAvailableYet } from '../errors.js';
import { AS_OF_OPTION, asOfOf } from '../options.js';
import { writePerChild } from '../per-child.js';

/** The options `place` hands to {@link placeChild}. */
export interface PlaceChildOptions {
  readonly asOf: string;
}

/**
 * The output row(s) of `graded-care place` for one child's history (its assessments in file
 * order, all of one child): its placement on the neglect continuum as of `asOf`.
 *
 * TO WIRE (issue 4): return `[placeOnContinuum(history, { asOf: options.asOf })]` (with the
 * child's id if the placement does not carry it) and set {@link PLACE_CSV_COLUMNS}.
 */
export function placeChild(_history: readonly Assessment[], _options: PlaceChildOptions): readonly object[] {
  throw notAvailableYet('place', 'placeOnContinuum, issue 4');
}

/** The CSV columns of `place` (dotted paths into each row). A proposal until issue 4 lands. */
export const PLACE_CSV_COLUMNS: readonly string[] = [
  'childId', 'level', 'rule', 'urgent', 'definitions.earlyHelp.met', 'definitions.safeguarding.met', 'nextReviewDue', 'overdue', 'policy.id', 'policy.version',
];

/** `graded-care place FILE --as-of DATE`: each child's place on the continuum, one history at a time. */
export const placeCommand: Command = {
  name: 'place',
  synopsis: 'place FILE --as-of YYYY-MM-DD',
  summary: "place each child on the neglect continuum (input grouped by child)",
  inputs: { min: 1, max: 1 },
  options: { 'as-of': AS_OF_OPTION },
  async run(context) {
    const asOf = asOfOf('place', context.values['as-of']);
    await writePerChild(context, (history) => placeChild(history, { asOf }), PLACE_CSV_COLUMNS);
  },
};
