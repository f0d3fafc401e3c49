import type { Assessment } from '../contract/types.js';
import { daysBetween } from '../internal/calendar.js';
import { bandOfGrade, type ScoringPlan } from '../score/plan.js';
import type { ConcernEvidence, NeedPersistence } from './types.js';

/** A need type's grade in one assessment of a history, with the plan that bands it. */
export interface NeedPoint {
  readonly assessment: Assessment;
  readonly plan: ScoringPlan;
  readonly grade: number | null;
}

/** The persistence of a need type not at concern in the latest assessment (shared, frozen). */
export const NOT_AT_CONCERN: NeedPersistence = Object.freeze({ atConcernInLatest: false, persistent: false, evidence: Object.freeze([]), since: null, spanDays: null });

/**
 * Persistence as design §4 defines it: the need is at concern in the latest assessment and
 * in an earlier one dated at least `persistenceDays` before it, with no assessment in
 * between where the need was met. Walking back from the latest, the run of concern is
 * broken only by a `met` assessment; borderline or unassessed ones neither break nor count.
 *
 * The points are read one at a time, from the latest back, and only as far as needed: most
 * need types are not at concern in the latest assessment, and for those nothing else is read.
 *
 * @param count how many assessments the history has (at least one).
 * @param pointAt the need's grade in assessment `i` of the history, oldest first.
 */
export function persistenceOf(count: number, pointAt: (i: number) => NeedPoint, persistenceDays: number): NeedPersistence {
  const band = (point: NeedPoint) => bandOfGrade(point.plan, point.grade);
  const latest = pointAt(count - 1);
  if (band(latest) !== 'concern') return NOT_AT_CONCERN;
  const evidence: ConcernEvidence[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const point = pointAt(i);
    const pointBand = band(point);
    if (pointBand === 'met') break;
    if (pointBand === 'concern') evidence.push({ assessmentId: point.assessment.id, assessedOn: point.assessment.assessedOn, grade: point.grade as number });
  }
  const since = (evidence[evidence.length - 1] as ConcernEvidence).assessedOn;
  const spanDays = daysBetween(since, latest.assessment.assessedOn);
  return { atConcernInLatest: true, persistent: spanDays >= persistenceDays, evidence, since, spanDays };
}
