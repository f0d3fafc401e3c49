import { makeIssue, OptionsError, ValidationError, type Issue, type IssuePath } from '../errors.js';
import { ATTRIBUTE_KEY } from '../contract/limits.js';
import type { ChildRecord } from '../contract/types.js';
import { describeItem, describeKey, describeValue, isPlainObject } from '../internal/describe.js';
import { findForbiddenKeys } from '../internal/forbidden-keys.js';
import { hasControl, isUnpadded } from '../internal/well-formed.js';
import { optionNames, unknownOptionIssues } from '../internal/option-checks.js';
import { isPopulation, percentOf, POPULATION_EXPECTED, populationBelowCountIssue, rateOf } from './rate.js';
import { roundToTen, suppressionMask, tableLayout } from './suppression.js';
import { readsAsTotal } from './group-name.js';
import {
  PROGRESS_DIRECTIONS,
  type CohortCount,
  type CohortGroupBy,
  type CohortFigure,
  type CohortGroupSummary,
  type CohortOptions,
  type CohortProgress,
  type CohortRecord,
  type CohortSummary,
  type ProgressDirection,
} from './types.js';

const NO_CHILDREN_NOTE = 'no child of this group was measured in this area, so its shares are null';

/** A child field a cohort can be grouped by: `locality`, or `attributes.<name>` for an attribute name of the contract's form. */
export type GroupField = Exclude<CohortGroupBy, (child: ChildRecord) => string>;

/** Whether `value` names a child field to group by (see {@link GroupField}). */
export function isGroupField(value: unknown): value is GroupField {
  if (value === 'locality') return true;
  if (typeof value !== 'string' || !value.startsWith('attributes.')) return false;
  const name = value.slice('attributes.'.length);
  return ATTRIBUTE_KEY.test(name);
}

/** The value of a child's group field (`undefined` when the child has none), read from its own properties only. */
export function groupFieldValue(child: ChildRecord, field: GroupField): unknown {
  if (field === 'locality') return child.locality;
  const attributes: unknown = child.attributes;
  const name = field.slice('attributes.'.length);
  // A record from outside may hold anything as attributes (null, a string): only an object's own key counts.
  return isPlainObject(attributes) && Object.hasOwn(attributes, name) ? attributes[name] : undefined;
}

/** Adds records one at a time and summarises them at the end: what the CLI streams into. */
export interface CohortSummariser {
  /** Counts one child. Throws `ValidationError` for a malformed record, `OptionsError` for a group without a population. */
  add(record: CohortRecord): void;
  /** The summary of every record added so far. Throws `OptionsError` for a population smaller than the children counted in it. */
  finish(): CohortSummary;
}

interface Tally {
  children: number;
  levels: Map<string, number>;
  needs: Map<string, number>;
  /** Area → counts of improved, unchanged, deteriorated. */
  progress: Map<string, [number, number, number]>;
}

