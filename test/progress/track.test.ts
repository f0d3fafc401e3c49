import { describe, expect, it } from 'vitest';
import { AssessmentError, compareAssessments, OperationError, OptionsError, parseAssessment, trackProgress, type Assessment } from '../../src/index.js';
import { all, gcp2At, starAt } from '../support/history.js';

/*
 * Hand-worked histories. GCP2 bands: 1–2 met, 3 borderline, 4–5 concern; need types are the
 * worst of their sub-areas; area grades are mode-worse over sub-areas.
 */
const A1 = gcp2At('A1', '2024-02-28', all(3, { 'physical.nutrition': 4, 'safety.in-absence': 4 }));
const A2 = gcp2At('A2', '2024-03-01', all(3)); // two days later, across the leap day
const A3 = gcp2At('A3', '2024-06-10', all(2, { 'physical.nutrition': 4 })); // 101 days later
const history = [A3, A1, A2] as unknown as Assessment[]; // unsorted on purpose

describe('trackProgress: a GCP2 history across a leap day, given out of order', () => {
  // Computed inside each test, so that mutation testing sees which tests cover it.
  const report = () => trackProgress(history, { asOf: '2024-09-09' });

  it('orders the timeline by date and counts the days between', () => {
    expect(report().timeline.map((t) => [t.assessmentId, t.daysSincePrevious])).toEqual([['A1', null], ['A2', 2], ['A3', 101]]);
    expect(report().baseline).toEqual({ assessmentId: 'A1', assessedOn: '2024-02-28' });
    expect(report().latest).toEqual({ assessmentId: 'A3', assessedOn: '2024-06-10' });
  });

  it('records area and need grades at each assessment', () => {
    // physical: A1 4,3,3,3,3 → 3; A2 3; A3 4,2,2,2,2 → 2.
    expect(report().timeline.map((t) => t.areas['physical'])).toEqual([3, 3, 2]);
    expect(report().timeline.map((t) => t.needs['nutritional'])).toEqual([4, 3, 4]);
    expect(report().timeline.map((t) => t.needs['supervisory'])).toEqual([4, 3, 2]);
  });

  it('finds nutritional persistent: at concern in A1 and A3, borderline (not met) between, 103 days', () => {
    expect(report().persistence['nutritional']).toEqual({
      atConcernInLatest: true,
      persistent: true,
      evidence: [{ assessmentId: 'A3', assessedOn: '2024-06-10', grade: 4 }, { assessmentId: 'A1', assessedOn: '2024-02-28', grade: 4 }],
      since: '2024-02-28',
      spanDays: 103,
    });
    expect(report().persistence['supervisory']).toMatchObject({ atConcernInLatest: false, persistent: false, evidence: [] });
  });

  it('reports each area’s trend and the baseline → latest change', () => {
    expect(Object.fromEntries(Object.entries(report().trends).map(([id, t]) => [id, t.trend]))).toEqual({ physical: 'improving', safety: 'improving', emotional: 'improving', developmental: 'improving' });
    expect(report().trends['physical']).toEqual({ grades: [3, 3, 2], trend: 'improving', change: { from: 3, to: 2, change: -1, direction: 'improved' } });
    expect(report().change?.summary).toEqual({ improved: 15, unchanged: 1, deteriorated: 0, notComparable: 0 });
    expect(report().change?.subAreas['safety.in-absence']).toEqual({ from: 4, to: 2, change: -2, direction: 'improved' });
    expect(report().change?.daysBetween).toBe(103);
  });

  it('is not drifting: four need types improved', () => {
    expect(report().drift).toEqual({ drifting: false, reviews: 2, driftReviews: 2, improvedSinceBaseline: ['medical', 'emotional', 'physical', 'supervisory'], reason: 'improved since baseline: medical, emotional, physical, supervisory' });
  });

  it('puts the next review 90 days after the latest and judges overdue against asOf', () => {
    expect(report().nextReviewDue).toBe('2024-09-08');
    expect([report().overdue, report().daysOverdue]).toEqual([true, 1]);
    expect(trackProgress(history, { asOf: '2024-09-08' })).toMatchObject({ overdue: false, daysOverdue: 0 });
    expect(trackProgress(history)).toMatchObject({ asOf: null, overdue: null, daysOverdue: null });
    expect(trackProgress(history, { reviewIntervalDays: 30 }).nextReviewDue).toBe('2024-07-10');
  });
});

