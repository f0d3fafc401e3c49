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
 * @param points the need's grade in each assessment of a history (never empty), oldest first.
 */
export function persistenceOf(points: readonly NeedPoint[], persistenceDays: number): NeedPersistence {
  const band = (point: NeedPoint) => bandOfGrade(point.plan, point.grade);
  const latest = points[points.length - 1] as NeedPoint;
  if (band(latest) !== 'concern') return NOT_AT_CONCERN;
  const evidence: ConcernEvidence[] = [];
  for (let i = points.length - 1; i >= 0; i--) {
    const point = points[i] as NeedPoint;
    const pointBand = band(point);
    if (pointBand === 'met') break;
    if (pointBand === 'concern') evidence.push({ assessmentId: point.assessment.id, assessedOn: point.assessment.assessedOn, grade: point.grade as number });
  }
  const since = (evidence[evidence.length - 1] as ConcernEvidence).assessedOn;
  const spanDays = daysBetween(since, latest.assessment.assessedOn);
  return { atConcernInLatest: true, persistent: spanDays >= persistenceDays, evidence, since, spanDays };
}
