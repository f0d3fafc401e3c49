import { describe, expect, it } from 'vitest';
import { AssessmentError, defineInstrument, distanceTravelled, getInstrument, OperationError, OptionsError, parseAssessment, type Assessment } from '../../src/index.js';
import { catchError } from '../support/errors.js';
import { all, gcp2At, starAt } from '../support/history.js';

const fam = (child: string, readings: [string, Record<string, unknown>][]) =>
  readings.map(([on, ratings], i) => starAt(`${child}-${i + 1}`, on, ratings, { id: child })) as unknown as Assessment[];

// family-routine, worked by hand:
//   A: 4, 3, 6    first: 4 → 6 (+2)   lower-of-first-two: 3 → 6 (+3)
//   B: 7, 5       first: 7 → 5 (−2)   lower-of-first-two: 5 → 5 (0)
//   C: 2          one reading: not measured
//   D: 5, 5       first: 5 → 5 (0)    lower-of-first-two: 5 → 5 (0)
const families = [
  fam('A', [['2025-01-10', { 'family-routine': 4, 'physical-health': 2 }], ['2025-04-10', { 'family-routine': 3 }], ['2025-07-10', { 'family-routine': 6, 'physical-health': 9 }]]),
  fam('B', [['2025-01-12', { 'family-routine': 7 }], ['2025-05-12', { 'family-routine': 5 }]]),
  fam('C', [['2025-02-01', { 'family-routine': 2 }]]),
  fam('D', [['2025-03-01', { 'family-routine': 5 }], ['2025-06-01', { 'family-routine': 5 }]]),
];

describe('distanceTravelled', () => {
  it('reports first → latest per area (hand-worked)', () => {
    const report = distanceTravelled(families);
    expect(report).toMatchObject({ instrument: { id: 'family-star-plus', edition: '1' }, baseline: 'first', families: 4, withChange: 3 });
    expect(report.areas['family-routine']).toEqual({
      measured: 3,
      averageBaseline: 5.33, // (4 + 7 + 5) / 3
      averageLatest: 5.33, // (6 + 5 + 5) / 3
      averageChange: 0,
      averageIncrease: 2,
      averageDecrease: -2,
      forward: { count: 1, percent: 33.3 },
      same: { count: 1, percent: 33.3 },
      back: { count: 1, percent: 33.3 },
      stagesAtBaseline: { stuck: 0, 'accepting-help': 1, trying: 1, 'finding-what-works': 1, 'effective-parenting': 0 },
      stagesAtLatest: { stuck: 0, 'accepting-help': 0, trying: 3, 'finding-what-works': 0, 'effective-parenting': 0 },
    });
    expect(report.areas['physical-health']).toMatchObject({ measured: 1, averageChange: 7, forward: { count: 1, percent: 100 } });
  });

  it('takes the lower of the first two readings as baseline on request', () => {
    const report = distanceTravelled(families, { baseline: 'lower-of-first-two' });
    expect(report.areas['family-routine']).toMatchObject({
      measured: 3,
      averageBaseline: 4.33, // (3 + 5 + 5) / 3
      averageChange: 1,
      averageIncrease: 3,
      averageDecrease: null,
      forward: { count: 1, percent: 33.3 },
      same: { count: 2, percent: 66.7 },
      back: { count: 0, percent: 0 },
    });
  });

  it('measures no distance within one day: readings of one day (a corrected reading) are not a baseline and a latest', () => {
    // E: 3 and 6 on one day: 3 → 6 would be "forward" by the ids alone, over 0 days.
    // F: 4 and 5 on one day, then 8 a later day: first 4 → 8 (+4); lower-of-first-two 4 → 8.
    // G: family-routine read on one day only; physical-health 2 → 9 over two days.
    const sameDay = [
      fam('E', [['2025-02-03', { 'family-routine': 3 }], ['2025-02-03', { 'family-routine': 6 }]]),
      fam('F', [['2025-02-03', { 'family-routine': 4 }], ['2025-02-03', { 'family-routine': 5 }], ['2025-08-04', { 'family-routine': 8 }]]),
      fam('G', [['2025-02-03', { 'family-routine': 3, 'physical-health': 2 }], ['2025-02-03', { 'family-routine': 6 }], ['2025-08-04', { 'physical-health': 9 }]]),
    ];
    const report = distanceTravelled(sameDay);
    expect([report.families, report.withChange]).toEqual([3, 2]);
    expect(report.areas['family-routine']).toMatchObject({ measured: 1, averageBaseline: 4, averageLatest: 8, forward: { count: 1, percent: 100 } });
    expect(report.areas['physical-health']).toMatchObject({ measured: 1, averageChange: 7 });
    expect(distanceTravelled(sameDay, { baseline: 'lower-of-first-two' }).areas['family-routine']).toMatchObject({ measured: 1, averageBaseline: 4 });
  });

  it('reports nothing measured as null, never NaN', () => {
    expect(distanceTravelled(families).areas['progress-to-work']).toMatchObject({ measured: 0, averageBaseline: null, averageChange: null, forward: { count: 0, percent: null } });
  });

  it('refuses mixed editions, GCP histories, empty input and an unknown baseline', () => {
    const edition2 = defineInstrument({ ...getInstrument('family-star-plus'), edition: '2' });
    const other = [parseAssessment(starAt('E2', '2025-01-01', { 'family-routine': 3 }, { id: 'E' }), { instruments: [edition2] })];
    expect(() => distanceTravelled([...families, other])).toThrow(/one Star edition at a time; found family-star-plus@1 and family-star-plus@2/);
    expect(() => distanceTravelled([[gcp2At('G', '2025-01-01', all(2))] as unknown as Assessment[]])).toThrow(OperationError);
    expect(() => distanceTravelled([])).toThrow(/at least one history/);
    expect(() => distanceTravelled(families, { baseline: 'best' as never })).toThrow(OptionsError);
  });

  it('names the history at fault in an error about one history', () => {
    expect(() => distanceTravelled([...families.slice(0, 2), [], families[3] as Assessment[]])).toThrow(/^distanceTravelled: histories\[2\]: the history is empty/);
    const mixed = [...(families[1] as Assessment[]), ...(families[3] as Assessment[])];
    expect(() => distanceTravelled([families[0] as Assessment[], mixed])).toThrow(/^distanceTravelled: histories\[1\]: a history is one child's; found children "B" and "D"/);
  });

  it('refuses a family given twice (it would count twice in every figure)', () => {
    const error = catchError(() => distanceTravelled([families[0] as Assessment[], families[1] as Assessment[], families[0] as Assessment[]])) as AssessmentError;
    expect(error).toBeInstanceOf(AssessmentError);
    expect(error.issues).toEqual([expect.objectContaining({ path: [2, 0, 'child', 'id'], expected: 'a family no other history is of (histories[0] is of it)' })]);
  });
});