describe('trackProgress: boundaries', () => {
  it('drifts after two reviews with no need type improved', () => {
    const flat = [gcp2At('B1', '2025-01-06', all(4)), gcp2At('B2', '2025-04-07', all(4)), gcp2At('B3', '2025-07-07', all(4))] as unknown as Assessment[];
    expect(trackProgress(flat).drift).toEqual({ drifting: true, reviews: 2, driftReviews: 2, improvedSinceBaseline: [], reason: 'no need type has improved in 2 reviews since the baseline (threshold 2)' });
    expect(trackProgress(flat, { driftReviews: 3 }).drift).toMatchObject({ drifting: false, reason: 'not yet judged: 2 reviews since the baseline (drift is judged after 3)' });
  });

  it('does not call a child whose needs were all met at baseline drifting', () => {
    const met = [gcp2At('M1', '2025-01-06', all(2)), gcp2At('M2', '2025-04-07', all(2)), gcp2At('M3', '2025-07-07', all(2))] as unknown as Assessment[];
    expect(trackProgress(met).drift).toMatchObject({ drifting: false, reason: 'nothing to improve: every need type was met at baseline' });
  });

  it('orders same-day assessments by id, zero days apart', () => {
    // Borderline beside met: nothing persistence reads depends on which sorts last (concern would be refused).
    const sameDay = [gcp2At('S-b', '2025-03-30', all(2)), gcp2At('S-a', '2025-03-30', all(3))] as unknown as Assessment[];
    const report = trackProgress(sameDay);
    expect(report.timeline.map((t) => [t.assessmentId, t.daysSincePrevious])).toEqual([['S-a', null], ['S-b', 0]]);
    expect([report.baseline.assessmentId, report.latest.assessmentId]).toEqual(['S-a', 'S-b']);
  });

  it('measures no change between a baseline and a latest of one day, whichever id sorts first, as cohort records', () => {
    // A corrected record beside the original: the physical need 3 → 2 (and the physical area,
    // mode-worse of 3, 2, 2, 2, 3) would be "improved" with these ids, and "deteriorated" with
    // them swapped, over 0 days.
    const original = all(3);
    const correction = all(3, { 'physical.housing': 2, 'physical.clothing': 2, 'physical.hygiene': 2 });
    for (const [first, second] of [[original, correction], [correction, original]] as const) {
      const report = trackProgress([gcp2At('S-a', '2025-03-30', first), gcp2At('S-b', '2025-03-30', second)] as unknown as Assessment[]);
      expect(report.change).toBeNull();
      expect(report.drift).toEqual({ drifting: false, reviews: 0, driftReviews: 2, improvedSinceBaseline: [], reason: 'not yet judged: 0 reviews since the baseline (drift is judged after 2)' });
      // Nor does an area's trend: its grades are the timeline's, but one day's make no course.
      expect(report.trends['physical']).toEqual({ grades: first === original ? [3, 2] : [2, 3], trend: 'insufficient', change: { from: null, to: null, change: null, direction: null } });
    }
    // compareAssessments still compares two records of one day, when asked by name.
    const [a, b] = [gcp2At('S-a', '2025-03-30', all(3)), gcp2At('S-b', '2025-03-30', all(2))] as unknown as Assessment[];
    expect(compareAssessments(a as Assessment, b as Assessment).needs['medical']).toEqual({ from: 3, to: 2, change: -1, direction: 'improved' });
  });

  it('gives an area a trend once its grades span two days: one day alone makes none, a later day does', () => {
    // Every sub-area 4, and 5, on 2025-03-30 (both concern: trackProgress takes them), then 5 on 2025-06-30.
    const day = [gcp2At('S-a', '2025-03-30', all(4)), gcp2At('S-b', '2025-03-30', all(5))];
    expect(trackProgress(day as unknown as Assessment[]).trends['safety']).toMatchObject({ grades: [4, 5], trend: 'insufficient' });
    const later = [...day, gcp2At('S-c', '2025-06-30', all(5))];
    expect(trackProgress(later as unknown as Assessment[]).trends['safety']).toEqual({ grades: [4, 5, 5], trend: 'deteriorating', change: { from: 4, to: 5, change: 1, direction: 'deteriorated' } });
  });

  it('counts a review per day: a corrected review on the same day is not a second review', () => {
    // Baseline 2025-01-06 at 4; review 2025-04-07 at 4, corrected the same day (still 4).
    const corrected = [gcp2At('B1', '2025-01-06', all(4)), gcp2At('B2', '2025-04-07', all(4)), gcp2At('B2-fix', '2025-04-07', all(4))] as unknown as Assessment[];
    expect(trackProgress(corrected).drift).toEqual({ drifting: false, reviews: 1, driftReviews: 2, improvedSinceBaseline: [], reason: 'not yet judged: 1 review since the baseline (drift is judged after 2)' });
    // A second review day makes two, and the child drifts.
    const twice = [...corrected, gcp2At('B3', '2025-07-07', all(4))] as unknown as Assessment[];
    expect(trackProgress(twice).drift).toMatchObject({ drifting: true, reviews: 2, reason: 'no need type has improved in 2 reviews since the baseline (threshold 2)' });
    // Two records of the baseline's day are one baseline visit: one review after it.
    const baselineDay = [gcp2At('B0', '2025-01-06', all(4)), gcp2At('B1', '2025-01-06', all(4)), gcp2At('B2', '2025-04-07', all(4))] as unknown as Assessment[];
    expect(trackProgress(baselineDay).drift).toMatchObject({ drifting: false, reviews: 1 });
    expect(trackProgress(baselineDay).change?.daysBetween).toBe(91);
  });

  it('counts days across clock changes as calendar days (UK 2025-03-30, São Paulo 2018-11-04)', () => {
    const uk = trackProgress([gcp2At('U1', '2025-03-29', all(3)), gcp2At('U2', '2025-03-31', all(3))] as unknown as Assessment[]);
    expect(uk.timeline[1]?.daysSincePrevious).toBe(2);
    const brazil = trackProgress([gcp2At('P1', '2018-11-03', all(3)), gcp2At('P2', '2018-11-05', all(3)), gcp2At('P3', '2019-02-18', all(3))] as unknown as Assessment[]);
    expect(brazil.timeline.map((t) => t.daysSincePrevious)).toEqual([null, 2, 105]);
  });

  it('handles a history of one', () => {
    const report = trackProgress([A1] as unknown as Assessment[], { asOf: '2024-02-28' });
    expect(report.change).toBeNull();
    expect(report.timeline).toHaveLength(1);
    expect(report.trends['physical']).toEqual({ grades: [3], trend: 'insufficient', change: { from: null, to: null, change: null, direction: null } });
    expect(report.persistence['nutritional']).toMatchObject({ atConcernInLatest: true, persistent: false, since: '2024-02-28', spanDays: 0 });
    expect(report.drift).toMatchObject({ drifting: false, reviews: 0, reason: 'not yet judged: 0 reviews since the baseline (drift is judged after 2)' });
  });

  it('is persistent at 90 days and not at 89', () => {
    const at = (days: number) => {
      const later = new Date(Date.UTC(2025, 0, 6) + days * 86_400_000).toISOString().slice(0, 10);
      return trackProgress([gcp2At('P1', '2025-01-06', all(4)), gcp2At('P2', later, all(4))] as unknown as Assessment[]).persistence['medical']?.persistent;
    };
    expect([at(89), at(90)]).toEqual([false, true]);
  });

  it('lets a met assessment between break persistence', () => {
    const broken = [gcp2At('Q1', '2025-01-06', all(4)), gcp2At('Q2', '2025-03-03', all(2)), gcp2At('Q3', '2025-06-02', all(4))] as unknown as Assessment[];
    expect(trackProgress(broken).persistence['medical']).toMatchObject({ persistent: false, since: '2025-06-02', evidence: [{ assessmentId: 'Q3' }] });
  });

  it('refuses a met and a concern assessment on one day that persistence would choose between by id, as placement does', () => {
    const walk = (concernId: string, metId: string) => () =>
      trackProgress([gcp2At(concernId, '2025-01-06', all(4)), gcp2At(metId, '2025-01-06', all(2)), gcp2At('Z', '2025-06-02', all(4))] as unknown as Assessment[]);
    // Walked in id order, the met one sorting later would end the run; the concern one, extend it to 147 days.
    expect(walk('A', 'B')).toThrow(
      new OperationError('same-day-conflict', 'trackProgress: A and B, both on 2025-01-06, disagree on medical (concern and met); persistence will not choose between them — date them apart or record one assessment'),
    );
    expect(walk('B', 'A')).toThrow(/^trackProgress: A and B, both on 2025-01-06, disagree on medical \(met and concern\)/);
    // A same-day pair that agrees, or that the walk does not reach, is tracked.
    const agreeing = [gcp2At('A', '2025-01-06', all(4)), gcp2At('B', '2025-01-06', all(4)), gcp2At('Z', '2025-06-02', all(4))] as unknown as Assessment[];
    expect(trackProgress(agreeing).persistence['medical']).toMatchObject({ persistent: true, spanDays: 147 });
    const beyond = [gcp2At('A', '2025-01-06', all(4)), gcp2At('B', '2025-01-06', all(2)), gcp2At('M', '2025-03-03', all(2)), gcp2At('Z', '2025-06-02', all(4))] as unknown as Assessment[];
    expect(trackProgress(beyond).persistence['medical']).toMatchObject({ persistent: false, since: '2025-06-02' });
    // A need not at concern in the latest assessment has no walk to decide.
    const quiet = [gcp2At('A', '2025-01-06', all(4)), gcp2At('B', '2025-01-06', all(2)), gcp2At('Z', '2025-06-02', all(2))] as unknown as Assessment[];
    expect(trackProgress(quiet).persistence['medical']).toMatchObject({ atConcernInLatest: false });
  });

  it('refuses two latest assessments of one day that disagree on a need at concern, whichever id sorts last', () => {
    const latestDay = (metId: string, concernId: string) => () =>
      trackProgress([gcp2At('E0', '2025-01-01', all(4)), gcp2At(metId, '2025-06-01', all(2)), gcp2At(concernId, '2025-06-01', all(4))] as unknown as Assessment[]);
    // Either way round the need would be at concern in "the latest" or not by id alone.
    expect(latestDay('A', 'B')).toThrow('trackProgress: A and B, both on 2025-06-01, disagree on medical (met and concern); persistence will not choose between them — date them apart or record one assessment');
    expect(latestDay('B', 'A')).toThrow('trackProgress: A and B, both on 2025-06-01, disagree on medical (concern and met); persistence will not choose between them — date them apart or record one assessment');
    // Met beside borderline decides nothing about persistence; agreeing latest assessments neither.
    const calm = [gcp2At('E0', '2025-01-01', all(4)), gcp2At('A', '2025-06-01', all(2)), gcp2At('B', '2025-06-01', all(3))] as unknown as Assessment[];
    expect(trackProgress(calm).persistence['medical']).toMatchObject({ atConcernInLatest: false });
    const agreeing = [gcp2At('E0', '2025-01-01', all(4)), gcp2At('A', '2025-06-01', all(4)), gcp2At('B', '2025-06-01', all(5))] as unknown as Assessment[];
    expect(trackProgress(agreeing).persistence['medical']).toMatchObject({ persistent: true, spanDays: 151 });
    // Concern beside borderline, or beside nothing assessed, is refused too (no met one to end a walk).
    const beside = (other: Record<string, unknown>) => () =>
      trackProgress([gcp2At('E0', '2025-01-01', all(4)), gcp2At('A', '2025-06-01', other), gcp2At('B', '2025-06-01', all(4))] as unknown as Assessment[]);
    expect(beside(all(3))).toThrow(/^trackProgress: A and B, both on 2025-06-01, disagree on medical \(borderline and concern\)/);
    expect(beside({})).toThrow(/^trackProgress: A and B, both on 2025-06-01, disagree on medical \(not assessed and concern\)/);
    // The first assessment of the history is read too.
    expect(() => trackProgress([gcp2At('A', '2025-06-01', all(3)), gcp2At('B', '2025-06-01', all(4))] as unknown as Assessment[])).toThrow(/^trackProgress: A and B, both on 2025-06-01, disagree on medical \(borderline and concern\)/);
  });
});

