import { describe, expect, it } from 'vitest';
import { AssessmentError, compareAssessments, placeOnContinuum, defineInstrument, distanceTravelled, getInstrument, OperationError, OptionsError, parseAssessment, referencePolicy, trackProgress, type Assessment } from '../../src/index.js';
import { gradeChange, stageChange } from '../../src/progress/change.js';
import { trendOf } from '../../src/progress/trend.js';
import { type NeedCourse, NOT_AT_CONCERN, persistenceOf, sameDayTie } from '../../src/progress/persistence.js';
import { planFor } from '../../src/score/plan.js';
import { all, gcp2At, starAt } from '../support/history.js';
import { catchError } from '../support/errors.js';
import { LAST_WRITABLE_DAY } from '../../src/progress/history.js';
import { epochDay } from '../../src/internal/calendar.js';

const as = (items: Record<string, unknown>[]) => items as unknown as Assessment[];

/** A Star-like instrument whose readings run the other way: 1 best, 6 worst. */
const reversedStar = defineInstrument({
  id: 'reversed-star', edition: '1', title: 'Reversed', family: 'star', direction: 'lower-is-better', scale: { min: 1, max: 6 },
  areas: [{ id: 'routine', title: 'Routine' }, { id: 'money', title: 'Money' }],
  stages: [{ id: 'thriving', title: 'Thriving', min: 1, max: 2 }, { id: 'trying', title: 'Trying', min: 3, max: 4 }, { id: 'stuck', title: 'Stuck', min: 5, max: 6 }],
});
const reversed = (id: string, on: string, ratings: Record<string, unknown>, child = 'F-1') =>
  parseAssessment({ schemaVersion: 1, id, instrument: 'reversed-star', child: { id: child }, assessedOn: on, ratings }, { instruments: [reversedStar] });

/** A date for each of `count` assessments, each of its own day. */
const daysApart = (count: number) => Array.from({ length: count }, (_, i) => `2025-01-${String(i + 1).padStart(2, '0')}`);

describe('trends', () => {
  it.each([
    [[3, 2, 2], true, 'improving'],
    [[2, 3, 4], true, 'deteriorating'],
    [[3, 2, 4], true, 'mixed'],
    [[3, null, 3], true, 'stable'],
    [[null, 4, null], true, 'insufficient'],
    [[2, 5], false, 'improving'],
    [[5, 2], false, 'deteriorating'],
  ] as const)('%j (lower is better: %s) is %s', (grades, lowerIsBetter, trend) => {
    expect(trendOf(grades, lowerIsBetter, daysApart(grades.length)).trend).toBe(trend);
  });

  it('measures change from the first graded to the last graded, skipping gaps', () => {
    expect(trendOf([null, 4, null, 2, null], true, daysApart(5)).change).toEqual({ from: 4, to: 2, change: -2, direction: 'improved' });
  });

  it('finds no course in grades of one day, whatever lies between (a later day brings one)', () => {
    const days = ['2025-01-06', '2025-01-06', '2025-01-06', '2025-04-07'];
    expect(trendOf([4, 3, 2, null], true, days)).toEqual({ grades: [4, 3, 2, null], trend: 'insufficient', change: { from: null, to: null, change: null, direction: null } });
    expect(trendOf([4, null, null, 2], true, days)).toMatchObject({ trend: 'improving', change: { from: 4, to: 2, direction: 'improved' } });
  });
});

