import { PROGRESS_DIRECTIONS, type CohortSummary } from '../../index.js';

/** The CSV columns of `cohort`: one figure a row ("tidy" form), the whole area first, then each group. */
export const COHORT_CSV_COLUMNS: readonly string[] = ['group', 'population', 'measure', 'area', 'category', 'count', 'ratePer10k', 'percent'];

/** A cohort summary as rows of {@link COHORT_CSV_COLUMNS}; `c` marks a suppressed figure, an empty cell one that does not apply. */
export function cohortRows(summary: CohortSummary): Record<string, string | number | null>[] {
  const rows: Record<string, string | number | null>[] = [];
  for (const g of [summary.total, ...summary.groups]) {
    const base = { group: g.group, population: g.population };
    const row = (measure: string, fields: Record<string, string | number | null>) => rows.push({ ...base, measure, area: null, category: null, count: null, ratePer10k: null, percent: null, ...fields });
    row('children', { count: g.children });
    for (const level of summary.levels) row('level', { category: level, count: g.levels[level]?.count ?? null, ratePer10k: g.levels[level]?.ratePer10k ?? null });
    for (const need of summary.needTypes) row('need-at-concern', { category: need, count: g.needsAtConcern[need]?.count ?? null, ratePer10k: g.needsAtConcern[need]?.ratePer10k ?? null });
    for (const area of summary.areas) {
      const progress = g.progress[area];
      row('progress-children', { area, count: progress?.children ?? null });
      for (const direction of PROGRESS_DIRECTIONS) {
        row('progress', { area, category: direction, count: progress?.[direction].count ?? null, percent: progress?.[direction].percent ?? null });
      }
    }
  }
  return rows;
}
