import { placeOnContinuum, type Assessment } from '../../index.js';
import type { Command } from '../command.js';
import { AS_OF_OPTION, asOfOf } from '../options.js';
import { writePerChild } from '../per-child.js';
import { needTypesOf, POLICY_OPTION, policyFitCheck, policyOf } from '../policy-file.js';
import { placeCsvColumns, placeCsvRow } from './place-columns.js';

/**
 * `graded-care place FILE --as-of DATE [--policy FILE]`: each child's place on the neglect
 * continuum (`placeOnContinuum`), one history at a time. JSON and NDJSON: the placements as
 * the library returns them; CSV: see `place-columns.ts`.
 */
export const placeCommand: Command = {
  name: 'place',
  synopsis: 'place FILE --as-of YYYY-MM-DD [--policy FILE]',
  summary: 'place each child on the neglect continuum (input grouped by child)',
  inputs: { min: 1, max: 1 },
  options: { 'as-of': AS_OF_OPTION, policy: POLICY_OPTION },
  async run(context) {
    const asOf = asOfOf('place', context.values['as-of']);
    const policy = await policyOf(context.values['policy']);
    const fits = policyFitCheck(policy, context.values['policy']);
    const place = (history: readonly Assessment[]) => {
      fits(history);
      return [placeOnContinuum(history, { asOf, policy })];
    };
    await writePerChild(context, place, { columns: placeCsvColumns(needTypesOf(policy)), row: placeCsvRow });
  },
};