describe('changes', () => {
  it('say which way a grade moved, or nothing without both grades', () => {
    expect(gradeChange(4, 2, true)).toEqual({ from: 4, to: 2, change: -2, direction: 'improved' });
    expect(gradeChange(4, 2, false)).toEqual({ from: 4, to: 2, change: -2, direction: 'deteriorated' });
    expect(gradeChange(2, 2, false)).toEqual({ from: 2, to: 2, change: 0, direction: 'unchanged' });
    expect(gradeChange(null, 2, true)).toEqual({ from: null, to: 2, change: null, direction: null });
    expect(gradeChange(3, null, true)).toEqual({ from: 3, to: null, change: null, direction: null });
  });

  it('share one frozen change per pair of small grades and direction, and build the rest', () => {
    // Shared: the same object each time, frozen so no caller can change another's result.
    expect(gradeChange(4, 2, true)).toBe(gradeChange(4, 2, true));
    expect(Object.isFrozen(gradeChange(0, 15, false))).toBe(true);
    expect(gradeChange(0, 15, false)).toEqual({ from: 0, to: 15, change: 15, direction: 'improved' });
    expect(gradeChange(15, 0, true)).toEqual({ from: 15, to: 0, change: -15, direction: 'improved' });
    // Either direction keeps its own table: the first call must not decide the second.
    expect(gradeChange(1, 5, false).direction).toBe('improved');
    expect(gradeChange(1, 5, true).direction).toBe('deteriorated');
    // Off the shared range (a local scale up to 20, or below 0): a fresh, correct change.
    expect(gradeChange(16, 20, false)).toEqual({ from: 16, to: 20, change: 4, direction: 'improved' });
    expect(gradeChange(16, 20, false)).not.toBe(gradeChange(16, 20, false));
    expect(gradeChange(null, 3, true)).toEqual({ from: null, to: 3, change: null, direction: null });
    expect(gradeChange(-1, 3, true)).toEqual({ from: -1, to: 3, change: 4, direction: 'deteriorated' });
    expect(gradeChange(null, 20, true)).toEqual({ from: null, to: 20, change: null, direction: null });
    // One side off the range is enough for a fresh object; none shared for it.
    expect(gradeChange(16, 3, false)).toEqual({ from: 16, to: 3, change: -13, direction: 'deteriorated' });
    expect(gradeChange(16, 3, false)).not.toBe(gradeChange(16, 3, false));
    expect(gradeChange(3, 16, true)).toEqual({ from: 3, to: 16, change: 13, direction: 'deteriorated' });
    expect(gradeChange(3, 16, true)).not.toBe(gradeChange(3, 16, true));
    // No grade on either side is in the range, and shared too.
    expect(gradeChange(null, 2, true)).toBe(gradeChange(null, 2, true));
    expect(gradeChange(2, null, true)).toBe(gradeChange(2, null, true));
  });

  it('give every pair of grades its own change, shared or not (no two pairs collide)', () => {
    // The expected change is worked from the definition: to − from, better by the direction.
    const grades = [null, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];
    for (const lowerIsBetter of [false, true]) {
      for (const from of grades) {
        for (const to of grades) {
          const both = from !== null && to !== null;
          const direction = !both ? null : from === to ? 'unchanged' : (to < from) === lowerIsBetter ? 'improved' : 'deteriorated';
          expect(gradeChange(from, to, lowerIsBetter), `${from} → ${to}, lower is better: ${lowerIsBetter}`).toEqual({ from, to, change: both ? to - from : null, direction });
        }
      }
    }
  });

  it('move stages toward the better end, whichever way a Star runs', () => {
    expect(stageChange(reversedStar, 6, 2)).toEqual({ from: 6, to: 2, change: -4, direction: 'improved', fromStage: 'stuck', toStage: 'thriving', stageMove: 2 });
    expect(stageChange(getInstrument('family-star-plus'), 9, 2)).toMatchObject({ direction: 'deteriorated', stageMove: -4 });
    expect(stageChange(reversedStar, null, 2)).toMatchObject({ fromStage: null, toStage: 'thriving', stageMove: null });
    expect(stageChange(reversedStar, 5, null)).toMatchObject({ fromStage: 'stuck', toStage: null, stageMove: null });
    expect(stageChange(reversedStar, 3, 4)).toMatchObject({ direction: 'deteriorated', fromStage: 'trying', toStage: 'trying', stageMove: 0 });
  });
});

