import { describe, expect, it } from 'vitest';
import { compareAssessments, OperationError, trackProgress, type Assessment, type GradeChange } from '../../src/index.js';
import { fc, PROPERTY_RUNS } from '../support/fc.js';
import { GCP2_SUB_AREAS, gcp2At } from '../support/history.js';

const ratings = fc.dictionary(fc.constantFrom(...GCP2_SUB_AREAS), fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 1, arbitrary: fc.constant('not-scored') }), { minKeys: 1 });
const day = fc.integer({ min: 0, max: 1500 }).map((n) => new Date(Date.UTC(2022, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const history = fc.array(fc.tuple(day, ratings), { minLength: 1, maxLength: 6 }).map((items) => items.map(([on, r], i) => gcp2At(`A-${i}`, on, r)) as unknown as Assessment[]);

const mirrored = (c: GradeChange): GradeChange => ({ from: c.to, to: c.from, change: c.change === null ? null : -c.change || 0, direction: c.direction === 'improved' ? 'deteriorated' : c.direction === 'deteriorated' ? 'improved' : c.direction });

describe('progress properties', () => {
  it('compare(a, b) mirrors compare(b, a) on the same day; across days the reverse is refused', () => {
    fc.assert(
      fc.property(ratings, ratings, day, day, (r1, r2, d1, d2) => {
        const a = gcp2At('A', d1, r1) as unknown as Assessment;
        const b = gcp2At('B', d1, r2) as unknown as Assessment;
        const ab = compareAssessments(a, b);
        const ba = compareAssessments(b, a);
        for (const group of ['subAreas', 'areas', 'needs'] as const) {
          for (const [id, change] of Object.entries(ab[group])) expect(ba[group][id]).toEqual(mirrored(change));
        }
        expect(ba.summary).toEqual({ ...ab.summary, improved: ab.summary.deteriorated, deteriorated: ab.summary.improved });
        if (d1 !== d2) {
          const [early, late] = d1 < d2 ? [d1, d2] : [d2, d1];
          const x = gcp2At('X', early, r1) as unknown as Assessment;
          const y = gcp2At('Y', late, r2) as unknown as Assessment;
          expect(compareAssessments(x, y).daysBetween).toBeGreaterThan(0);
          expect(() => compareAssessments(y, x)).toThrow(OperationError);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('shuffling a history never changes trackProgress', () => {
    fc.assert(
      fc.property(history.chain((items) => fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }))), ([items, shuffled]) => {
        expect(JSON.stringify(trackProgress(shuffled, { asOf: '2026-12-31' }))).toBe(JSON.stringify(trackProgress(items, { asOf: '2026-12-31' })));
      }),
      PROPERTY_RUNS,
    );
  });

  it('a history whose grades never change reports no improvement and no deterioration', () => {
    fc.assert(
      fc.property(ratings, fc.uniqueArray(day, { minLength: 1, maxLength: 5 }), (r, days) => {
        const report = trackProgress(days.map((d, i) => gcp2At(`S-${i}`, d, r)) as unknown as Assessment[]);
        expect(report.drift.improvedSinceBaseline).toEqual([]);
        for (const trend of Object.values(report.trends)) expect(['stable', 'insufficient']).toContain(trend.trend);
        if (report.change !== null) {
          expect(report.change.summary.improved + report.change.summary.deteriorated).toBe(0);
          for (const group of [report.change.subAreas, report.change.areas, report.change.needs]) {
            for (const change of Object.values(group)) expect(change.direction === null || change.direction === 'unchanged').toBe(true);
          }
        }
      }),
      PROPERTY_RUNS,
    );
  });
});