describe('trackProgress: a Star history', () => {
  it('tracks readings, stages and trends', () => {
    const readings = [starAt('R2', '2025-03-31', { 'physical-health': 5, 'family-routine': 5, 'your-wellbeing': 'not-scored' }), starAt('R1', '2025-03-29', { 'physical-health': 3, 'family-routine': 5, 'your-wellbeing': 4 })] as unknown as Assessment[];
    const report = trackProgress(readings, { asOf: '2025-04-01' });
    expect(report.family).toBe('star');
    expect(report.timeline.map((t) => t.assessmentId)).toEqual(['R1', 'R2']);
    expect(report.trends['physical-health']).toEqual({ grades: [3, 5], trend: 'improving', change: { from: 3, to: 5, change: 2, direction: 'improved' } });
    expect(report.trends['family-routine']?.trend).toBe('stable');
    expect(report.trends['your-wellbeing']).toMatchObject({ grades: [4, null], trend: 'insufficient' });
    expect(report.change?.areas['physical-health']).toEqual({ from: 3, to: 5, change: 2, direction: 'improved', fromStage: 'accepting-help', toStage: 'trying', stageMove: 1 });
    expect(report.persistence).toEqual({});
    expect(report.drift).toMatchObject({ drifting: false, reviews: 1, improvedSinceBaseline: ['physical-health'] });
  });
});