describe('drift, in words', () => {
  it('after one review, and for a Star with room to improve', () => {
    const one = trackProgress(as([gcp2At('A', '2025-01-06', all(4)), gcp2At('B', '2025-04-07', all(4))]), { driftReviews: 1 });
    expect(one.drift).toEqual({ drifting: true, reviews: 1, driftReviews: 1, improvedSinceBaseline: [], reason: 'no need type has improved in 1 review since the baseline (threshold 1)' });
    const stuck = trackProgress(as([starAt('S1', '2025-01-06', { 'family-routine': 3 }), starAt('S2', '2025-04-07', { 'family-routine': 3 }), starAt('S3', '2025-07-07', { 'family-routine': 2 })]));
    expect(stuck.drift).toMatchObject({ drifting: true, reason: 'no Star area has improved in 2 reviews since the baseline (threshold 2)' });
    const notYet = trackProgress(as([starAt('S1', '2025-01-06', { 'family-routine': 3 }), starAt('S2', '2025-04-07', { 'family-routine': 3 })]));
    expect(notYet.drift.reason).toBe('not yet judged: 1 review since the baseline (drift is judged after 2)');
  });

  it('never for a Star whose every area was at the top at baseline', () => {
    const top = trackProgress(as([starAt('S1', '2025-01-06', { 'family-routine': 10 }), starAt('S2', '2025-04-07', { 'family-routine': 10 }), starAt('S3', '2025-07-07', { 'family-routine': 10 })]));
    const others = 'physical-health, your-wellbeing, meeting-emotional-needs, keeping-children-safe, social-networks, education-and-learning, boundaries-and-behaviour, home-and-money, progress-to-work';
    expect(top.drift).toMatchObject({ drifting: false, reason: `nothing to improve: every area rated at baseline was at the top of the scale (not assessed then: ${others})` });
    const every = Object.fromEntries(getInstrument('family-star-plus').areas.map((area) => [area.id, 10]));
    const full = trackProgress(as([starAt('S1', '2025-01-06', every), starAt('S2', '2025-04-07', every), starAt('S3', '2025-07-07', every)]));
    expect(full.drift).toMatchObject({ drifting: false, reason: 'nothing to improve: every area was at the top of the scale at baseline' });
  });

  it('never calls met what was not assessed at baseline', () => {
    // Nothing rated at baseline, then nutrition at concern twice: nothing to compare with.
    const blank = trackProgress(as([gcp2At('A', '2025-01-06', {}), gcp2At('B', '2025-04-02', { 'physical.nutrition': 5 }), gcp2At('C', '2025-07-02', { 'physical.nutrition': 5 })]));
    expect(blank.drift).toMatchObject({ drifting: false, improvedSinceBaseline: [], reason: 'nothing to compare: no need type was assessed at baseline' });
    // Nutrition met at baseline, the rest not assessed then, and met at the latest too.
    const partial = trackProgress(as([gcp2At('A', '2025-01-06', { 'physical.nutrition': 1 }), gcp2At('B', '2025-04-02', all(4)), gcp2At('C', '2025-07-02', all(2))]));
    expect(partial.drift).toMatchObject({ drifting: false, reason: 'nothing to improve: every need type assessed at baseline was met (not assessed then: medical, emotional, physical, supervisory)' });
    // At concern since (nutrition 1 → 4): something to improve, nothing improved in two reviews.
    const fallen = trackProgress(as([gcp2At('A', '2025-01-06', { 'physical.nutrition': 1 }), gcp2At('B', '2025-04-02', all(4)), gcp2At('C', '2025-07-02', all(4))]));
    // The other need types, at concern now, were first assessed after the baseline: the reason says so.
    expect(fallen.drift).toMatchObject({
      drifting: true,
      reason: 'no need type has improved in 2 reviews since the baseline (threshold 2); first assessed after the baseline: medical, emotional, physical, supervisory',
    });
  });

  it('tells a concern first seen after the baseline from one that got worse', () => {
    // Nutrition borderline throughout; supervision not assessed at baseline, at concern since.
    const seen = [gcp2At('A', '2025-01-06', { 'physical.nutrition': 3 }), gcp2At('B', '2025-04-07', { 'physical.nutrition': 3, 'safety.home': 4 }), gcp2At('C', '2025-07-07', { 'physical.nutrition': 3, 'safety.home': 4 })];
    expect(trackProgress(as(seen)).drift).toMatchObject({
      drifting: true,
      reason: 'no need type has improved in 2 reviews since the baseline (threshold 2); first assessed after the baseline: supervisory',
    });
    expect(trackProgress(as(seen.slice(0, 2))).drift.reason).toBe('not yet judged: 1 review since the baseline (drift is judged after 2); first assessed after the baseline: supervisory');
    // Supervision at 2 at baseline and 4 since: it got worse, and the reason names nothing first seen.
    const worse = [gcp2At('A', '2025-01-06', { 'physical.nutrition': 3, 'safety.home': 2 }), ...seen.slice(1)];
    expect(trackProgress(as(worse)).drift.reason).toBe('no need type has improved in 2 reviews since the baseline (threshold 2)');
  });

  it('never calls drifting a child of whom nothing assessed at baseline was assessed in the latest', () => {
    // Nutrition at concern at baseline, then only supervision (met) assessed: nothing to compare, not "no improvement".
    const history = [gcp2At('A', '2025-01-06', { 'physical.nutrition': 4 }), gcp2At('B', '2025-04-07', { 'safety.home': 2 }), gcp2At('C', '2025-07-07', { 'safety.home': 2 })];
    expect(trackProgress(as(history)).drift).toEqual({
      drifting: false,
      reviews: 2,
      driftReviews: 2,
      improvedSinceBaseline: [],
      reason: 'nothing to compare: no need type assessed at baseline (nutritional) was assessed in the latest',
    });
    // A Star likewise.
    const star = trackProgress(as([starAt('S1', '2025-01-06', { 'family-routine': 3 }), starAt('S2', '2025-04-07', { 'home-and-money': 3 }), starAt('S3', '2025-07-07', { 'home-and-money': 3 })]));
    expect(star.drift).toMatchObject({ drifting: false, reason: 'nothing to compare: no Star area rated at baseline (family-routine) was rated in the latest' });
  });

  it('calls a child met at baseline and at concern since drifting: no improvement, and now something to improve', () => {
    // Nutrition met → concern → concern (2, 4, 5); every other sub-area met throughout.
    const fallen = as([gcp2At('A', '2025-01-06', all(2)), gcp2At('B', '2025-04-07', all(2, { 'physical.nutrition': 4 })), gcp2At('C', '2025-07-07', all(2, { 'physical.nutrition': 5 }))]);
    expect(trackProgress(fallen).drift).toEqual({ drifting: true, reviews: 2, driftReviews: 2, improvedSinceBaseline: [], reason: 'no need type has improved in 2 reviews since the baseline (threshold 2)' });
    // Met → concern → met: nothing to improve at either end, so no drift.
    const recovered = as([gcp2At('A', '2025-01-06', all(2)), gcp2At('B', '2025-04-07', all(2, { 'physical.nutrition': 4 })), gcp2At('C', '2025-07-07', all(2))]);
    expect(trackProgress(recovered).drift).toMatchObject({ drifting: false, reason: 'nothing to improve: every need type was met at baseline' });
    // A Star at the top at baseline and lower since drifts the same way.
    const starFallen = trackProgress([reversed('R1', '2025-01-06', { routine: 1 }), reversed('R2', '2025-04-07', { routine: 3 }), reversed('R3', '2025-07-07', { routine: 3 })]);
    expect(starFallen.drift).toMatchObject({ drifting: true, reason: 'no Star area has improved in 2 reviews since the baseline (threshold 2)' });
  });

  it('judges a reversed Star by its own top (1)', () => {
    const top = trackProgress([reversed('R1', '2025-01-06', { routine: 1 }), reversed('R2', '2025-04-07', { routine: 1 }), reversed('R3', '2025-07-07', { routine: 1 })]);
    expect(top.drift.drifting).toBe(false);
    const better = trackProgress([reversed('R1', '2025-01-06', { routine: 5 }), reversed('R2', '2025-04-07', { routine: 2 })]);
    expect(better.drift.improvedSinceBaseline).toEqual(['routine']);
  });
});

