import { describe, expect, it } from 'vitest';
import { createCohortSummariser, OptionsError, summariseCohort, ValidationError, type CohortRecord } from '../../src/index.js';

const LEVELS = ['child-protection', 'child-in-need', 'early-help', 'additional-support', 'universal'];

function child(id: string, locality: string, level: string, needsAtConcern: string[] = [], progress?: CohortRecord['progress']): CohortRecord {
  return { child: { id, locality }, level, needsAtConcern, ...(progress === undefined ? {} : { progress }) };
}

// North (10,000 children): 8 in the cohort. South (5,000 children): 2.
const records: CohortRecord[] = [
  child('N1', 'North', 'early-help', ['nutritional'], { physical: 'improved' }),
  child('N2', 'North', 'early-help', ['nutritional'], { physical: 'improved' }),
  child('N3', 'North', 'early-help', ['nutritional'], { physical: 'unchanged' }),
  child('N4', 'North', 'child-protection', ['nutritional', 'supervisory']),
  child('N5', 'North', 'universal'),
  child('N6', 'North', 'universal'),
  child('N7', 'North', 'universal'),
  child('N8', 'North', 'universal'),
  child('S1', 'South', 'early-help', ['nutritional'], { physical: 'deteriorated', safety: 'improved' }),
  child('S2', 'South', 'early-help', ['nutritional']),
];
const population = { North: 10_000, South: 5_000 };

