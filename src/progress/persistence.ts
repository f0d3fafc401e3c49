import type { Assessment } from '../contract/types.js';
import type { Band } from '../instruments/types.js';
import { daysBetween } from '../internal/calendar.js';
import type { ConcernEvidence, NeedPersistence } from './types.js';

/** A need type's course through a history, read by position (0 oldest). */
export interface NeedCourse {
  readonly length: number;
  assessmentAt(i: number): Assessment;
  /** The need's grade in the assessment at `i`, or `null`. */
  gradeAt(i: number): number | null;
  /** The band of the need's grade at `i`, or `null`. */
  bandAt(i: number): Band | null;
}

const NOT_AT_CONCERN: NeedPersistence = Object.freeze({ atConcernInLatest: false, persistent: false, evidence: Object.freeze([]), since: null, spanDays: null });

/**
 * Persistence as design §4 defines it: the need is at concern in the latest assessment and
 * in an earlier one dated at least `persistenceDays` before it, with no assessment in
 * between where the need was met. Walking back from the latest, the run of concern is
 * broken only by a `met` assessment; borderline or unassessed ones neither break nor count.
 */
export function persistenceOf(course: NeedCourse, persistenceDays: number): NeedPersistence {
  // Histories are never empty, so `last` is a real position.
  const last = course.length - 1;
  if (course.bandAt(last) !== 'concern') return NOT_AT_CONCERN;
  const evidence: ConcernEvidence[] = [];
  for (let i = last; i >= 0; i--) {
    const band = course.bandAt(i);
    if (band === 'met') break;
    if (band === 'concern') {
      const assessment = course.assessmentAt(i);
      evidence.push({ assessmentId: assessment.id, assessedOn: assessment.assessedOn, grade: course.gradeAt(i) as number });
    }
  }
  const since = (evidence[evidence.length - 1] as ConcernEvidence).assessedOn;
  const spanDays = daysBetween(since, course.assessmentAt(last).assessedOn);
  return { atConcernInLatest: true, persistent: spanDays >= persistenceDays, evidence, since, spanDays };
}