describe('refusals name what was wrong', () => {
  const refusal = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return [(error as Error).constructor.name, (error as OperationError).code ?? null, (error as Error).message];
    }
    return ['accepted'];
  };
  it.each([
    [() => trackProgress('history' as never), 'AssessmentError', null, 'Invalid assessment: (input): expected an array of assessments of one child, received the string "history"'],
    [() => trackProgress([]), 'OperationError', 'empty-history', 'trackProgress: the history is empty; expected at least one assessment'],
    // A hole in a sparse array is an assessment missing at that index, not one to skip.
    [() => trackProgress(as([gcp2At('A', '2025-01-06', all(2)), , gcp2At('B', '2025-02-06', all(2))] as never)), 'AssessmentError', null, 'Invalid assessment: [1]: expected an assessment object, received nothing (a hole in the array)'],
    [() => trackProgress(as([gcp2At('A', '2025-01-06', all(2)), gcp2At('A', '2025-02-06', all(2))])), 'AssessmentError', null, 'Invalid assessment: [1].id: expected an id no other assessment in the history has (item 0 has it), received the string "A"'],
    [() => trackProgress(as([gcp2At('A', '2025-01-06', all(2)), gcp2At('B', '2025-02-06', all(2), { id: 'C-2' })])), 'OperationError', 'mixed-children', 'trackProgress: a history is one child\'s; found children "C-1" and "C-2"'],
    [() => trackProgress(as([gcp2At('A', '2025-01-06', all(2)), starAt('S', '2025-02-06', {}, { id: 'C-1' })])), 'OperationError', 'mixed-instruments', 'trackProgress: a history is one instrument\'s; found gcp2@2 and family-star-plus@1'],
    [() => trackProgress(as([gcp2At('A', '2025-01-06', all(2))]), { asOf: '2025-01-05' }), 'OperationError', 'as-of-before-latest', 'trackProgress: asOf 2025-01-05 is before the latest assessment (A, 2025-01-06)'],
    [() => trackProgress(as([gcp2At('A', '2025-01-06', all(2))]), { reviewIntervalDays: 1.5, persistenceDays: 0 }), 'OptionsError', null, 'Invalid options: reviewIntervalDays: expected a whole number from 1 to 3650, received the number 1.5 (and 1 more issue)'],
    [() => compareAssessments(gcp2At('A', '2025-01-06', all(2)) as never, gcp2At('B', '2025-02-06', all(2), { id: 'C-2' }) as never), 'OperationError', 'mixed-children', 'compareAssessments: the assessments are of different children ("C-1" and "C-2")'],
    [() => distanceTravelled([as([gcp2At('A', '2025-01-06', all(2))])]), 'OperationError', 'not-a-star', 'distanceTravelled: expected Star readings; gcp2 is a GCP-family instrument (use trackProgress)'],
    [() => distanceTravelled([as([starAt('S', '2025-01-06', { x: 1 })])]), 'AssessmentError', null, 'Invalid assessment: [0][0].ratings.x: expected a Star area id of family-star-plus, received the unknown key "x"'],
    [() => distanceTravelled([as([starAt('S', '2025-01-06', {})]), []]), 'OperationError', 'empty-history', 'distanceTravelled: histories[1]: the history is empty; expected at least one assessment'],
    [() => distanceTravelled([], { baseline: 'best' as never }), 'OptionsError', null, 'Invalid options: baseline: expected one of first, lower-of-first-two, received the string "best"'],
    [() => distanceTravelled({} as never), 'OperationError', 'empty-history', 'distanceTravelled: expected an array with at least one history (an array of Star readings per family)'],
  ])('%#', (fn, kind, code, message) => {
    expect(refusal(fn)).toEqual([kind, code, message]);
  });

  it('puts a history’s index, then the assessment’s, at the head of a distanceTravelled path', () => {
    try {
      distanceTravelled([as([starAt('S', '2025-01-06', {})]), as([starAt('T', '2025-02-30', {})])]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AssessmentError);
      expect((error as AssessmentError).issues[0]?.path).toEqual([1, 0, 'assessedOn']);
    }
  });

  it('refuses options that are not an options object', () => {
    expect(() => trackProgress(as([gcp2At('A', '2025-01-06', all(2))]), null as never)).toThrow(OptionsError);
  });
});

