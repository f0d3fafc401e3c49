import type { Assessment } from '../contract/types.js';
import { OperationError } from '../errors.js';
import { daysBetween } from '../internal/calendar.js';
import { bandOfGrade, type ScoringPlan } from '../score/plan.js';
import type { ConcernEvidence, NeedPersistence } from './types.js';

/**
 * A history as persistence reads it: assessment `i` (oldest first), the plan that bands its
 * grades, and the grade of need `need` in it. One course serves every need type of a
 * history, so working out persistence allocates nothing per need type or assessment read.
 */
export interface NeedCourse<Need> {
  /** How many assessments the history has (at least one). */
  readonly count: number;
  assessment(i: number): Assessment;
  plan(i: number): ScoringPlan;
  /** The need's grade in assessment `i`, or `null` where it has none. */
  grade(i: number, need: Need): number | null;
}

/** The persistence of a need type not at concern in the latest assessment (shared, frozen). */
export const NOT_AT_CONCERN: NeedPersistence = Object.freeze({ atConcernInLatest: false, persistent: false, evidence: Object.freeze([]), since: null, spanDays: null });

/**
 * Persistence as design §4 defines it: the need is at concern in the latest assessment and
 * in an earlier one dated at least `persistenceDays` before it, with no assessment in
 * between where the need was met. Walking back from the latest, the run of concern is
 * broken only by a `met` assessment; borderline or unassessed ones neither break nor count.
 *
 * The course is read from the latest back, and only as far as needed: most need types are
 * not at concern in the latest assessment, and for those nothing else is read.
 */
export function persistenceOf<Need>(course: NeedCourse<Need>, need: Need, persistenceDays: number): NeedPersistence {
  const last = course.count - 1;
  if (bandOfGrade(course.plan(last), course.grade(last, need)) !== 'concern') return NOT_AT_CONCERN;
  const evidence: ConcernEvidence[] = [];
  for (let i = last; i >= 0; i--) {
    const grade = course.grade(i, need);
    const band = bandOfGrade(course.plan(i), grade);
    if (band === 'met') break;
    if (band === 'concern') {
      const { id, assessedOn } = course.assessment(i);
      evidence.push({ assessmentId: id, assessedOn, grade: grade as number });
    }
  }
  const since = (evidence[evidence.length - 1] as ConcernEvidence).assessedOn;
  const spanDays = daysBetween(since, course.assessment(last).assessedOn);
  return { atConcernInLatest: true, persistent: spanDays >= persistenceDays, evidence, since, spanDays };
}

/**
 * Where the order of one day's assessments decides a need's persistence: the walk of
 * {@link persistenceOf} stops at a met assessment whose day also has one at concern, so
 * which of the two sorts later (by id) decides whether that concern counts. Returns their
 * positions, or `null` when the order decides nothing (the need is not at concern in the
 * latest assessment, or the run ends on a day without such a pair).
 */
export function sameDayTie<Need>(course: NeedCourse<Need>, need: Need): { met: number; concern: number } | null {
  const last = course.count - 1;
  const bandAt = (i: number) => bandOfGrade(course.plan(i), course.grade(i, need));
  if (bandAt(last) !== 'concern') return null;
  for (let i = last; i >= 0; i--) {
    if (bandAt(i) !== 'met') continue;
    // The run ends here: look at the rest of this day, on both sides of the met one.
    const day = course.assessment(i).assessedOn;
    for (let j = i + 1; j <= last && course.assessment(j).assessedOn === day; j++) if (bandAt(j) === 'concern') return { met: i, concern: j };
    for (let j = i - 1; j >= 0 && course.assessment(j).assessedOn === day; j--) if (bandAt(j) === 'concern') return { met: i, concern: j };
    return null;
  }
  return null;
}

/**
 * The refusal of two assessments of one day that disagree where the result would rest on
 * which id sorts last: `first` and `second` in history order, `theirs` and `mine` what each
 * says of `what`; `decider` names what will not choose ('placement', 'persistence').
 */
export function sameDayConflict(caller: string, decider: string, first: Assessment, second: Assessment, what: string, theirs: string, mine: string): OperationError {
  return new OperationError(
    'same-day-conflict',
    `${caller}: ${first.id} and ${second.id}, both on ${second.assessedOn}, disagree on ${what} (${theirs} and ${mine}); ${decider} will not choose between them — date them apart or record one assessment`,
  );
}

/**
 * Refuses a need whose persistence would rest on the order of one day's assessments (see
 * {@link sameDayTie}); `name` names the need in the message.
 *
 * @throws {@link OperationError} `same-day-conflict`.
 */
export function refuseSameDayTie<Need>(course: NeedCourse<Need>, need: Need, name: string, caller: string, decider: string): void {
  const tie = sameDayTie(course, need);
  if (tie === null) return;
  const [met, concern] = [course.assessment(tie.met), course.assessment(tie.concern)];
  throw tie.met < tie.concern ? sameDayConflict(caller, decider, met, concern, name, 'met', 'concern') : sameDayConflict(caller, decider, concern, met, name, 'concern', 'met');
}

/**
 * Refuses a need whose standing in the latest assessment would rest on which of the latest
 * day's assessments sorts last: two of them whose bands differ with one at concern (the need
 * is at concern in the latest assessment, or not, by id alone).
 *
 * @throws {@link OperationError} `same-day-conflict`.
 */
export function refuseLatestDayDisagreement<Need>(course: NeedCourse<Need>, need: Need, name: string, caller: string, decider: string): void {
  const last = course.count - 1;
  const latest = course.assessment(last);
  const band = bandOfGrade(course.plan(last), course.grade(last, need));
  for (let j = last - 1; j >= 0 && course.assessment(j).assessedOn === latest.assessedOn; j--) {
    const other = bandOfGrade(course.plan(j), course.grade(j, need));
    if (other !== band && (other === 'concern' || band === 'concern')) throw sameDayConflict(caller, decider, course.assessment(j), latest, name, other ?? 'not assessed', band ?? 'not assessed');
  }
}
