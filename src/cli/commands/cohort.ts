import { createCohortSummariser, type Assessment, type CohortGroupBy, type CohortRecord, type CohortSuppression } from '../../index.js';
import type { Command } from '../command.js';
import { notAvailableYet, usageError } from '../errors.js';
import { AS_OF_OPTION, asOfOf } from '../options.js';
import { recordWriter } from '../output/records.js';
import { readPopulationFile } from '../population-file.js';
import { COHORT_CSV_COLUMNS, cohortRows } from './cohort-rows.js';

/** The options `cohort` hands to {@link cohortRecordOf}. */
export interface CohortRecordOptions {
  readonly asOf: string;
}

/**
 * One child's cohort record from its history (its assessments in file order, all of one
 * child): its continuum level, the need types at concern in the latest assessment, and each
 * area's direction from baseline to latest.
 *
 * TO WIRE (issues 3 and 4): from `placeOnContinuum(history, { asOf })` take `level` and the
 * need types at concern, from `trackProgress(history, { asOf })` each area's direction, and
 * return `{ child: latest.child, level, needsAtConcern, progress }`.
 */
export function cohortRecordOf(_history: readonly Assessment[], _options: CohortRecordOptions): CohortRecord {
  throw notAvailableYet('cohort', 'placeOnContinuum and trackProgress, issues 3 and 4');
}

/** The continuum levels in the order `cohort` lists them; `undefined`: order of first appearance. TO WIRE: the reference policy's levels. */
export const COHORT_LEVELS: readonly string[] | undefined = undefined;

function groupByOf(value: string | boolean | undefined): CohortGroupBy | undefined {
  if (typeof value !== 'string') return undefined;
  const field = value.startsWith('child.') ? value.slice('child.'.length) : value;
  if (field === 'locality' || /^attributes\.[A-Za-z][A-Za-z0-9_-]*$/.test(field)) return field as CohortGroupBy;
  throw usageError(`--group-by ${JSON.stringify(value)}: expected locality or attributes.<name>`);
}

function suppressionOf(values: Readonly<Record<string, string | boolean | undefined>>): CohortSuppression {
  const suppress = values['suppress'];
  if (values['no-suppress'] === true) {
    if (suppress !== undefined || values['round-totals'] === true) throw usageError('cohort: --no-suppress cannot go with --suppress or --round-totals');
    return 'none';
  }
  if (suppress !== undefined && suppress !== 'dfe') throw usageError(`--suppress ${JSON.stringify(suppress)}: expected dfe`);
  return values['round-totals'] === true ? { method: 'dfe', roundTotals: true } : 'dfe';
}

/**
 * `graded-care cohort FILE --as-of DATE (--population N | --population-file FILE --group-by FIELD)`:
 * counts, rates per 10,000 and progress shares for the children of FILE, with DfE disclosure
 * control unless `--no-suppress` (output meant for sharing is suppressed by default).
 */
export const cohortCommand: Command = {
  name: 'cohort',
  synopsis: 'cohort FILE --as-of YYYY-MM-DD (--population N | --population-file FILE --group-by FIELD)',
  summary: 'counts and rates per 10,000 children by level, need and progress (input grouped by child)',
  inputs: { min: 1, max: 1 },
  options: {
    'as-of': AS_OF_OPTION,
    population: { type: 'string', value: 'N', description: 'the number of children in the whole area' },
    'population-file': { type: 'string', value: 'FILE', description: 'children per group: JSON { "group": N } or CSV group,population' },
    'group-by': { type: 'string', value: 'FIELD', description: 'group by locality or attributes.<name> (needs --population-file)' },
    suppress: { type: 'string', value: 'dfe', description: 'disclosure control as DfE: counts 1-5 shown as c, with secondary suppression (the default)' },
    'no-suppress': { type: 'boolean', description: 'exact counts, for internal use only' },
    'round-totals': { type: 'boolean', description: 'round totals to the nearest 10' },
  },
  async run(context) {
    const { values, global } = context;
    const asOf = asOfOf('cohort', values['as-of']);
    const groupBy = groupByOf(values['group-by']);
    const suppression = suppressionOf(values);
    const populationText = values['population'];
    const populationFile = values['population-file'];
    if ((populationText === undefined) === (populationFile === undefined)) throw usageError('cohort: give one of --population N (whole area) or --population-file FILE (per group)');
    if ((groupBy === undefined) !== (populationFile === undefined)) throw usageError('cohort: --group-by and --population-file go together (each group needs its population)');
    let population: number | Record<string, number>;
    if (typeof populationFile === 'string') population = await readPopulationFile(populationFile);
    else {
      population = /^\d+(\.\d+)?$/.test(String(populationText)) ? Number(populationText) : Number.NaN;
      if (!(population >= 1)) throw usageError(`--population ${JSON.stringify(populationText)}: expected a number of children ≥ 1`);
    }
    if (global.outputFormat === 'ndjson') throw usageError('cohort: the summary is written as json or csv');
    const summariser = createCohortSummariser({
      population,
      suppression,
      ...(groupBy === undefined ? {} : { groupBy }),
      ...(COHORT_LEVELS === undefined ? {} : { levels: COHORT_LEVELS }),
    });
    for await (const history of context.histories(context.files[0] as string)) summariser.add(cohortRecordOf(history.assessments, { asOf }));
    const summary = summariser.finish();
    if (global.outputFormat === 'csv') {
      const writer = recordWriter(context.out, 'csv', COHORT_CSV_COLUMNS);
      for (const row of cohortRows(summary)) await writer.add(row);
      await writer.end();
    } else await context.out.write(`${JSON.stringify(summary, null, 2)}\n`);
  },
};
