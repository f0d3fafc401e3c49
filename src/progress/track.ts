import type { Assessment } from '../contract/types.js';
import { type Issue, OptionsError } from '../errors.js';
import { daysBetween, epochDay } from '../internal/calendar.js';
import { calendarDate, optionNames, wholeNumber, optionsObject } from '../internal/option-checks.js';
import { bandOfGrade, planFor, type ScoringPlan } from '../score/plan.js';
import type { ScoreOptions } from '../score/score.js';
import { type GradeSnapshot, snapshot } from '../score/snapshot.js';
import { directionOf } from './change.js';
import { compareSnapshots } from './compare.js';
import { checkAsOf, prepareHistory, reviewDue } from './history.js';
import { type NeedCourse, persistenceOf, refuseLatestDayDisagreement, refuseSameDayTie } from './persistence.js';
import { trendOf } from './trend.js';
import type { AreaTrend, Drift, NeedPersistence, ProgressReport, TimelineEntry } from './types.js';

/** Options of {@link trackProgress}. Defaults are the reference policy's numbers. */
export interface TrackOptions extends ScoreOptions {
  /** The date to judge "overdue" against (`YYYY-MM-DD`); never read from the clock. */
  readonly asOf?: string | undefined;
  /** Reviews after the baseline with no improvement that count as drift (default 2). */
  readonly driftReviews?: number | undefined;
  /** Days from the latest assessment to the next review (default 90). */
  readonly reviewIntervalDays?: number | undefined;
  /** Days a need must be at concern to be persistent (default 90, design §4). */
  readonly persistenceDays?: number | undefined;
}

const TRACK_OPTIONS = optionNames<TrackOptions>()(['instruments', 'aggregation', 'bands', 'needs', 'asOf', 'driftReviews', 'reviewIntervalDays', 'persistenceDays']);

interface Snapshotted {
  readonly assessment: Assessment;
  readonly grades: GradeSnapshot;
}

function persistence(plan: ScoringPlan, points: readonly Snapshotted[], persistenceDays: number): Record<string, NeedPersistence> {
  // One instrument, so one plan; need `n` is the plan's n-th need type.
  const course: NeedCourse<number> = {
    count: points.length,
    assessment: (i) => (points[i] as Snapshotted).assessment,
    plan: () => plan,
    grade: (i, n) => (points[i] as Snapshotted).grades.needs[n] ?? null,
  };
  const out: Record<string, NeedPersistence> = {};
  for (let n = 0; n < plan.needIds.length; n++) {
    const need = plan.needIds[n] as string;
    // Neither refuses unless one day's order would decide; each stops at the first assessment that settles it.
    refuseLatestDayDisagreement(course, n, need, 'trackProgress', 'persistence');
    refuseSameDayTie(course, n, need, 'trackProgress', 'persistence');
    out[need] = persistenceOf(course, n, persistenceDays);
  }
  return out;
}

/**
 * Reviews after the baseline: the days after the baseline's day with an assessment. Two
 * assessments of one day (a corrected record, two practitioners) are one visit, not a review.
 */
function reviewDays(points: readonly Snapshotted[]): number {
  let days = 0;
  for (let i = 1; i < points.length; i++) if ((points[i] as Snapshotted).assessment.assessedOn !== (points[i - 1] as Snapshotted).assessment.assessedOn) days++;
  return days;
}

/** `head` and the ids, or nothing for none. */
const list = (head: string, ids: readonly string[]): string => (ids.length === 0 ? '' : `${head}${ids.join(', ')}`);