describe('distance travelled on a Star that runs the other way', () => {
  it('takes the worse (higher) of the first two readings, and counts a fall as forward', () => {
    const families = [
      [reversed('A1', '2025-01-06', { routine: 3 }), reversed('A2', '2025-04-07', { routine: 5 }), reversed('A3', '2025-07-07', { routine: 2 })],
      [reversed('B1', '2025-01-06', { routine: 2 }, 'F-2'), reversed('B2', '2025-04-07', { routine: 4 }, 'F-2')],
    ];
    // first: A 3 → 2 (forward, −1), B 2 → 4 (back, +2). lower-of-first-two (the worse): A 5 → 2, B 4 → 4.
    expect(distanceTravelled(families).areas['routine']).toMatchObject({ measured: 2, averageChange: 0.5, averageIncrease: 2, averageDecrease: -1, forward: { count: 1, percent: 50 }, back: { count: 1, percent: 50 } });
    expect(distanceTravelled(families, { baseline: 'lower-of-first-two' }).areas['routine']).toMatchObject({
      averageBaseline: 4.5, averageChange: -1.5, forward: { count: 1 }, same: { count: 1 }, back: { count: 0 },
      stagesAtBaseline: { thriving: 0, trying: 1, stuck: 1 }, stagesAtLatest: { thriving: 1, trying: 1, stuck: 0 },
    });
  });
});

