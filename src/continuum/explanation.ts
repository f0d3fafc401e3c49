import type { AssessmentRef } from '../progress/types.js';
import type { NeedAtConcern, Placement, PolicyLevel, ThresholdPolicy } from './types.js';

const list = (items: readonly string[]): string => items.join(', ');

/** `list` of one field of each item, without an array of the fields in between. */
function listOf<T>(items: readonly T[], field: (item: T) => string, end = items.length): string {
  let text = '';
  for (let i = 0; i < end; i++) text += (i === 0 ? '' : ', ') + field(items[i] as T);
  return text;
}

/** What the immediate-safety rule read: its grade, and each need type that reached it, with its evidence. */
export interface ImmediateSafety {
  readonly grade: number;
  /** `need grade (sub-areas)`, e.g. `supervisory 5 (safety.in-absence)`. */
  readonly needs: readonly string[];
}

/** What a placement read that it does not report as a field. */
export interface Evidence {
  /** High-risk groups that could not be checked, with why. */
  readonly unknownGroups: readonly { group: string; why: string }[];
  /** What the immediate-safety rule read, if the policy has one. */
  readonly immediate: ImmediateSafety | null;
  /** The need types borderline in the latest assessment, when the policy has a borderline rule. */
  readonly borderline: readonly NeedAtConcern[];
}

/** `need grade (sub-areas)` for each need, e.g. `nutritional 4 (physical.nutrition)`. */
const needsText = (needs: readonly NeedAtConcern[]): string => listOf(needs, (n) => `${n.needType} ${n.grade} (${list(n.subAreas)})`);

/**
 * Short lines a practitioner can read, each citing its rule or definition and the
 * assessment ids it rests on: the rule that fired, then each definition's elements, the need
 * types borderline (when the policy has a borderline rule), then what was not assessed and
 * when the next review is due.
 */
export function explain(placement: Placement, policy: ThresholdPolicy, { unknownGroups, immediate, borderline }: Evidence): string[] {
  const { latest, definitions, rules } = placement;
  const at = `${latest.assessmentId} (${latest.assessedOn})`;
  const lines: string[] = [];
  const firedAt = rules.findIndex((r) => r.fired);
  lines.push(
    `rule ${placement.rule} fired → ${placement.level}${placement.urgent ? ' (urgent)' : ''} under policy ${policy.id} v${policy.version}` +
      (firedAt > 0 ? `; earlier rules did not fire: ${listOf(rules, (r) => r.id, firedAt)}` : ''),
  );
  // The assessments are in time order, so the latest day's are at the end.
  const { assessments } = placement;
  let firstSameDay = assessments.length - 1;
  while (firstSameDay > 0 && (assessments[firstSameDay - 1] as AssessmentRef).assessedOn === latest.assessedOn) firstSameDay--;
  if (firstSameDay < assessments.length - 1) {
    const sameDay = assessments.slice(firstSameDay);
    lines.push(`${sameDay.length} assessments on ${latest.assessedOn} (${listOf(sameDay, (a) => a.assessmentId)}): placement rests on ${latest.assessmentId}, the last by id`);
  }
  if (immediate !== null && immediate.needs.length > 0) lines.push(`immediate-safety: at or beyond grade ${immediate.grade} in ${at}: ${list(immediate.needs)}`);
  const { needsAtConcern } = definitions.earlyHelp;
  lines.push(
    needsAtConcern.length > 0
      ? `definition-1 (Early Help) met: at concern in ${at}: ${needsText(needsAtConcern)}`
      : `definition-1 (Early Help) not met: no need type at concern in ${at}`,
  );
  const { persistent, seriousImpairmentReasons, highRiskGroups, met } = definitions.safeguarding;
  for (const need of persistent) {
    lines.push(`persistent: ${need.needType} at concern since ${need.since} (${need.spanDays} days ≥ ${policy.persistenceDays}) in ${listOf(need.evidence, (e) => e.assessmentId)}`);
  }
  if (persistent.length === 0) lines.push(`persistent: none (no need type at concern for ${policy.persistenceDays} days without a met assessment between)`);
  for (const reason of seriousImpairmentReasons) {
    if (reason.reason === 'grade') {
      // Under a policy grade short of the scale's worst end, a need can be beyond it: say so, with its grade.
      const gradeOf = (needType: string) => (placement.needs[needType] as Placement['needs'][string]).grade;
      lines.push(
        reason.needTypes.every((needType) => gradeOf(needType) === reason.grade)
          ? `serious impairment likely: ${list(reason.needTypes)} at grade ${reason.grade} in ${latest.assessmentId}`
          : `serious impairment likely: at or beyond grade ${reason.grade} in ${latest.assessmentId}: ${listOf(reason.needTypes, (needType) => `${needType} ${gradeOf(needType) as number}`)}`,
      );
    } else if (reason.reason === 'areas') lines.push(`serious impairment likely: concerns span ${reason.areas.length} areas (${list(reason.areas)}; ≥ ${reason.minAreas}) in ${latest.assessmentId}`);
    else lines.push(`serious impairment likely: high-risk group ${list(reason.groups)} with ${list(reason.needTypes)} at concern in ${latest.assessmentId}`);
  }
  for (const group of highRiskGroups) lines.push(`high-risk group ${group.group}: ${group.detail}`);
  for (const group of unknownGroups) lines.push(`high-risk group ${group.group} not checked: ${group.why}`);
  const yes = (fact: boolean) => (fact ? 'yes' : 'no');
  lines.push(`definition-2 (Safeguarding and Child Protection) ${met ? 'met' : 'not met'}: persistent need ${yes(persistent.length > 0)}, serious impairment likely ${yes(seriousImpairmentReasons.length > 0)}`);
  if (borderline.length > 0) lines.push(`borderline in ${at}: ${needsText(borderline)}`);
  if (placement.notAssessed.length > 0) lines.push(`not assessed in ${latest.assessmentId}: ${list(placement.notAssessed)}`);
  if (placement.ignored.length > 0) lines.push(`ignored (Star readings measure family progress, not neglect): ${listOf(placement.ignored, (r) => r.assessmentId)}`);
  lines.push(
    placement.nextReviewDue === null
      ? `no review due at ${placement.level}`
      : `next review due ${placement.nextReviewDue} (${latest.assessmentId} + ${(policy.levels.find((l) => l.id === placement.level) as PolicyLevel).reviewIntervalDays} days)` +
          (placement.overdue === true ? `; overdue as of ${placement.asOf}` : ''),
  );
  return lines;
}