/** What is compared for drift: need types (GCP family) or Star areas. */
function drift(plan: ScoringPlan, points: readonly Snapshotted[], driftReviews: number): Drift {
  const { index } = plan;
  const baseline = (points[0] as Snapshotted).grades;
  const latest = (points[points.length - 1] as Snapshotted).grades;
  const ids = index.isStar ? index.unitIds : plan.needIds;
  const before = index.isStar ? baseline.areas : baseline.needs;
  const after = index.isStar ? latest.areas : latest.needs;
  const reviews = reviewDays(points);
  // Nothing improves within a day: with no review yet, the latest is of the baseline's day.
  const improved = reviews === 0 ? [] : ids.filter((_, i) => {
    const from = before[i] ?? null;
    const to = after[i] ?? null;
    return from !== null && to !== null && directionOf(from, to, index.lowerIsBetter) === 'improved';
  });
  const best = index.lowerIsBetter ? index.min : index.max;
  const short = (grades: readonly (number | null)[]) =>
    index.isStar ? grades.some((g) => g !== null && g !== best) : grades.some((g) => bandOfGrade(plan, g) === 'borderline' || bandOfGrade(plan, g) === 'concern');
  // A child met at baseline who has fallen back since has something to improve too (if
  // anything was assessed at baseline to improve on).
  const roomToImprove = before.some((g) => g !== null) && (short(before) || short(after));
  const what = index.isStar ? 'Star area' : 'need type';
  const assessed = index.isStar ? 'rated' : 'assessed';
  // Said apart, so that "met at baseline" is never claimed of what was not assessed then
  // (listed only when no improvement is the reason: most children have one).
  const unassessed = improved.length > 0 ? [] : ids.filter((_, i) => (before[i] ?? null) === null);
  // "No improvement" is claimed only of something compared: a need assessed at baseline and in the latest.
  const compared = ids.some((_, i) => (before[i] ?? null) !== null && (after[i] ?? null) !== null);
  // First seen after the baseline: at concern now is no "got worse", and nothing there could improve.
  const firstSeen = improved.length > 0 ? '' : list(`; first ${assessed} after the baseline: `, ids.filter((_, i) => (before[i] ?? null) === null && (after[i] ?? null) !== null));
  let reason: string;
  if (improved.length > 0) reason = `improved since baseline: ${improved.join(', ')}`;
  else if (unassessed.length === ids.length) reason = `nothing to compare: no ${what} was assessed at baseline`;
  else if (!compared) reason = `nothing to compare: no ${what} ${assessed} at baseline (${ids.filter((_, i) => (before[i] ?? null) !== null).join(', ')}) was ${assessed} in the latest`;
  else if (!roomToImprove) {
    const all = index.isStar ? 'every area was at the top of the scale at baseline' : 'every need type was met at baseline';
    const some = index.isStar ? 'every area rated at baseline was at the top of the scale' : 'every need type assessed at baseline was met';
    reason = unassessed.length === 0 ? `nothing to improve: ${all}` : `nothing to improve: ${some} (not assessed then: ${unassessed.join(', ')})`;
  }
  else if (reviews < driftReviews) reason = `not yet judged: ${reviews} review${reviews === 1 ? '' : 's'} since the baseline (drift is judged after ${driftReviews})${firstSeen}`;
  else reason = `no ${what} has improved in ${reviews} review${reviews === 1 ? '' : 's'} since the baseline (threshold ${driftReviews})${firstSeen}`;
  return { drifting: improved.length === 0 && compared && roomToImprove && reviews >= driftReviews, reviews, driftReviews, improvedSinceBaseline: improved, reason };
}

function timelineOf(plan: ScoringPlan, points: readonly Snapshotted[]): TimelineEntry[] {
  const { index } = plan;
  const areaIds = index.isStar ? index.unitIds : index.areaIds;
  return points.map(({ assessment, grades }, i) => {
    const areas: Record<string, number | null> = {};
    for (let a = 0; a < areaIds.length; a++) areas[areaIds[a] as string] = grades.areas[a] ?? null;
    const needs: Record<string, number | null> = {};
    for (let n = 0; n < plan.needIds.length; n++) needs[plan.needIds[n] as string] = grades.needs[n] ?? null;
    const previous = points[i - 1];
    return {
      assessmentId: assessment.id,
      assessedOn: assessment.assessedOn,
      kind: assessment.kind ?? null,
      daysSincePrevious: previous === undefined ? null : daysBetween(previous.assessment.assessedOn, assessment.assessedOn),
      areas,
      needs,
    };
  });
}

