import { describe, expect, it } from 'vitest';
import { AssessmentError, compareAssessments, OperationError, type Assessment } from '../../src/index.js';
import { catchError } from '../support/errors.js';
import { all, gcp2At, starAt } from '../support/history.js';

const as = (x: Record<string, unknown>) => x as unknown as Assessment;

describe('compareAssessments', () => {
  it('compares sub-areas, areas and need types with days between (hand-worked)', () => {
    const earlier = as(gcp2At('E', '2025-01-13', all(3, { 'physical.nutrition': 4, 'safety.home': 'not-scored' })));
    const later = as(gcp2At('L', '2025-04-14', all(3, { 'physical.nutrition': 2, 'physical.hygiene': 5 })));
    const c = compareAssessments(earlier, later);
    expect(c.daysBetween).toBe(91);
    expect(c.subAreas['physical.nutrition']).toEqual({ from: 4, to: 2, change: -2, direction: 'improved' });
    expect(c.subAreas['physical.hygiene']).toEqual({ from: 3, to: 5, change: 2, direction: 'deteriorated' });
    expect(c.subAreas['safety.home']).toEqual({ from: null, to: 3, change: null, direction: null });
    // physical: 4,3,3,3,3 → 3; then 2,3,3,5,3 → 3.
    expect(c.areas['physical']).toEqual({ from: 3, to: 3, change: 0, direction: 'unchanged' });
    expect(c.needs['nutritional']).toEqual({ from: 4, to: 2, change: -2, direction: 'improved' });
    expect(c.needs['physical']).toEqual({ from: 3, to: 5, change: 2, direction: 'deteriorated' });
    expect(c.summary).toEqual({ improved: 1, unchanged: 13, deteriorated: 1, notComparable: 1 });
    expect(c).toMatchObject({ childId: 'C-1', family: 'gcp', instrument: { id: 'gcp2', edition: '2' }, earlier: { assessmentId: 'E' }, later: { assessmentId: 'L' } });
  });

  it('respects a Star’s direction and reports stage moves', () => {
    const c = compareAssessments(as(starAt('S1', '2025-01-01', { 'home-and-money': 8, 'family-routine': 2 })), as(starAt('S2', '2025-02-01', { 'home-and-money': 4, 'family-routine': 9 })));
    expect(c.areas['home-and-money']).toEqual({ from: 8, to: 4, change: -4, direction: 'deteriorated', fromStage: 'finding-what-works', toStage: 'accepting-help', stageMove: -2 });
    expect(c.areas['family-routine']).toMatchObject({ direction: 'improved', stageMove: 4 });
    expect(c.subAreas).toEqual({});
    expect(c.needs).toEqual({});
  });

  it('compares same-day assessments either way round', () => {
    const a = as(gcp2At('A', '2025-03-30', all(2)));
    const b = as(gcp2At('B', '2025-03-30', all(4)));
    expect(compareAssessments(a, b).daysBetween).toBe(0);
    expect(compareAssessments(b, a).summary.improved).toBe(16);
  });

  it('refuses records of the child that disagree on the date of birth, with the words of a history (latest first)', () => {
    const a = as(gcp2At('A', '2025-03-30', all(2), { id: 'C-1', dateOfBirth: '2020-01-01' }));
    const other = as(gcp2At('B', '2025-04-30', all(2), { id: 'C-1', dateOfBirth: '2021-01-01' }));
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return [(error as OperationError).code, (error as Error).message];
      }
      return undefined;
    };
    expect(codeOf(() => compareAssessments(a, other))).toEqual(['conflicting-child', "compareAssessments: the child's records disagree on the date of birth: 2021-01-01 (B) and 2020-01-01 (A)"]);
    // The later record's date of birth falls after the earlier assessment: a negative age.
    const late = as(gcp2At('B', '2025-04-30', all(2), { id: 'C-1', dateOfBirth: '2025-04-01' }));
    expect(codeOf(() => compareAssessments(as(gcp2At('A', '2025-03-30', all(2))), late))).toEqual(['conflicting-child', "compareAssessments: the child's date of birth 2025-04-01 (B) is after assessment A (2025-03-30)"]);
    // One record giving it (either one), or both the same, is fine; so is a birth on the earlier assessment's day.
    expect(compareAssessments(a, as(gcp2At('B', '2025-04-30', all(2)))).daysBetween).toBe(31);
    expect(compareAssessments(as(gcp2At('A', '2025-03-30', all(2))), as(gcp2At('B', '2025-04-30', all(2), { id: 'C-1', dateOfBirth: '2025-03-30' }))).daysBetween).toBe(31);
    expect(compareAssessments(as(gcp2At('A', '2025-03-30', all(2))), as(gcp2At('B', '2025-04-30', all(2), { id: 'C-1', dateOfBirth: '2020-01-01' }))).daysBetween).toBe(31);
    expect(compareAssessments(a, as(gcp2At('B', '2025-04-30', all(2), { id: 'C-1', dateOfBirth: '2020-01-01' }))).daysBetween).toBe(31);
  });

  it('refuses different children, instruments, and a later assessment dated first', () => {
    const a = as(gcp2At('A', '2025-03-30', all(2)));
    expect(() => compareAssessments(a, as(gcp2At('B', '2025-04-30', all(2), { id: 'C-9' })))).toThrow(/different children \("C-1" and "C-9"\)/);
    expect(() => compareAssessments(a, as(starAt('S', '2025-04-30', {}, { id: 'C-1' })))).toThrow(/different instruments \(gcp2@2 and family-star-plus@1\)/);
    try {
      compareAssessments(as(gcp2At('B', '2025-04-30', all(2))), a);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OperationError);
      expect((error as OperationError).code).toBe('out-of-order');
      expect((error as Error).message).toBe('compareAssessments: later (A, 2025-03-30) is dated before earlier (B, 2025-04-30)');
    }
  });

  it('names the argument of an invalid assessment, earlier or later, and reports both together', () => {
    // Both arguments are assessments of one shape: a bare path would not say which was wrong.
    const good = as(gcp2At('E', '2025-01-13', all(3)));
    const bad = as(gcp2At('L', '2025-04-14', all(3, { 'physical.nutrition': 9 as never })));
    const later = catchError(() => compareAssessments(good, bad)) as AssessmentError;
    expect(later).toBeInstanceOf(AssessmentError);
    expect(later.issues.map((issue) => issue.path)).toEqual([['later', 'ratings', 'physical.nutrition']]);
    expect(later.message).toMatch(/^Invalid assessment: later\.ratings\["physical\.nutrition"\]: expected an integer grade from 1 to 5/);
    const both = catchError(() => compareAssessments(bad, null as never)) as AssessmentError;
    expect(both.issues.map((issue) => issue.path)).toEqual([['earlier', 'ratings', 'physical.nutrition'], ['later']]);
  });
});
