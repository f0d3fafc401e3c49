import { makeIssue, shownKey } from '../../errors.js';
import { foldGroupName } from '../../cohort/group-name.js';
import { cohortRecordOf, createCohortSummariser, OptionsError, ValidationError, type Assessment, type ChildRecord, type CohortSuppression } from '../../index.js';
import { groupFieldValue, isGroupField, type GroupField } from '../../cohort/summarise.js';
import type { Command } from '../command.js';
import { describeIssues, inputError, usageError } from '../errors.js';
import { AS_OF_OPTION, asOfOf, positiveWholeOf } from '../options.js';
import { recordWriter } from '../output/records.js';
import { perChild } from '../per-child.js';
import { needTypesOf, POLICY_OPTION, policyFitCheck, policyOf } from '../policy-file.js';
import { readPopulationFile } from '../population-file.js';
import { COHORT_CSV_COLUMNS, cohortRows } from './cohort-rows.js';

function groupByOf(value: string | boolean | undefined): GroupField | undefined {
  if (typeof value !== 'string') return undefined;
  const field = value.startsWith('child.') ? value.slice('child.'.length) : value;
  if (isGroupField(field)) return field;
  // A bare attribute name (`ward`, as the CSV column child.attributes.ward reads) is the usual slip.
  const meant = field.toLowerCase() === 'locality' ? '; did you mean locality?' : isGroupField(`attributes.${field}`) ? `; did you mean attributes.${field}?` : '';
  throw usageError(`--group-by ${JSON.stringify(value)}: expected locality or attributes.<name> (a name of letters, digits, _ and -, starting with a letter)${meant}`);
}

function suppressionOf(values: Readonly<Record<string, string | boolean | undefined>>): CohortSuppression {
  const suppress = values['suppress'];
  if (values['no-suppress'] === true) {
    if (suppress !== undefined || values['round-totals'] === true) throw usageError('cohort: --no-suppress cannot go with --suppress or --round-totals');
    return 'none';
  }
  if (suppress !== undefined && suppress !== 'dfe') throw usageError(`--suppress ${JSON.stringify(suppress)}: expected dfe (exact counts, for internal use only, are --no-suppress)`);
  return values['round-totals'] === true ? { method: 'dfe', roundTotals: true } : 'dfe';
}

/** Refuses a child whose group has no population, naming the field and the groups there are (before the summariser, whose message names record numbers). */
function checkGroup(child: ChildRecord, field: GroupField, populations: Readonly<Record<string, number>>, file: string): void {
  const value = groupFieldValue(child, field);
  const known = typeof value === 'string' && value !== '' && Object.hasOwn(populations, value);
  if (known) return;
  // Only a refused child pays for the message.
  const path = ['child', ...field.split('.')];
  // The first 20 groups, each cut as a long key is: a file of a million wards would otherwise make a message of megabytes.
  const names = Object.keys(populations);
  const shown = names.slice(0, 20).map(shownKey).join(', ');
  const groups = names.length <= 20 ? shown : `${shown} and ${(names.length - 20).toLocaleString('en-GB')} more`;
  if (typeof value !== 'string' || value === '') throw new ValidationError('cohort record', [makeIssue(path, `a group to count the child in (--group-by ${field}: ${groups})`, 'nothing')]);
  // "Central " (a spreadsheet's trailing space) or "CENTRAL" reads as Central in the list: name the near miss.
  const near = names.find((group) => foldGroupName(group) === foldGroupName(value));
  const hint = near === undefined ? '' : `; the file has ${JSON.stringify(near)}, and spaces and case count`;
  throw new ValidationError('cohort record', [makeIssue(path, `a group with a population in ${file} (${groups}${hint})`, JSON.stringify(value))]);
}

/**
 * Finishes the summary; a population smaller than the children counted in it (the data and
 * the population disagree) is named as the user gave it: the file and group, or --population.
 */
function finishNamingThePopulation<T>(finish: () => T, populationFile: string | undefined): T {
  try {
    return finish();
  } catch (error) {
    if (!(error instanceof OptionsError)) throw error;
    const where = populationFile === undefined ? '--population' : populationFile;
    throw inputError(`${where}: ${describeIssues(error.issues, (issue) => (issue.path.length > 1 ? `group ${JSON.stringify(issue.path[1])}` : 'the whole area'))}`);
  }
}

/**
 * `graded-care cohort FILE --as-of DATE (--population N | --population-file FILE --group-by FIELD)`:
 * counts, rates per 10,000 and progress shares for the children of FILE, one cohort record
 * per child (`cohortRecordOf`), with DfE disclosure control unless `--no-suppress`
 * (output meant for sharing is suppressed by default). Levels are listed in the policy's order.
 */
export const cohortCommand: Command = {
  name: 'cohort',
  synopsis: 'cohort FILE --as-of YYYY-MM-DD (--population N | --population-file FILE --group-by FIELD) [--policy FILE]',
  summary: 'counts and rates per 10,000 children by level, need and progress (input grouped by child)',
  inputs: { min: 1, max: 1 },
  options: {
    'as-of': AS_OF_OPTION,
    population: { type: 'string', value: 'N', description: 'the number of children in the whole area' },
    'population-file': { type: 'string', value: 'FILE', description: 'children per group: JSON { "group": N } or CSV group,population', input: true },
    'group-by': { type: 'string', value: 'FIELD', description: 'group by locality or attributes.<name> (needs --population-file)' },
    policy: POLICY_OPTION,
    suppress: { type: 'string', value: 'dfe', description: 'disclosure control as DfE: counts 1-5 shown as c, with secondary suppression (the default)' },
    'no-suppress': { type: 'boolean', description: 'exact counts, for internal use only' },
    'round-totals': { type: 'boolean', description: 'round totals to the nearest 10' },
  },
  output: () => ({ formats: ['json', 'csv'], writes: 'the summary is written as json or csv (it is one object)' }),
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
    else population = positiveWholeOf('population', String(populationText), 'a whole number of children ≥ 1');
    const policy = await policyOf(values['policy']);
    const summariser = createCohortSummariser({
      population,
      suppression,
      levels: policy.levels.map((l) => l.id),
      needTypes: needTypesOf(policy),
      ...(groupBy === undefined ? {} : { groupBy }),
    });
    const fits = policyFitCheck(policy, values['policy']);
    const compute = (history: readonly Assessment[]): void => {
      fits(history);
      const record = cohortRecordOf(history, { asOf, policy });
      if (groupBy !== undefined && typeof population === 'object') checkGroup(record.child, groupBy, population, populationFile as string);
      summariser.add(record);
    };
    for await (const _ of perChild(context, compute));
    const summary = finishNamingThePopulation(() => summariser.finish(), typeof populationFile === 'string' ? populationFile : undefined);
    if (global.outputFormat === 'csv') {
      const writer = recordWriter(context.out, 'csv', COHORT_CSV_COLUMNS);
      for (const row of cohortRows(summary)) await writer.add(row);
      await writer.end();
    } else {
      // The date and the policy travel with the figures, so a published table can say what it counts.
      await context.out.write(`${JSON.stringify({ asOf, policy: { id: policy.id, version: policy.version }, ...summary }, null, 2)}\n`);
    }
  },
};
