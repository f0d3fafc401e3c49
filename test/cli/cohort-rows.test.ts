import { describe, expect, it } from 'vitest';
import { summariseCohort } from '../../src/index.js';
import { COHORT_CSV_COLUMNS, cohortRows } from '../../src/cli/commands/cohort-rows.js';

describe('cohort CSV rows', () => {
  it('gives one figure a row, the whole area first, with c for what is suppressed', () => {
    const summary = summariseCohort(
      [
        { child: { id: 'A', locality: 'North' }, level: 'early-help', needsAtConcern: ['nutritional'], progress: { physical: 'improved' } },
        ...Array.from({ length: 12 }, (_, i) => ({ child: { id: `U${i}`, locality: 'North' }, level: 'universal', needsAtConcern: [] })),
      ],
      { population: 9_800, suppression: 'dfe' },
    );
    const rows = cohortRows(summary);
    expect(Object.keys(rows[0] ?? {})).toEqual(COHORT_CSV_COLUMNS);
    expect(rows).toEqual([
      { group: 'total', population: 9800, measure: 'children', area: null, category: null, count: 13, ratePer10k: null, percent: null },
      // [1, 12 | 13]: the 1 is primary, 12 is the only other cell, so secondary.
      { group: 'total', population: 9800, measure: 'level', area: null, category: 'early-help', count: 'c', ratePer10k: 'c', percent: null },
      { group: 'total', population: 9800, measure: 'level', area: null, category: 'universal', count: 'c', ratePer10k: 'c', percent: null },
      { group: 'total', population: 9800, measure: 'need-at-concern', area: null, category: 'nutritional', count: 'c', ratePer10k: 'c', percent: null },
      { group: 'total', population: 9800, measure: 'progress-children', area: 'physical', category: null, count: 'c', ratePer10k: null, percent: null },
      // The 1 child measured is hidden, so every share of that row is too (a share would give it back).
      { group: 'total', population: 9800, measure: 'progress', area: 'physical', category: 'improved', count: 'c', ratePer10k: null, percent: 'c' },
      { group: 'total', population: 9800, measure: 'progress', area: 'physical', category: 'unchanged', count: 0, ratePer10k: null, percent: 'c' },
      { group: 'total', population: 9800, measure: 'progress', area: 'physical', category: 'deteriorated', count: 0, ratePer10k: null, percent: 'c' },
    ]);
  });
});