/**
 * Tracks one child's progress over a history of assessments with one instrument (any
 * order; sorted by `assessedOn`, then `id`): the timeline, baseline → latest change (none
 * when both are of one day, as in cohort records; {@link compareAssessments} compares two
 * records of one day), each area's trend (none from grades of one day), each need type's
 * persistence with the assessments that evidence it (design §4), drift ("no improvement
 * since baseline after `driftReviews` reviews", a review being a later day with an
 * assessment), and when the next review is due — overdue against `asOf`, which is never read
 * from the clock.
 *
 * @throws {@link OperationError} for an empty history, mixed children or instruments, an
 * `asOf` before the latest assessment, records that disagree on the child
 * (`conflicting-child`), a need's persistence that the order of one day's assessments
 * would decide (`same-day-conflict`), or a review date after 9999-12-31
 * (`date-out-of-range`); {@link AssessmentError}; {@link OptionsError}.
 * @example
 * ```ts
 * const child = { id: 'C-2' };
 * const history = [
 *   { schemaVersion: 1, id: 'A-3', instrument: 'gcp2', child, assessedOn: '2025-08-04', ratings: { 'safety.in-absence': 4, 'physical.nutrition': 2 } },
 *   { schemaVersion: 1, id: 'A-1', instrument: 'gcp2', child, assessedOn: '2025-02-03', ratings: { 'safety.in-absence': 4, 'physical.nutrition': 3 } },
 *   { schemaVersion: 1, id: 'A-2', instrument: 'gcp2', child, assessedOn: '2025-05-06', ratings: { 'safety.in-absence': 5, 'physical.nutrition': 3 } },
 * ] as const;
 * const report = trackProgress(history, { asOf: '2025-11-01' });
 * report.timeline.map((t) => t.assessmentId); // ['A-1', 'A-2', 'A-3']
 * report.persistence['supervisory']?.persistent; // true
 * report.persistence['supervisory']?.since; // '2025-02-03' (182 days before the latest)
 * report.trends['safety']; // { grades: [4, 5, 4], trend: 'mixed', change: { from: 4, to: 4, change: 0, direction: 'unchanged' } }
 * report.drift.reason; // 'improved since baseline: nutritional'
 * report.nextReviewDue; // '2025-11-02'
 * report.overdue; // false
 * ```
 */
export function trackProgress(history: readonly Assessment[], options?: TrackOptions): ProgressReport {
  options = optionsObject(options, TRACK_OPTIONS);
  const issues: Issue[] = [];
  const asOf = calendarDate(issues, 'asOf', options.asOf);
  const driftReviews = wholeNumber(issues, 'driftReviews', options.driftReviews, 2, 1, 100);
  // Ten years at most, as in policies: a review date must stay a date.
  const reviewIntervalDays = wholeNumber(issues, 'reviewIntervalDays', options.reviewIntervalDays, 90, 1, 3_650);
  const persistenceDays = wholeNumber(issues, 'persistenceDays', options.persistenceDays, 90, 1, 3_650);
  if (issues.length > 0) throw new OptionsError(issues);
  const { childId, entries } = prepareHistory(history, options, 'trackProgress');
  const instrument = (entries[0] as (typeof entries)[number]).instrument;
  const plan = planFor(instrument, options);
  const points: Snapshotted[] = entries.map((entry) => ({ assessment: entry.assessment, grades: snapshot(entry, plan) }));
  const baseline = points[0] as Snapshotted;
  const latest = points[points.length - 1] as Snapshotted;
  checkAsOf(asOf, latest.assessment, 'trackProgress');
  const timeline = timelineOf(plan, points);
  const trends: Record<string, AreaTrend> = {};
  const areaIds = plan.index.isStar ? plan.index.unitIds : plan.index.areaIds;
  const days = points.map((point) => point.assessment.assessedOn);
  for (let a = 0; a < areaIds.length; a++) {
    // Stryker disable next-line ArrayDeclaration: a size hint; every slot is written below
    const grades: (number | null)[] = new Array(points.length);
    for (let i = 0; i < points.length; i++) grades[i] = (points[i] as Snapshotted).grades.areas[a] ?? null;
    trends[areaIds[a] as string] = trendOf(grades, plan.index.lowerIsBetter, days);
  }
  const { day: dueDay, date: nextReviewDue } = reviewDue(latest.assessment, reviewIntervalDays, 'trackProgress');
  const late = asOf === null ? null : Math.max(0, epochDay(asOf) - dueDay);
  return {
    childId,
    instrument: plan.instrumentRef,
    family: instrument.family,
    asOf,
    timeline,
    baseline: { assessmentId: baseline.assessment.id, assessedOn: baseline.assessment.assessedOn },
    latest: { assessmentId: latest.assessment.id, assessedOn: latest.assessment.assessedOn },
    // None within one day: no time passed, and which is the baseline would rest on the ids alone (as in cohort records).
    change: baseline.assessment.assessedOn === latest.assessment.assessedOn ? null : compareSnapshots(instrument, plan, baseline, latest),
    trends,
    persistence: plan.index.isStar ? {} : persistence(plan, points, persistenceDays),
    drift: drift(plan, points, driftReviews),
    nextReviewDue,
    overdue: late === null ? null : late > 0,
    daysOverdue: late,
  };
}