describe('more of track and compare, pinned', () => {
  it('does not count a need assessed at baseline but not at the latest as improved', () => {
    const report = trackProgress(as([gcp2At('A', '2025-01-06', { 'physical.nutrition': 4, 'physical.health': 4 }), gcp2At('B', '2025-04-07', { 'physical.nutrition': 'not-scored', 'physical.health': 4 }), gcp2At('C', '2025-07-07', { 'physical.nutrition': 'not-scored', 'physical.health': 4 })]));
    expect(report.drift).toMatchObject({ drifting: true, improvedSinceBaseline: [] });
  });

  it('sees room to improve in a baseline that is borderline only', () => {
    const borderline = trackProgress(as([gcp2At('A', '2025-01-06', all(2, { 'physical.hygiene': 3 })), gcp2At('B', '2025-04-07', all(2, { 'physical.hygiene': 3 })), gcp2At('C', '2025-07-07', all(2, { 'physical.hygiene': 3 }))]));
    expect(borderline.drift.drifting).toBe(true);
  });

  it('keeps each assessment’s kind on the timeline, null where none was given', () => {
    const report = trackProgress(as([{ ...gcp2At('A', '2025-01-06', all(2)), kind: 'baseline' }, gcp2At('B', '2025-04-07', all(2))]));
    expect(report.timeline.map((t) => t.kind)).toEqual(['baseline', null]);
  });

  it('names each bad option by its own name', () => {
    const history = as([gcp2At('A', '2025-01-06', all(2))]);
    const paths = (options: object) => {
      try {
        trackProgress(history, options);
      } catch (error) {
        return (error as OptionsError).issues.map((i) => i.path.join('.'));
      }
      return [];
    };
    expect(paths({ asOf: 'x', driftReviews: 0, reviewIntervalDays: 0, persistenceDays: 0 })).toEqual(['asOf', 'driftReviews', 'reviewIntervalDays', 'persistenceDays']);
  });

  it('caps intervals at ten years and refuses a review date past the year 9999', () => {
    const late = as([gcp2At('A', '9999-12-01', all(2))]);
    expect(() => trackProgress(late, { reviewIntervalDays: 9e15 })).toThrow('Invalid options: reviewIntervalDays: expected a whole number from 1 to 3650, received the number 9000000000000000');
    expect(() => trackProgress(late, { asOf: '9999-12-31' })).toThrow(/^trackProgress: the next review, 90 days after A \(9999-12-01\), would fall after 9999-12-31/);
    expect(placeOnContinuum(late, { asOf: '9999-12-31' })).toMatchObject({ nextReviewDue: null, overdue: false });
    expect(() => placeOnContinuum(as([gcp2At('A', '9999-12-01', all(2, { 'physical.hygiene': 4 }))]), { asOf: '9999-12-31' })).toThrow(/^placeOnContinuum: the next review/);
  });

  it('compares grade 0 on a scale that starts at 0', () => {
    const zero = defineInstrument({ id: 'zero', edition: '1', title: 'Zero', family: 'gcp', direction: 'lower-is-better', scale: { min: 0, max: 4 }, areas: [{ id: 'care', title: 'Care', subAreas: [{ id: 'food', title: 'Food' }] }] });
    const at = (id: string, on: string, grade: number) => parseAssessment({ schemaVersion: 1, id, instrument: 'zero', child: { id: 'C' }, assessedOn: on, ratings: { 'care.food': grade } }, { instruments: [zero] });
    expect(compareAssessments(at('A', '2025-01-01', 2), at('B', '2025-02-01', 0)).subAreas['care.food']).toEqual({ from: 2, to: 0, change: -2, direction: 'improved' });
  });

  it('names mixed instruments in compareAssessments', () => {
    try {
      compareAssessments(gcp2At('A', '2025-01-06', all(2)) as never, starAt('S', '2025-02-06', {}, { id: 'C-1' }) as never);
      expect.unreachable();
    } catch (error) {
      expect([(error as OperationError).code, (error as Error).message]).toEqual(['mixed-instruments', 'compareAssessments: the assessments use different instruments (gcp2@2 and family-star-plus@1)']);
    }
  });

  it('names mixed Star editions in distanceTravelled by code', () => {
    const edition2 = defineInstrument({ ...getInstrument('family-star-plus'), edition: '2' });
    const other = [parseAssessment(starAt('E2', '2025-01-01', { 'family-routine': 3 }, { id: 'E' }), { instruments: [edition2] })];
    try {
      distanceTravelled([as([starAt('S', '2025-01-06', { 'family-routine': 3 })]), other]);
      expect.unreachable();
    } catch (error) {
      expect((error as OperationError).code).toBe('mixed-instruments');
    }
  });
});