describe('summariseCohort without disclosure control', () => {
  const s = summariseCohort(records, { population, groupBy: 'locality', levels: LEVELS });

  it('counts children by level with rates per 10,000 of each group and of the whole area', () => {
    const [north, south] = s.groups;
    expect(north?.group).toBe('North');
    expect(north?.children).toBe(8);
    // North: 1 / 10,000 → 1.0; 3 → 3.0; 4 → 4.0.
    expect(north?.levels).toEqual({
      'child-protection': { count: 1, ratePer10k: 1 },
      'child-in-need': { count: 0, ratePer10k: 0 },
      'early-help': { count: 3, ratePer10k: 3 },
      'additional-support': { count: 0, ratePer10k: 0 },
      universal: { count: 4, ratePer10k: 4 },
    });
    // South: 2 / 5,000 × 10,000 = 4.0.
    expect(south?.levels['early-help']).toEqual({ count: 2, ratePer10k: 4 });
    // The whole area: population 15,000. 1 → 0.666… → 0.7; 5 → 3.333… → 3.3; 4 → 2.666… → 2.7.
    expect(s.total.population).toBe(15_000);
    expect(s.total.children).toBe(10);
    expect(s.total.levels['child-protection']).toEqual({ count: 1, ratePer10k: 0.7 });
    expect(s.total.levels['early-help']).toEqual({ count: 5, ratePer10k: 3.3 });
    expect(s.total.levels['universal']).toEqual({ count: 4, ratePer10k: 2.7 });
    expect(s.levels).toEqual(LEVELS);
  });

  it('counts need types at concern, a child once in each of its need types', () => {
    expect(s.needTypes).toEqual(['nutritional', 'supervisory']);
    expect(s.groups[0]?.needsAtConcern).toEqual({ nutritional: { count: 4, ratePer10k: 4 }, supervisory: { count: 1, ratePer10k: 1 } });
    expect(s.groups[1]?.needsAtConcern).toEqual({ nutritional: { count: 2, ratePer10k: 4 }, supervisory: { count: 0, ratePer10k: 0 } });
    // 6 / 15,000 × 10,000 = 4.0; 1 → 0.7.
    expect(s.total.needsAtConcern).toEqual({ nutritional: { count: 6, ratePer10k: 4 }, supervisory: { count: 1, ratePer10k: 0.7 } });
  });

  it('gives the shares improved, unchanged and deteriorated per area, to one decimal place', () => {
    expect(s.areas).toEqual(['physical', 'safety']);
    // North physical: 2 improved, 1 unchanged of 3 → 66.7 %, 33.3 %, 0.0 %.
    expect(s.groups[0]?.progress['physical']).toEqual({
      children: 3,
      improved: { count: 2, percent: 66.7 },
      unchanged: { count: 1, percent: 33.3 },
      deteriorated: { count: 0, percent: 0 },
    });
    // The whole area, physical: 2, 1, 1 of 4 → 50 %, 25 %, 25 %.
    expect(s.total.progress['physical']).toEqual({
      children: 4,
      improved: { count: 2, percent: 50 },
      unchanged: { count: 1, percent: 25 },
      deteriorated: { count: 1, percent: 25 },
    });
  });

  it('gives a share of nobody as null, with a note saying why', () => {
    const safety = s.groups[0]?.progress['safety'];
    expect(safety?.children).toBe(0);
    expect(safety?.improved).toEqual({ count: 0, percent: null });
    expect(safety?.note).toMatch(/no child .* measured/);
  });

  it('is plain JSON with no NaN, undefined or Infinity anywhere', () => {
    const text = JSON.stringify(s);
    expect(JSON.parse(text)).toEqual(s);
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('lists a group of the population with no children in it, at 0', () => {
    const t = summariseCohort(records, { population: { ...population, East: 7_000 }, groupBy: 'locality', levels: LEVELS });
    expect(t.groups.map((g) => g.group)).toEqual(['North', 'South', 'East']);
    expect(t.groups[2]?.children).toBe(0);
    expect(t.groups[2]?.levels['early-help']).toEqual({ count: 0, ratePer10k: 0 });
    expect(t.total.population).toBe(22_000);
  });
});

describe('summariseCohort with DfE disclosure control', () => {
  const s = summariseCohort(records, { population, groupBy: 'locality', levels: LEVELS, suppression: 'dfe' });

  it('hides level counts 1–5 and a group total that would give another back', () => {
    //            CP  CIN  EH  AS   U | children
    //   North     1    0   3   0   4 |  8
    //   South     0    0   2   0   0 |  2
    //   total     1    0   5   0   4 | 10
    // Primary: 1, 3, 4, 2 and South's total 2; in the total row 1, 5, 4.
    // The column of group totals [8, 2c | 10] has one c: 10 − 8 would give South's 2 → 8 is hidden.
    expect(s.groups[0]?.children).toBe('c');
    expect(s.groups[1]?.children).toBe('c');
    expect(s.total.children).toBe(10);
    expect(s.groups[0]?.levels['universal']).toEqual({ count: 'c', ratePer10k: 'c' });
    expect(s.groups[0]?.levels['child-in-need']).toEqual({ count: 0, ratePer10k: 0 });
    expect(s.total.levels['early-help']).toEqual({ count: 'c', ratePer10k: 'c' });
  });

  it('hides need counts 1–5 along the columns (need types overlap, so rows have no total)', () => {
    //            nutritional supervisory
    //   North          4           1
    //   South          2           0
    //   total          6           1
    expect(s.groups[0]?.needsAtConcern).toEqual({ nutritional: { count: 'c', ratePer10k: 'c' }, supervisory: { count: 'c', ratePer10k: 'c' } });
    expect(s.groups[1]?.needsAtConcern['supervisory']).toEqual({ count: 0, ratePer10k: 0 });
    expect(s.total.needsAtConcern['nutritional']).toEqual({ count: 6, ratePer10k: 4 });
  });

  it('hides the share of a hidden count, and every share of a row whose total is hidden', () => {
    // North, physical: 2 improved, 1 unchanged, 0 deteriorated: 3 measured, hidden.
    expect(s.groups[0]?.progress['physical']?.children).toBe('c');
    expect(s.groups[0]?.progress['physical']?.improved).toEqual({ count: 'c', percent: 'c' });
    expect(s.groups[0]?.progress['physical']?.deteriorated).toEqual({ count: 0, percent: 'c' });
  });

  it('gives no hidden total back through a visible count and its percentage', () => {
    // physical   improved unchanged deteriorated | measured
    //   A              6        0          20    |   26
    //   B             10       10          10    |   30
    //   C              4        0           0    |    4
    // C's 4 is hidden, so the column of measured children hides A's 26 as well; A's 20 stays
    // visible, and 20 at 76.9 % would give 26 back (and then C's 4 from the total of 60).
    const progress = (id: string, group: string, direction: 'improved' | 'unchanged' | 'deteriorated') =>
      child(id, group, 'early-help', [], { physical: direction });
    const cohort = [
      ...Array.from({ length: 6 }, (_, i) => progress(`A-i${i}`, 'A', 'improved')),
      ...Array.from({ length: 20 }, (_, i) => progress(`A-d${i}`, 'A', 'deteriorated')),
      ...Array.from({ length: 10 }, (_, i) => progress(`B-i${i}`, 'B', 'improved')),
      ...Array.from({ length: 10 }, (_, i) => progress(`B-u${i}`, 'B', 'unchanged')),
      ...Array.from({ length: 10 }, (_, i) => progress(`B-d${i}`, 'B', 'deteriorated')),
      ...Array.from({ length: 4 }, (_, i) => progress(`C-i${i}`, 'C', 'improved')),
    ];
    const summary = summariseCohort(cohort, { population: { A: 1000, B: 1000, C: 1000 }, groupBy: 'locality', levels: LEVELS, suppression: 'dfe' });
    const a = summary.groups[0]?.progress['physical'];
    expect(a?.children).toBe('c');
    expect(a?.deteriorated).toEqual({ count: 20, percent: 'c' });
    expect(summary.groups[1]?.progress['physical']?.deteriorated).toEqual({ count: 10, percent: 33.3 });
  });

  it('hides a third level when the two hidden ones could only be 1 each', () => {
    // 12 children: 1 child-protection, 1 child-in-need, 10 early-help. With 12 and 10 shown,
    // the two c's sum to 2, and each c is at least 1 (0 is shown): both would be 1.
    const few = [
      child('P', 'X', 'child-protection'),
      child('N', 'X', 'child-in-need'),
      ...Array.from({ length: 10 }, (_, i) => child(`E${i}`, 'X', 'early-help')),
    ];
    const summary = summariseCohort(few, { population: 48_400, suppression: 'dfe' });
    expect(summary.total.children).toBe(12);
    expect(Object.values(summary.total.levels).map((f) => f.count)).toEqual(['c', 'c', 'c']);
  });

  it('without groups, hides a 3 and the next-smallest level, and rounds the area figures when asked', () => {
    // 3 child-protection, 23 early-help, 17 universal: 43 children in 48,400.
    const many = [
      ...Array.from({ length: 3 }, (_, i) => child(`P${i}`, 'X', 'child-protection')),
      ...Array.from({ length: 23 }, (_, i) => child(`E${i}`, 'X', 'early-help')),
      ...Array.from({ length: 17 }, (_, i) => child(`U${i}`, 'X', 'universal')),
    ];
    // [3, 23, 17 | 43]: 3 is primary, the smallest other, 17, is secondary.
    const plain = summariseCohort(many, { population: 48_400, suppression: 'dfe' });
    expect(plain.total.levels).toEqual({
      'child-protection': { count: 'c', ratePer10k: 'c' },
      'early-help': { count: 23, ratePer10k: 4.8 }, // 23 / 48,400 × 10,000 = 4.75… → 4.8
      universal: { count: 'c', ratePer10k: 'c' },
    });
    expect(plain.total.children).toBe(43);
    // Rounded: 23 → 20 and 43 → 40. The rate is of the 20 as published: 20 / 48,400 × 10,000
    // = 4.13… → 4.1. (The true count's 4.8 gave the 23 back: k / 4.84 rounds to 4.8 only for k = 23.)
    const rounded = summariseCohort(many, { population: 48_400, suppression: { method: 'dfe', roundTotals: true } });
    expect(rounded.total.levels['early-help']).toEqual({ count: 20, ratePer10k: 4.1 });
    expect(rounded.total.children).toBe(40);
    expect(rounded.suppression).toEqual({ method: 'dfe', roundTotals: true });
    // The object form is DfE suppression too, not only rounding: the 3 and the 17 stay hidden.
    expect(rounded.total.levels['child-protection']).toEqual({ count: 'c', ratePer10k: 'c' });
    expect(rounded.total.levels['universal']).toEqual({ count: 'c', ratePer10k: 'c' });
  });

  it('with groups, rounds the totals (each group’s children, the whole area’s line) and leaves the groups’ cells exact', () => {
    //            EH   U | children
    //   North    12   7 | 19 → 20
    //   South     8  16 | 24 → 20
    //   total    20  23 | 43 → 40   (the whole area's line: 20 → 20, 23 → 20)
    // No count is 1–5, so nothing is hidden. The groups' rates are of their exact counts; the
    // whole area's are of its rounded counts: 20 / 30,000 × 10,000 = 6.66… → 6.7 (the true
    // 23's 7.7 gave the 23 back: k / 3 rounds to 7.7 only for k = 23).
    const cohort = [
      ...Array.from({ length: 12 }, (_, i) => child(`NE${i}`, 'North', 'early-help')),
      ...Array.from({ length: 7 }, (_, i) => child(`NU${i}`, 'North', 'universal')),
      ...Array.from({ length: 8 }, (_, i) => child(`SE${i}`, 'South', 'early-help')),
      ...Array.from({ length: 16 }, (_, i) => child(`SU${i}`, 'South', 'universal')),
    ];
    const s = summariseCohort(cohort, { population: { North: 10_000, South: 20_000 }, groupBy: 'locality', suppression: { method: 'dfe', roundTotals: true } });
    expect(s.groups.map((g) => [g.group, g.children, g.levels['early-help']?.count, g.levels['universal']?.count])).toEqual([['North', 20, 12, 7], ['South', 20, 8, 16]]);
    expect([s.total.children, s.total.levels['early-help']?.count, s.total.levels['universal']]).toEqual([40, 20, { count: 20, ratePer10k: 6.7 }]);
    // North's 12 early help of 10,000 stays exact: 12.0.
    expect(s.groups[0]?.levels['early-help']).toEqual({ count: 12, ratePer10k: 12 });
  });

  it('gives no rounded count back through its rate or its share: both are of the rounded figures', () => {
    // One area of 48,400 children, no groups, so every figure is a total and rounded.
    //   levels: early help 7 → 10, universal 17 → 20; children 24 → 20.
    //   physical: 7 improved → 10, 9 unchanged → 10, 8 deteriorated → 10; 24 measured → 20.
    // Of the true counts, early help's rate 7 / 4.84 = 1.4 gave the 7 back (6 → 1.2, 8 → 1.7),
    // and the shares 29.2, 37.5, 33.3 gave the 24 back (of 15–24 measured, only 16 and 24 make
    // a 37.5, and 29.2 % of 16 is no whole child), then 7, 9 and 8.
    // Of the rounded ones: 10 / 4.84 = 2.066… → 2.1; 20 / 4.84 = 4.132… → 4.1; 10 / 20 = 50.0 %.
    const kids = (n: number, prefix: string, level: string, direction: 'improved' | 'unchanged' | 'deteriorated') =>
      Array.from({ length: n }, (_, i) => child(`${prefix}${i}`, 'X', level, [], { physical: direction }));
    const cohort = [...kids(7, 'I', 'early-help', 'improved'), ...kids(9, 'U', 'universal', 'unchanged'), ...kids(8, 'D', 'universal', 'deteriorated')];
    const s = summariseCohort(cohort, { population: 48_400, suppression: { method: 'dfe', roundTotals: true } });
    expect(s.total.children).toBe(20);
    expect(s.total.levels).toEqual({ 'early-help': { count: 10, ratePer10k: 2.1 }, universal: { count: 20, ratePer10k: 4.1 } });
    expect(s.total.progress['physical']).toEqual({
      children: 20,
      improved: { count: 10, percent: 50 },
      unchanged: { count: 10, percent: 50 },
      deteriorated: { count: 10, percent: 50 },
    });
  });

  it('with groups, gives the whole area’s rounded counts no exact rate or share, and leaves the groups’ exact', () => {
    //   physical   improved unchanged deteriorated | measured
    //   North            3        0          12    |  15 → 20
    //   South            8        0           9    |  17 → 20
    //   total           11        0          21    |  32 → 30   (11 → 10, 21 → 20)
    // North's 3 is primary; its row hides the next-smallest, 12; the improved column then has
    // one c, so South's 8 goes too; deteriorated has one c (12), so South's 9 goes; nothing
    // else is pinned. The area's 11 of the true 32 was 34.4 %, which gave the 32 back (of
    // 25–34 measured only 32 makes 34.4 % of a whole number), and with it 32 − 21 = 11, the
    // improved column's sum of c's. Of the rounded figures: 10 / 30 = 33.3 %, 20 / 30 = 66.7 %.
    // Levels: all early help, 15 and 17 → area 32 → 30, rate of 30 in 20,000 = 15.0 (not 16.0).
    const kids = (n: number, prefix: string, locality: string, direction: 'improved' | 'deteriorated') =>
      Array.from({ length: n }, (_, i) => child(`${prefix}${i}`, locality, 'early-help', [], { physical: direction }));
    const cohort = [...kids(3, 'NI', 'North', 'improved'), ...kids(12, 'ND', 'North', 'deteriorated'), ...kids(8, 'SI', 'South', 'improved'), ...kids(9, 'SD', 'South', 'deteriorated')];
    const s = summariseCohort(cohort, { population: { North: 10_000, South: 10_000 }, groupBy: 'locality', suppression: { method: 'dfe', roundTotals: true } });
    expect(s.total.progress['physical']).toEqual({
      children: 30,
      improved: { count: 10, percent: 33.3 },
      unchanged: { count: 0, percent: 0 },
      deteriorated: { count: 20, percent: 66.7 },
    });
    expect(s.total.levels['early-help']).toEqual({ count: 30, ratePer10k: 15 });
    // The groups' cells are exact (DfE rounds only totals), and so are their shares: 0 of 17.
    expect(s.groups[1]?.progress['physical']?.unchanged).toEqual({ count: 0, percent: 0 });
    expect(s.groups[1]?.progress['physical']?.improved).toEqual({ count: 'c', percent: 'c' });
    // North's 15 early help of 10,000: 15.0.
    expect(s.groups[0]?.levels['early-help']).toEqual({ count: 15, ratePer10k: 15 });
  });
});

describe('summariseCohort: the seed figure, groupings and streaming', () => {
  it('1,513 children at early help among 48,400 is 312.6 per 10,000', () => {
    const ehas = Array.from({ length: 1513 }, (_, i) => child(`C-${i}`, 'Peterborough', 'early-help'));
    expect(summariseCohort(ehas, { population: 48_400 }).total.levels['early-help']).toEqual({ count: 1513, ratePer10k: 312.6 });
  });

  it('groups by a child attribute, or by a function of the child', () => {
    const wards: CohortRecord[] = [
      { child: { id: 'A', attributes: { ward: 'Park' } }, level: 'universal', needsAtConcern: [] },
      { child: { id: 'B', attributes: { ward: 'Dogsthorpe' } }, level: 'early-help', needsAtConcern: [] },
    ];
    const byWard = summariseCohort(wards, { population: { Park: 2_000, Dogsthorpe: 4_000 }, groupBy: 'attributes.ward' });
    expect(byWard.groupBy).toBe('attributes.ward');
    expect(byWard.groups.map((g) => [g.group, g.children])).toEqual([['Park', 1], ['Dogsthorpe', 1]]);
    const byInitial = summariseCohort(wards, { population: { a: 10, b: 10 }, groupBy: (c) => c.id.toLowerCase() });
    expect(byInitial.groupBy).toBe('function');
    expect(byInitial.groups[1]?.levels['early-help']?.ratePer10k).toBe(1000); // 1 / 10 × 10,000
  });

  it('takes records one at a time, in any order, to the hand-worked figures above', () => {
    const summariser = createCohortSummariser({ population, groupBy: 'locality', levels: LEVELS });
    for (const r of [...records].reverse()) summariser.add(r);
    const one = summariser.finish();
    const north = one.groups.find((g) => g.group === 'North');
    expect([north?.children, north?.levels['early-help'], north?.levels['child-protection']]).toEqual([8, { count: 3, ratePer10k: 3 }, { count: 1, ratePer10k: 1 }]);
    expect(one.groups.find((g) => g.group === 'South')?.levels['early-help']).toEqual({ count: 2, ratePer10k: 4 });
    expect(one.total.levels['early-help']).toEqual({ count: 5, ratePer10k: 3.3 });
    expect(one.total.needsAtConcern).toEqual({ nutritional: { count: 6, ratePer10k: 4 }, supervisory: { count: 1, ratePer10k: 0.7 } });
  });

  it('publishes by the options it was started with, whatever happens to the options object before finish', () => {
    const options: { population: number; suppression: 'none' | { method: 'dfe'; roundTotals: boolean } } = { population: 4000, suppression: { method: 'dfe', roundTotals: false } };
    const summariser = createCohortSummariser(options);
    summariser.add({ child: { id: 'C-1' }, level: 'early-help', needsAtConcern: [] });
    // Switching disclosure control off, or rounding on, after the records came in changes nothing.
    (options.suppression as { roundTotals: boolean }).roundTotals = true;
    const rounded = summariser.finish();
    options.suppression = 'none';
    const off = summariser.finish();
    for (const summary of [rounded, off]) {
      expect(summary.suppression).toEqual({ method: 'dfe', roundTotals: false });
      // One child at early help: a count of 1, hidden under DfE's rule, not rounded.
      expect(summary.total.levels['early-help']).toEqual({ count: 'c', ratePer10k: 'c' });
    }
  });

  it('orders levels by first appearance unless told', () => {
    expect(summariseCohort(records, { population, groupBy: 'locality' }).levels).toEqual(['early-help', 'child-protection', 'universal']);
  });
});

describe('summariseCohort refuses what it cannot count', () => {
  function caught(fn: () => unknown): { error: unknown; path: unknown } {
    try {
      fn();
    } catch (error) {
      return { error, path: (error as OptionsError).issues?.[0]?.path };
    }
    return { error: undefined, path: undefined };
  }

  it('a group with no population, naming it', () => {
    const { error, path } = caught(() => summariseCohort(records, { population: { North: 10_000 }, groupBy: 'locality' }));
    expect(error).toBeInstanceOf(OptionsError);
    expect(path).toEqual(['population', 'South']);
    expect((error as Error).message).toMatch(/"South"/);
  });

  it.each([
    ['a number population with groupBy', { population: 100, groupBy: 'locality' }, ['population']],
    ['a record population without groupBy', { population: { North: 1 } }, ['population']],
    ['a zero population', { population: 0 }, ['population']],
    ['a population below one child', { population: 0.5 }, ['population']],
    // Children are counted: half a child is a mistake in the data, not a denominator.
    ['a fractional population', { population: 48_400.5 }, ['population']],
    ['a fractional group population', { population: { North: 9_800.25 }, groupBy: 'locality' }, ['population', 'North']],
    // Attribute keys named so are refused by the contract, so no child could ever be in such a group.
    ['a groupBy of a forbidden attribute name', { population: { North: 1 }, groupBy: 'attributes.constructor' }, ['groupBy']],
    ['a NaN group population', { population: { North: Number.NaN }, groupBy: 'locality' }, ['population', 'North']],
    ['an unknown groupBy', { population: { North: 1 }, groupBy: 'ward' }, ['groupBy']],
    ['an unknown suppression', { population: 100, suppression: 'ons' }, ['suppression']],
    ['repeated levels', { population: 100, levels: ['a', 'a'] }, ['levels', 1]],
    // eslint-disable-next-line no-sparse-arrays
    ['a hole in the levels', { population: 100, levels: ['a', , 'b'] }, ['levels', 1]],
  ])('%s', (_what, options, path) => {
    const result = caught(() => summariseCohort([], options as never));
    expect(result.error).toBeInstanceOf(OptionsError);
    expect(result.path).toEqual(path);
  });

  it('an option it does not take (a misspelt name), which would otherwise leave counts exact', () => {
    const result = caught(() => summariseCohort(records, { population: 48_400, suppresion: 'dfe' } as never));
    expect(result.error).toBeInstanceOf(OptionsError);
    expect(result.path).toEqual(['suppresion']);
    expect((result.error as Error).message).toMatch(/unknown option "suppresion"/);
    expect(caught(() => createCohortSummariser({ population: 100, groupby: 'locality' } as never)).path).toEqual(['groupby']);
    // A name given as undefined counts as absent, as in JSON.
    expect(summariseCohort([], { population: 100, levels: undefined } as never).total.children).toBe(0);
  });

  it('a group with more children than its population (3 of 2 was a rate of 15,000), naming the group', () => {
    const three = ['N1', 'N2', 'N3'].map((id) => child(id, 'North', 'early-help'));
    const result = caught(() => summariseCohort(three, { population: { North: 2, South: 100 }, groupBy: 'locality' }));
    expect(result.error).toBeInstanceOf(OptionsError);
    expect(result.path).toEqual(['population', 'North']);
    expect((result.error as Error).message).toMatch(/at least the 3 children of group "North" in the records, received the number 2/);
    expect(summariseCohort(three, { population: { North: 3 }, groupBy: 'locality' }).groups[0]?.levels['early-help']?.ratePer10k).toBe(10_000);
  });

  it('a whole area with more children than its population, from summariseCohort and the summariser', () => {
    const three = ['A', 'B', 'C'].map((id) => child(id, 'North', 'universal'));
    expect(caught(() => summariseCohort(three, { population: 2 })).path).toEqual(['population']);
    const summariser = createCohortSummariser({ population: 2 });
    for (const record of three) summariser.add(record);
    const result = caught(() => summariser.finish());
    expect(result.error).toBeInstanceOf(OptionsError);
    expect(result.path).toEqual(['population']);
  });

  it.each([
    // No child is ever in group "": it only swelled the whole area's population.
    ['', /population\[""\]: expected a group name \(a child is never in group ""\)/],
    // The output names the whole area "total": such a group could not be told from it.
    ['total', /other than "total" in any case, which names the whole area in the output/],
    // A spreadsheet's totals row: counted as a group it doubled the whole area's population
    // (halving every rate), and Excel's lookups and pivots take "Total" for "total".
    ['Total', /other than "total" in any case, which names the whole area in the output, received "Total"/],
    ['TOTAL', /other than "total" in any case/],
    // A padded cell: "Total " no locality can hold, so it only doubled the population, and it reads as total.
    ['Total ', /other than "total" in any case, which names the whole area in the output, received "Total "/],
    ['\ttotal', /other than "total" in any case/],
  ])('a population group named %j', (group, message) => {
    const result = caught(() => summariseCohort([], { population: { North: 1000, [group]: 99_000 }, groupBy: 'locality' }));
    expect(result.error).toBeInstanceOf(OptionsError);
    expect(result.path).toEqual(['population', group]);
    expect((result.error as Error).message).toMatch(message);
  });

  it('a child whose attributes are not an object, grouped by an attribute', () => {
    for (const attributes of [null, 'ward', ['North']]) {
      const bad = { child: { id: 'A', attributes }, level: 'universal', needsAtConcern: [] } as never;
      const result = caught(() => summariseCohort([bad], { population: { North: 100 }, groupBy: 'attributes.ward' }));
      expect(result.error).toBeInstanceOf(ValidationError);
      expect(result.path).toEqual([0, 'child', 'attributes', 'ward']);
    }
  });

  // As the contract refuses it: a hand-made record for "C-1 " beside one for "C-1" counted one child twice.
  it('a child id with white space at its ends', () => {
    for (const id of ['C-1 ', '\tC-1']) {
      const result = caught(() => summariseCohort([child('C-1', 'North', 'universal'), child(id, 'North', 'universal')], { population: 100 }));
      expect(result.error).toBeInstanceOf(ValidationError);
      expect(result.path).toEqual([1, 'child', 'id']);
      expect((result.error as Error).message).toBe(`Invalid cohort record: [1].child.id: expected an id without white space at its start or end ("C-1 " and "C-1" would be counted as two children), received the string ${JSON.stringify(id)}`);
    }
    expect(summariseCohort([child('C 1', 'North', 'universal')], { population: 100 }).total.children).toBe(1);
  });

  it('a child id holding a control character, as the contract refuses it', () => {
    const result = caught(() => summariseCohort([child('C-1', 'North', 'universal'), child('C-1\nC-2', 'North', 'universal')], { population: 100 }));
    expect(result.error).toBeInstanceOf(ValidationError);
    expect(result.path).toEqual([1, 'child', 'id']);
    expect((result.error as Error).message).toBe('Invalid cohort record: [1].child.id: expected an id without control characters, as the contract has it, received the string "C-1\\nC-2"');
  });

  it('the message of a forbidden key names the key and the record', () => {
    const bad = JSON.parse('{"child":{"id":"A"},"level":"early-help","needsAtConcern":[],"progress":{"__proto__":"improved"}}') as CohortRecord;
    const result = caught(() => summariseCohort([child('B', 'North', 'universal'), bad], { population: 100 }));
    expect((result.error as Error).message).toBe('Invalid cohort record: [1].progress.__proto__: expected a data key (never "__proto__", "constructor" or "prototype"), received the forbidden key "__proto__"');
  });

  // The messages ended "one of the levels: , received …", listing nothing.
  it.each([
    ['levels', { levels: [] }, [0, 'level'], 'Invalid cohort record: [0].level: expected one of the levels: none (options.levels is empty), received the string "universal"'],
    ['needTypes', { needTypes: [] }, [0, 'needsAtConcern', 0], 'Invalid cohort record: [0].needsAtConcern[0]: expected one of the need types: none (options.needTypes is empty), each once, received the string "nutritional"'],
  ])('a record refused under empty %s says that the option lists none', (_option, options, path, message) => {
    const result = caught(() => summariseCohort([child('A', 'North', 'universal', ['nutritional'])], { population: 100, ...options }));
    expect(result.error).toBeInstanceOf(ValidationError);
    expect(result.path).toEqual(path);
    expect((result.error as Error).message).toBe(message);
  });

  // A misspelt field was ignored: the child was counted with no progress, and the area's shares were of the others alone.
  it('a record field it does not know (progres for progress), naming it', () => {
    const typo = { child: { id: 'A' }, level: 'early-help', needsAtConcern: [], progres: { physical: 'improved' } } as never;
    const result = caught(() => summariseCohort([child('B', 'North', 'universal'), typo], { population: 100 }));
    expect(result.error).toBeInstanceOf(ValidationError);
    expect(result.path).toEqual([1, 'progres']);
    expect((result.error as Error).message).toBe(
      'Invalid cohort record: [1].progres: expected one of the fields of a cohort record (child, level, needsAtConcern, progress), received the unknown field "progres"',
    );
    // A field given as undefined counts as absent, as in JSON.
    expect(summariseCohort([{ ...child('A', 'North', 'universal'), progress: undefined }], { population: 100 }).total.children).toBe(1);
  });

  it('an unknown field named as other keys are: a control in it shown, a long name by its length', () => {
    const message = (key: string) => (caught(() => summariseCohort([{ ...child('A', 'North', 'universal'), [key]: 1 } as never], { population: 100 })).error as Error).message;
    // A NEL read "progress" in the message, as if the field were the right one.
    expect(message('progress\u0085')).toMatch(/received the unknown field "progress\\u0085"$/);
    expect(message('x'.repeat(100))).toMatch(/received an unknown field of 100 characters$/);
  });

  it('records that are not iterable', () => {
    const result = caught(() => summariseCohort(42 as never, { population: 100 }));
    expect(result.error).toBeInstanceOf(OptionsError);
    expect(result.path).toEqual(['records']);
  });

  it.each([
    ['a child counted twice', [child('A', 'North', 'universal'), child('A', 'North', 'universal')], [1, 'child', 'id']],
    ['a level outside the given levels', [child('A', 'North', 'child-in-neeed')], [0, 'level']],
    ['a need type twice', [child('A', 'North', 'early-help', ['nutritional', 'nutritional'])], [0, 'needsAtConcern', 1]],
    // eslint-disable-next-line no-sparse-arrays
    ['a hole in the need types', [child('A', 'North', 'early-help', ['nutritional', , 'supervisory'] as string[])], [0, 'needsAtConcern', 1]],
    ['an unknown direction of progress', [child('A', 'North', 'early-help', [], { physical: 'better' as never })], [0, 'progress', 'physical']],
    // Counted, it made CSV rows whose empty area cell reads as one that does not apply.
    ['a progress area named ""', [child('A', 'North', 'early-help', [], { '': 'improved' })], [0, 'progress', '']],
    ['a child with no locality to group by', [{ child: { id: 'A' }, level: 'universal', needsAtConcern: [] }], [0, 'child', 'locality']],
    // JSON.parse makes "__proto__" an own key: it would be listed in `areas` and vanish from `progress`.
    ['a progress area named __proto__', [JSON.parse('{"child":{"id":"A","locality":"North"},"level":"early-help","needsAtConcern":[],"progress":{"__proto__":"improved"}}')], [0, 'progress', '__proto__']],
    ['a child attribute named constructor', [JSON.parse('{"child":{"id":"A","locality":"North","attributes":{"constructor":"x"}},"level":"universal","needsAtConcern":[]}')], [0, 'child', 'attributes', 'constructor']],
  ])('%s', (_what, bad, path) => {
    const result = caught(() => summariseCohort(bad, { population, groupBy: 'locality', levels: LEVELS }));
    expect(result.error).toBeInstanceOf(ValidationError);
    expect((result.error as Error).message).toMatch(/^Invalid cohort record/);
    expect(result.path).toEqual(path);
  });

  it('says what a progress entry must be: an area name, and improved, unchanged or deteriorated', () => {
    const refused = (progress: Record<string, unknown>) => (caught(() => summariseCohort([child('A', 'North', 'early-help', [], progress as never)], { population, groupBy: 'locality', levels: LEVELS })).error as Error).message;
    expect(refused({ '': 'improved' })).toMatch(/progress\[""\]: expected an area name, not "", received an empty name/);
    expect(refused({ physical: 'better' })).toMatch(/progress\.physical: expected improved, unchanged or deteriorated, received the string "better"/);
  });
});