describe('trackProgress refuses what it cannot track', () => {
  it('refuses mixed children, mixed instruments, duplicate ids, an empty history and bad options', () => {
    expect(() => trackProgress([A1, gcp2At('X', '2024-05-01', all(2), { id: 'C-2' })] as unknown as Assessment[])).toThrow(/mixed|children "C-1" and "C-2"/);
    expect(() => trackProgress([A1, starAt('S', '2024-05-01', {}, { id: 'C-1' })] as unknown as Assessment[])).toThrow(OperationError);
    expect(() => trackProgress([A1, { ...A2, id: 'A1' }] as unknown as Assessment[])).toThrow(AssessmentError);
    expect(() => trackProgress([])).toThrow(/empty/);
    expect(() => trackProgress(history, { asOf: '2024-06-09' })).toThrow(/asOf 2024-06-09 is before the latest assessment \(A3, 2024-06-10\)/);
    expect(() => trackProgress(history, { asOf: '2024-02-30' })).toThrow(OptionsError);
    expect(() => trackProgress(history, { driftReviews: 0 })).toThrow(OptionsError);
  });

  it('names the bad element of a history by its index', () => {
    try {
      trackProgress([A1, { ...A2, assessedOn: '2024-02-30' }] as unknown as Assessment[]);
      expect.unreachable();
    } catch (error) {
      expect((error as AssessmentError).issues[0]?.path).toEqual([1, 'assessedOn']);
    }
  });

  it('accepts parsed and raw assessments together', () => {
    expect(trackProgress([parseAssessment(A1), A2] as unknown as Assessment[]).timeline).toHaveLength(2);
  });
});