describe('the shape of progress results', () => {
  const GCP2 = getInstrument('gcp2');
  const NEED_TYPES = ['medical', 'nutritional', 'emotional', 'physical', 'supervisory'];

  it('key a comparison by exactly the instrument’s sub-areas, areas and need types', () => {
    const c = compareAssessments(gcp2At('A', '2025-01-06', all(2)) as never, gcp2At('B', '2025-04-07', all(3)) as never);
    expect(Object.keys(c.subAreas)).toEqual(GCP2.areas.flatMap((a) => a.subAreas.map((sub) => sub.id)));
    expect(Object.keys(c.areas)).toEqual(GCP2.areas.map((a) => a.id));
    expect(Object.keys(c.needs)).toEqual(NEED_TYPES);
    const star = compareAssessments(starAt('S', '2025-01-06', { 'home-and-money': 3 }) as never, starAt('T', '2025-04-07', { 'home-and-money': 5 }) as never);
    expect(Object.keys(star.areas)).toEqual(getInstrument('family-star-plus').areas.map((a) => a.id));
    expect(star.needs).toEqual({});
  });

  it('key a progress report’s persistence by exactly the need types, and its trends by the areas', () => {
    const report = trackProgress(as([gcp2At('A', '2025-01-06', all(2, { 'physical.nutrition': 4 })), gcp2At('B', '2025-04-07', all(2, { 'physical.nutrition': 5 }))]));
    expect(Object.keys(report.persistence)).toEqual(NEED_TYPES);
    expect(Object.keys(report.trends)).toEqual(GCP2.areas.map((a) => a.id));
    for (const entry of report.timeline) {
      expect(Object.keys(entry.areas)).toEqual(GCP2.areas.map((a) => a.id));
      expect(Object.keys(entry.needs)).toEqual(NEED_TYPES);
    }
    // A need type not at concern in the latest assessment gets the one shared answer.
    expect(report.persistence['medical']).toBe(NOT_AT_CONCERN);
    expect(report.persistence['nutritional']).toMatchObject({ atConcernInLatest: true, persistent: true, since: '2025-01-06' });
  });

  it("plan a policy's scoring options once: they are frozen all the way down", () => {
    const options = Object.freeze({ bands: referencePolicy.bands, needs: referencePolicy.needs['gcp2'] as Readonly<Record<string, string>> });
    expect(planFor(GCP2, options)).toBe(planFor(GCP2, options));
  });

  it('work out persistence from the latest assessment back, whoever calls it', () => {
    const plan = planFor(GCP2);
    const at = (id: string, assessedOn: string, grade: number | null) => ({ assessment: parseAssessment(gcp2At(id, assessedOn, {})), plan, grade });
    type Point = ReturnType<typeof at>;
    // The need asked for is passed through to `grade`; these courses hold one need, 'n'.
    const course = (points: Point[]): NeedCourse<string> => ({
      count: points.length,
      assessment: (i) => (points[i] as Point).assessment,
      plan: (i) => (points[i] as Point).plan,
      grade: (i, need) => (need === 'n' ? (points[i] as Point).grade : 1),
    });
    expect(persistenceOf(course([at('A', '2025-01-06', 5), at('B', '2025-06-02', 2)]), 'n', 90)).toBe(NOT_AT_CONCERN);
    expect(persistenceOf(course([at('A', '2025-01-06', 5), at('B', '2025-06-02', null)]), 'n', 90)).toBe(NOT_AT_CONCERN);
    expect(persistenceOf(course([at('A', '2025-01-06', 5), at('B', '2025-06-02', 4)]), 'n', 90)).toEqual({
      atConcernInLatest: true,
      persistent: true,
      evidence: [{ assessmentId: 'B', assessedOn: '2025-06-02', grade: 4 }, { assessmentId: 'A', assessedOn: '2025-01-06', grade: 5 }],
      since: '2025-01-06',
      spanDays: 147,
    });
    // Where one day's order would decide the run: the walk stops at a met beside a concern.
    expect(sameDayTie(course([at('A', '2025-01-06', 2), at('B', '2025-01-06', 5), at('C', '2025-06-02', 4)]), 'n')).toEqual({ met: 0, concern: 1 });
    expect(sameDayTie(course([at('A', '2025-01-06', 5), at('B', '2025-01-06', 2), at('C', '2025-06-02', 4)]), 'n')).toEqual({ met: 1, concern: 0 });
    // The concern may be the latest itself, or further down the day past a borderline.
    expect(sameDayTie(course([at('A', '2025-06-02', 2), at('B', '2025-06-02', 4)]), 'n')).toEqual({ met: 0, concern: 1 });
    expect(sameDayTie(course([at('A', '2025-01-06', 5), at('B', '2025-01-06', 3), at('C', '2025-01-06', 2), at('D', '2025-06-02', 4)]), 'n')).toEqual({ met: 2, concern: 0 });
    // Not at concern in the latest, a met on a day of its own, a met ending the run first, a borderline beside it: nothing to decide.
    expect(sameDayTie(course([at('A', '2025-01-06', 5), at('B', '2025-01-06', 2), at('C', '2025-06-02', 3)]), 'n')).toBeNull();
    expect(sameDayTie(course([at('A', '2025-01-06', 5), at('B', '2025-02-06', 2), at('C', '2025-06-02', 4)]), 'n')).toBeNull();
    expect(sameDayTie(course([at('A', '2025-01-06', 5), at('B', '2025-01-06', 2), at('C', '2025-03-02', 1), at('D', '2025-06-02', 4)]), 'n')).toBeNull();
    expect(sameDayTie(course([at('A', '2025-01-06', 3), at('B', '2025-01-06', 2), at('C', '2025-06-02', 4)]), 'n')).toBeNull();
  });

  it('count no Star area as improved that had no reading at the baseline', () => {
    const report = trackProgress(as([
      starAt('S', '2025-01-06', { 'home-and-money': 3 }),
      starAt('T', '2025-04-07', { 'home-and-money': 3, 'family-routine': 9 }),
      starAt('U', '2025-07-07', { 'home-and-money': 3, 'family-routine': 9 }),
    ]));
    expect(report.drift.improvedSinceBaseline).toEqual([]);
    expect(report.drift.drifting).toBe(true);
  });

  it('name the refusal of a child whose records disagree on the date of birth by its code', () => {
    const refusal = (() => {
      try {
        trackProgress(as([gcp2At('A', '2025-01-06', all(2), { id: 'C-1', dateOfBirth: '2024-01-01' }), gcp2At('B', '2025-04-07', all(2), { id: 'C-1', dateOfBirth: '2024-01-02' })]));
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refusal).toBeInstanceOf(OperationError);
    expect((refusal as OperationError).code).toBe('conflicting-child');
  });

  it('refuse a date of birth one record gives that is after another record (an age would be negative)', () => {
    // Each record is valid alone: A has no date of birth, and B's is before B's own date.
    const history = [gcp2At('A', '2025-01-01', all(4)), starAt('S', '2025-06-01', { 'family-routine': 5 }, { id: 'C-1', dateOfBirth: '2025-03-01' })];
    for (const call of [() => placeOnContinuum(as(history)), () => trackProgress(as([history[0] as Record<string, unknown>, gcp2At('B', '2025-06-01', all(2), { id: 'C-1', dateOfBirth: '2025-03-01' })]))]) {
      const refusal = catchError(call) as OperationError;
      expect(refusal).toBeInstanceOf(OperationError);
      expect(refusal.code).toBe('conflicting-child');
      expect(refusal.message).toMatch(/date of birth 2025-03-01 \((S|B)\) is after assessment A \(2025-01-01\)$/);
    }
    // Born on the day of the earliest assessment is fine.
    expect(trackProgress(as([gcp2At('A', '2025-03-01', all(4)), gcp2At('B', '2025-06-01', all(2), { id: 'C-1', dateOfBirth: '2025-03-01' })])).baseline.assessmentId).toBe('A');
  });
});

describe('a review date past 9999-12-31', () => {
  it('is refused, not written with a five-digit year', () => {
    expect(LAST_WRITABLE_DAY).toBe(epochDay('9999-12-31'));
    // 9999-10-02 + 90 days is the last day that can be written.
    expect(trackProgress(as([gcp2At('A', '9999-10-02', all(2))])).nextReviewDue).toBe('9999-12-31');
    expect(placeOnContinuum(as([gcp2At('A', '9999-10-02', all(4))])).nextReviewDue).toBe('9999-12-31');
    for (const [call, caller] of [[() => trackProgress(as([gcp2At('A', '9999-10-03', all(2))])), 'trackProgress'], [() => placeOnContinuum(as([gcp2At('A', '9999-10-03', all(4))])), 'placeOnContinuum']] as const) {
      const error = catchError(call) as OperationError;
      expect([error.code, error.message]).toEqual(['date-out-of-range', `${caller}: the next review, 90 days after A (9999-10-03), would fall after 9999-12-31, which cannot be written YYYY-MM-DD`]);
    }
    // A level with no review due has no date to write.
    expect(placeOnContinuum(as([gcp2At('A', '9999-12-31', all(2))])).nextReviewDue).toBeNull();
  });
});