function newTally(): Tally {
  return { children: 0, levels: new Map(), needs: new Map(), progress: new Map() };
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function orderIssues(value: unknown, path: IssuePath): Issue[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return [makeIssue(path, 'an array of names', describeValue(value))];
  const seen = new Set<unknown>();
  const issues: Issue[] = [];
  // An index loop, not forEach: a hole in a sparse array is a missing name, not one to skip.
  for (let i = 0; i < value.length; i++) {
    const name: unknown = value[i];
    if (typeof name !== 'string' || name === '' || seen.has(name)) issues.push(makeIssue([...path, i], 'a non-empty name, each once', describeItem(value, i)));
    seen.add(name);
  }
  return issues;
}

/**
 * The issue with a population's group name, or `null`: no child is ever in group `''` (an
 * empty group value is refused), so it would only swell the area's population; and `total`
 * names the whole area in the output, so a group of that name, in any case or padded, could
 * not be told from it.
 */
function groupNameIssue(group: string): Issue | null {
  if (group === '') return makeIssue(['population', group], 'a group name (a child is never in group "")', 'an empty name');
  // In any case and padded: a spreadsheet's totals row ("Total", "Total ") would double the area's population.
  if (readsAsTotal(group)) return makeIssue(['population', group], 'a group name other than "total" in any case, which names the whole area in the output', JSON.stringify(group));
  return null;
}

const COHORT_OPTION_NAMES = optionNames<CohortOptions>()(['population', 'groupBy', 'suppression', 'levels', 'needTypes']);

/** The issues with the options, a misspelt name (`suppresion`, whose default would be used without a word) among them. */
function optionIssues(options: CohortOptions): Issue[] {
  if (!isPlainObject(options)) return [makeIssue([], 'an options object with population', describeValue(options))];
  const issues: Issue[] = [...unknownOptionIssues(options, COHORT_OPTION_NAMES)];
  const { population, groupBy, suppression } = options;
  const grouped = groupBy !== undefined;
  if (grouped && !(typeof groupBy === 'function' || isGroupField(groupBy))) {
    issues.push(makeIssue(['groupBy'], '"locality", "attributes.<name>" or a function of the child', describeValue(groupBy)));
  }
  if (typeof population === 'number' || !isPlainObject(population)) {
    if (grouped) issues.push(makeIssue(['population'], 'a record of group → number of children (groupBy is given)', describeValue(population)));
    else if (!isPopulation(population)) issues.push(makeIssue(['population'], POPULATION_EXPECTED, describeValue(population)));
  } else if (!grouped) {
    issues.push(makeIssue(['population'], `${POPULATION_EXPECTED} (a record of groups needs groupBy)`, describeValue(population)));
  } else {
    const entries = Object.entries(population);
    if (entries.length === 0) issues.push(makeIssue(['population'], 'at least one group', 'an empty object'));
    for (const [group, n] of entries) {
      const nameIssue = groupNameIssue(group);
      if (nameIssue !== null) issues.push(nameIssue);
      else if (!isPopulation(n)) issues.push(makeIssue(['population', group], POPULATION_EXPECTED, describeValue(n)));
    }
  }
  const okSuppression =
    suppression === undefined ||
    suppression === 'none' ||
    suppression === 'dfe' ||
    (isPlainObject(suppression) &&
      suppression['method'] === 'dfe' &&
      Object.keys(suppression).every((k) => k === 'method' || k === 'roundTotals') &&
      (suppression['roundTotals'] === undefined || typeof suppression['roundTotals'] === 'boolean'));
  if (!okSuppression) issues.push(makeIssue(['suppression'], '"none", "dfe" or { method: "dfe", roundTotals?: boolean }', describeValue(suppression)));
  issues.push(...orderIssues(options.levels, ['levels']), ...orderIssues(options.needTypes, ['needTypes']));
  return issues;
}

/** The names an option lists, for a message: `none (options.levels is empty)` rather than nothing at all. */
function listed(names: ReadonlySet<string>, option: string): string {
  return names.size === 0 ? `none (options.${option} is empty)` : [...names].join(', ');
}

/** The fields a cohort record has. */
const RECORD_FIELDS: readonly string[] = optionNames<CohortRecord>()(['child', 'level', 'needsAtConcern', 'progress']);

/** The record's issues, at paths under `at` (its index among the records). */
function recordIssues(record: unknown, at: number, levels: ReadonlySet<string> | null, needTypes: ReadonlySet<string> | null): Issue[] {
  if (!isPlainObject(record)) return [makeIssue([at], 'a cohort record { child, level, needsAtConcern, progress? }', describeValue(record))];
  // Keys such as `__proto__` (which JSON.parse makes plain data) would vanish or pollute when copied into the summary.
  const issues: Issue[] = findForbiddenKeys(record, [at]);
  if (issues.length > 0) return issues;
  // A misspelt field (`progres`) would drop what it holds from the counts without a word.
  for (const key of Object.keys(record)) {
    if (record[key] !== undefined && !RECORD_FIELDS.includes(key)) issues.push(makeIssue([at, key], `one of the fields of a cohort record (${RECORD_FIELDS.join(', ')})`, describeKey(key, 'unknown field')));
  }
  const child = record['child'];
  if (!isPlainObject(child) || typeof child['id'] !== 'string' || child['id'] === '') {
    issues.push(makeIssue([at, 'child'], 'a child record with an id', describeValue(child)));
  } else if (!isUnpadded(child['id'])) {
    // As the contract refuses it: "C-1 " beside "C-1" would count one child twice.
    issues.push(makeIssue([at, 'child', 'id'], 'an id without white space at its start or end ("C-1 " and "C-1" would be counted as two children)', describeValue(child['id'])));
  } else if (hasControl(child['id'])) {
    issues.push(makeIssue([at, 'child', 'id'], 'an id without control characters, as the contract has it', describeValue(child['id'])));
  }
  const level = record['level'];
  if (typeof level !== 'string' || level === '' || (levels !== null && !levels.has(level))) {
    issues.push(makeIssue([at, 'level'], levels === null ? 'a continuum level name' : `one of the levels: ${listed(levels, 'levels')}`, describeValue(level)));
  }
  const needs = record['needsAtConcern'];
  if (!Array.isArray(needs)) issues.push(makeIssue([at, 'needsAtConcern'], 'an array of need types', describeValue(needs)));
  else {
    const seen = new Set<unknown>();
    // An index loop, not forEach: a hole in a sparse array is a missing need type, not one to skip.
    for (let i = 0; i < needs.length; i++) {
      const need: unknown = needs[i];
      if (typeof need !== 'string' || need === '' || seen.has(need) || (needTypes !== null && !needTypes.has(need))) {
        const expected = needTypes === null ? 'a need type name' : `one of the need types: ${listed(needTypes, 'needTypes')}`;
        issues.push(makeIssue([at, 'needsAtConcern', i], `${expected}, each once`, describeItem(needs, i)));
      }
      seen.add(need);
    }
  }
  const progress = record['progress'];
  if (progress !== undefined) {
    if (!isPlainObject(progress)) issues.push(makeIssue([at, 'progress'], 'a record of area → improved | unchanged | deteriorated', describeValue(progress)));
    else {
      for (const [area, direction] of Object.entries(progress)) {
        // As a level or a need type named "": the CSV's empty area cell means one that does not apply.
        if (area === '') issues.push(makeIssue([at, 'progress', area], 'an area name, not ""', 'an empty name'));
        else if (!PROGRESS_DIRECTIONS.includes(direction as ProgressDirection)) {
          issues.push(makeIssue([at, 'progress', area], 'improved, unchanged or deteriorated', describeValue(direction)));
        }
      }
    }
  }
  return issues;
}

/**
 * Starts a cohort summary that takes records one at a time — for records that arrive as a
 * stream (`for await (const r of source) summariser.add(r)`). {@link summariseCohort} is
 * this over an iterable.
 *
 * @throws {@link OptionsError} for malformed options or an option it does not take (a misspelt name).
 * @example
 * ```ts
 * const s = createCohortSummariser({ population: 48400 });
 * s.add({ child: { id: 'C-1' }, level: 'early-help', needsAtConcern: ['nutritional'] });
 * s.finish().total.levels['early-help']; // { count: 1, ratePer10k: 0.2 }
 * ```
 */
export function createCohortSummariser(options: CohortOptions): CohortSummariser {
  const issues = optionIssues(options);
  if (issues.length > 0) throw new OptionsError(issues);
  // What finish() publishes is settled now: options changed between add and finish change nothing.
  const { groupBy } = options;
  const settings = settingsOf(options);
  const population = options.population;
  const groupPopulations = typeof population === 'number' ? null : new Map(Object.entries(population));
  const levelOrder = [...(options.levels ?? [])];
  const needOrder = [...(options.needTypes ?? [])];
  const knownLevels = options.levels === undefined ? null : new Set(options.levels);
  const knownNeeds = options.needTypes === undefined ? null : new Set(options.needTypes);
  const areaOrder: string[] = [];
  const total = newTally();
  const groups = new Map<string, Tally>([...(groupPopulations?.keys() ?? [])].map((g) => [g, newTally()]));
  const seenChildren = new Set<string>();
  let index = 0;

  const groupOf = (child: ChildRecord, at: number): string => {
    const value = typeof groupBy === 'function' ? groupBy(child) : groupFieldValue(child, groupBy as GroupField);
    const path = typeof groupBy === 'function' ? [at, 'child'] : [at, 'child', ...(groupBy as string).split('.')];
    if (typeof value !== 'string' || value === '') {
      throw new ValidationError('cohort record', [makeIssue(path, `a group value (groupBy ${typeof groupBy === 'function' ? 'function' : groupBy})`, describeValue(value))]);
    }
    if (!groups.has(value)) {
      throw new OptionsError([
        makeIssue(['population', value], `the number of children in group ${JSON.stringify(value)} (records[${at}] is in it)`, 'nothing (no population for this group)'),
      ]);
    }
    return value;
  };

  return {
    add(record) {
      const at = index++;
      const problems = recordIssues(record, at, knownLevels, knownNeeds);
      if (problems.length === 0 && seenChildren.has(record.child.id)) {
        problems.push(makeIssue([at, 'child', 'id'], 'each child once in a cohort', `${JSON.stringify(record.child.id)} again`));
      }
      if (problems.length > 0) throw new ValidationError('cohort record', problems);
      const tallies = [total];
      if (groupBy !== undefined) tallies.push(groups.get(groupOf(record.child, at)) as Tally);
      seenChildren.add(record.child.id);
      if (knownLevels === null && !levelOrder.includes(record.level)) levelOrder.push(record.level);
      for (const need of record.needsAtConcern) if (knownNeeds === null && !needOrder.includes(need)) needOrder.push(need);
      for (const area of Object.keys(record.progress ?? {})) if (!areaOrder.includes(area)) areaOrder.push(area);
      for (const tally of tallies) {
        tally.children++;
        bump(tally.levels, record.level);
        for (const need of record.needsAtConcern) bump(tally.needs, need);
        for (const [area, direction] of Object.entries(record.progress ?? {})) {
          const counts = tally.progress.get(area) ?? [0, 0, 0];
          const i = PROGRESS_DIRECTIONS.indexOf(direction);
          counts[i] = (counts[i] as number) + 1;
          tally.progress.set(area, counts);
        }
      }
    },
    finish() {
      const groupList = groupPopulations === null ? [] : [...groups].map(([name, tally]) => ({ name, tally, population: groupPopulations.get(name) as number }));
      refuseCountsOverPopulation(total, typeof population === 'number' ? population : null, groupList);
      return publish({
        ...settings,
        total,
        groups: groupList,
        totalPopulation: typeof population === 'number' ? population : [...(groupPopulations as Map<string, number>).values()].reduce((a, b) => a + b, 0),
        levels: levelOrder,
        needTypes: needOrder,
        areas: areaOrder,
      });
    },
  };
}

/**
 * Refuses a population smaller than the children counted in it (a rate above 10,000 per
 * 10,000): the records or the population are wrong. With groups the whole area is their sum,
 * so checking each group checks it too.
 *
 * @throws {@link OptionsError} at `population` or `population.<group>`.
 */
function refuseCountsOverPopulation(total: Tally, areaPopulation: number | null, groups: readonly { name: string; tally: Tally; population: number }[]): void {
  const issues: Issue[] = [];
  if (areaPopulation !== null && total.children > areaPopulation) {
    issues.push(populationBelowCountIssue(['population'], areaPopulation, `the ${total.children} children of the records`));
  }
  for (const { name, tally, population } of groups) {
    if (tally.children > population) issues.push(populationBelowCountIssue(['population', name], population, `the ${tally.children} children of group ${JSON.stringify(name)} in the records`));
  }
  if (issues.length > 0) throw new OptionsError(issues);
}

/** How a summary is grouped and protected, as it reports them, read from the options once. */
type Settings = Pick<CohortSummary, 'groupBy' | 'suppression'>;

function settingsOf({ groupBy, suppression = 'none' }: CohortOptions): Settings {
  return {
    groupBy: groupBy === undefined ? null : typeof groupBy === 'function' ? 'function' : groupBy,
    suppression: suppression === 'none' ? { method: 'none' } : { method: 'dfe', roundTotals: typeof suppression === 'object' && suppression.roundTotals === true },
  };
}

interface Collected extends Settings {
  readonly total: Tally;
  readonly groups: readonly { name: string; tally: Tally; population: number }[];
  readonly totalPopulation: number;
  readonly levels: readonly string[];
  readonly needTypes: readonly string[];
  readonly areas: readonly string[];
}

/** An entry of a table as published: the count or `c`, whether it is hidden, and whether it was rounded to the nearest 10. */
interface PublishedEntry {
  readonly published: CohortCount;
  readonly hidden: boolean;
  readonly rounded: boolean;
}

/** Positions of `names` sorted by code unit: `position[i]` is where `names[i]` goes. */
function canonicalPositions(names: readonly string[]): number[] {
  const order = names.map((_, i) => i).sort((a, b) => ((names[a] as string) < (names[b] as string) ? -1 : (names[a] as string) > (names[b] as string) ? 1 : 0));
  const position = new Array<number>(names.length);
  order.forEach((i, at) => {
    position[i] = at;
  });
  return position;
}

/**
 * One table of the summary, laid out for disclosure control: a row per group (or the
 * whole area alone when not grouped), a column per category, and the published totals.
 * Returns, per row (group index, or -1 for the whole area) and column, the published count.
 * The table is suppressed with its rows and columns sorted by name, so which cell a tie
 * hides never depends on the order of the records or of the population's groups: two
 * releases of the same counts hide the same cells.
 */
function publishTable(
  c: Collected,
  count: (tally: Tally, column: number) => number,
  columnNames: readonly string[],
  rowTotal: ((tally: Tally) => number) | null,
): (row: number, column: number | 'total') => PublishedEntry {
  const dfe = c.suppression.method === 'dfe';
  const roundTotals = c.suppression.method === 'dfe' && c.suppression.roundTotals;
  const grouped = c.groups.length > 0;
  const columns = columnNames.length;
  const rows = grouped ? c.groups.map((g) => g.tally) : [c.total];
  const rowAt = grouped ? canonicalPositions(c.groups.map((g) => g.name)) : [0];
  const columnAt = canonicalPositions(columnNames);
  const layout = tableLayout(rows.length, columns, rowTotal !== null, grouped);
  const values = new Array<number>(layout.size).fill(0);
  rows.forEach((tally, r) => {
    const at = rowAt[r] as number;
    for (let col = 0; col < columns; col++) values[layout.cell(at, columnAt[col] as number)] = count(tally, col);
    if (rowTotal !== null) values[layout.rowTotal(at)] = rowTotal(tally);
  });
  if (grouped) {
    for (let col = 0; col < columns; col++) values[layout.columnTotal(columnAt[col] as number)] = count(c.total, col);
    if (rowTotal !== null) values[layout.grandTotal] = rowTotal(c.total);
  }
  const hidden = dfe ? suppressionMask(values, layout.lines) : values.map(() => false);
  const at = (i: number, isTotal: boolean): PublishedEntry => {
    const v = values[i] as number;
    if (hidden[i]) return { published: 'c', hidden: true, rounded: false };
    const rounded = roundTotals && isTotal;
    return { published: rounded ? roundToTen(v) : v, hidden: false, rounded };
  };
  // Not grouped, the one row is the whole area: every figure in it is a total.
  return (row, column) => {
    const col = column === 'total' ? -1 : (columnAt[column] as number);
    if (row < 0 && grouped) return column === 'total' ? at(layout.grandTotal, true) : at(layout.columnTotal(col), true);
    const r = rowAt[Math.max(row, 0)] as number;
    return column === 'total' ? at(layout.rowTotal(r), true) : at(layout.cell(r, col), !grouped);
  };
}

function publish(c: Collected): CohortSummary {
  const levelTable = publishTable(c, (t, i) => t.levels.get(c.levels[i] as string) ?? 0, c.levels, (t) => t.children);
  const needTable = publishTable(c, (t, i) => t.needs.get(c.needTypes[i] as string) ?? 0, c.needTypes, null);
  const progressTables = c.areas.map((area) =>
    publishTable(c, (t, i) => t.progress.get(area)?.[i] ?? 0, PROGRESS_DIRECTIONS, (t) => (t.progress.get(area) ?? [0, 0, 0]).reduce((a, b) => a + b, 0)),
  );

  const summaryOf = (row: number, name: string, tally: Tally, population: number): CohortGroupSummary => {
    const figure = (table: typeof levelTable, column: number): CohortFigure => {
      const { published } = table(row, column);
      // Of the count as published: a rounded count's rate of the true one gave it back (7 shown as 10 beside 1.4 per 10,000 of 48,400).
      return { count: published, ratePer10k: published === 'c' ? 'c' : rateOf(published, population) };
    };
    // Built with Object.fromEntries: an area is user data, and `progress[area] = …` would treat `__proto__` as the prototype.
    const progressOf = (area: string, a: number): CohortProgress => {
      const table = progressTables[a] as typeof levelTable;
      const counts = tally.progress.get(area) ?? [0, 0, 0];
      const measured = counts[0] + counts[1] + counts[2];
      const total = table(row, 'total');
      // A visible count over a hidden total would give the total away (count ÷ percent), so
      // every percent of a row whose total is hidden is hidden too. A rounded count's share is
      // of the rounded figures (its total is rounded too): one of the true counts gave both back.
      const share = (i: number) => {
        const { published, hidden, rounded } = table(row, i);
        if (hidden || total.hidden) return { count: published, percent: 'c' as const };
        if (measured === 0) return { count: published, percent: null };
        return { count: published, percent: rounded ? percentOf(published as number, total.published as number) : percentOf(counts[i] as number, measured) };
      };
      return {
        children: total.published,
        improved: share(0),
        unchanged: share(1),
        deteriorated: share(2),
        ...(measured === 0 ? { note: NO_CHILDREN_NOTE } : {}),
      };
    };
    return {
      group: name,
      population,
      children: levelTable(row, 'total').published,
      levels: Object.fromEntries(c.levels.map((level, i) => [level, figure(levelTable, i)])),
      needsAtConcern: Object.fromEntries(c.needTypes.map((need, i) => [need, figure(needTable, i)])),
      progress: Object.fromEntries(c.areas.map((area, a) => [area, progressOf(area, a)])),
    };
  };

  return {
    groupBy: c.groupBy,
    suppression: { ...c.suppression },
    levels: [...c.levels],
    needTypes: [...c.needTypes],
    areas: [...c.areas],
    total: summaryOf(-1, 'total', c.total, c.totalPopulation),
    groups: c.groups.map((g, r) => summaryOf(r, g.name, g.tally, g.population)),
  };
}

/**
 * Counts and rates per 10,000 children by continuum level and by need type at concern, and
 * the share of children improved, unchanged and deteriorated per area — for the whole area
 * and, with `groupBy`, per group with its own population. With `suppression: 'dfe'` counts
 * 1–5 are shown as `c` with secondary suppression (see {@link suppressTable}); rates and
 * shares of a suppressed count are `c` too, as is every share of a row whose total is `c`.
 * With `roundTotals`, a rounded count's rate and share are of the rounded figures, so that
 * they do not give the exact count back.
 *
 * @throws {@link OptionsError} for malformed options, an option it does not take (a misspelt name), records that are not iterable, a group without a population,
 *   or a population (of the area or a group) smaller than the children counted in it;
 *   `ValidationError` (subject "cohort record") for a malformed record, a field a record does not have (`progres`), or a child counted twice.
 * @example
 * ```ts
 * const summary = summariseCohort(
 *   [{ child: { id: 'C-1', locality: 'North' }, level: 'early-help', needsAtConcern: ['nutritional'], progress: { physical: 'improved' } }],
 *   { population: { North: 9800, South: 12000 }, groupBy: 'locality' },
 * );
 * summary.groups[0]?.levels['early-help']; // { count: 1, ratePer10k: 1 }
 * summary.groups[1]?.children; // 0
 * summary.total.progress['physical']?.improved; // { count: 1, percent: 100 }
 * ```
 */
export function summariseCohort(records: Iterable<CohortRecord>, options: CohortOptions): CohortSummary {
  const summariser = createCohortSummariser(options);
  if (typeof (records as { [Symbol.iterator]?: unknown } | null | undefined)?.[Symbol.iterator] !== 'function' || typeof records === 'string') {
    throw new OptionsError([makeIssue(['records'], 'an iterable of cohort records (an array, a generator)', describeValue(records))]);
  }
  for (const record of records) summariser.add(record);
  return summariser.finish();
}
