import type { Placement, PolicyLevel, ThresholdPolicy } from './types.js';

const list = (items: readonly string[]): string => items.join(', ');

/**
 * Short lines a practitioner can read, each citing its rule or definition and the
 * assessment ids it rests on: the rule that fired, then each definition's elements, then
 * what was not assessed and when the next review is due.
 */
export function explain(placement: Placement, policy: ThresholdPolicy, unknownGroups: readonly { group: string; why: string }[]): string[] {
  const { latest, definitions, rules } = placement;
  const at = `${latest.assessmentId} (${latest.assessedOn})`;
  const lines: string[] = [];
  const earlier = rules.slice(0, rules.findIndex((r) => r.fired)).map((r) => r.id);
  lines.push(
    `rule ${placement.rule} fired → ${placement.level}${placement.urgent ? ' (urgent)' : ''} under policy ${policy.id} v${policy.version}` +
      (earlier.length > 0 ? `; earlier rules did not fire: ${list(earlier)}` : ''),
  );
  const sameDay = placement.assessments.filter((a) => a.assessedOn === latest.assessedOn);
  if (sameDay.length > 1) {
    lines.push(`${sameDay.length} assessments on ${latest.assessedOn} (${list(sameDay.map((a) => a.assessmentId))}): placement rests on ${latest.assessmentId}, the last by id`);
  }
  const { needsAtConcern } = definitions.earlyHelp;
  lines.push(
    needsAtConcern.length > 0
      ? `definition-1 (Early Help) met: at concern in ${at}: ${list(needsAtConcern.map((n) => `${n.needType} ${n.grade} (${list(n.subAreas)})`))}`
      : `definition-1 (Early Help) not met: no need type at concern in ${at}`,
  );
  const { persistent, seriousImpairmentReasons, highRiskGroups, met } = definitions.safeguarding;
  for (const need of persistent) {
    lines.push(`persistent: ${need.needType} at concern since ${need.since} (${need.spanDays} days ≥ ${policy.persistenceDays}) in ${list(need.evidence.map((e) => e.assessmentId))}`);
  }
  if (persistent.length === 0) lines.push(`persistent: none (no need type at concern for ${policy.persistenceDays} days without a met assessment between)`);
  for (const reason of seriousImpairmentReasons) {
    if (reason.reason === 'grade') lines.push(`serious impairment likely: ${list(reason.needTypes)} at grade ${reason.grade} in ${latest.assessmentId}`);
    else if (reason.reason === 'areas') lines.push(`serious impairment likely: concerns span ${reason.areas.length} areas (${list(reason.areas)}; ≥ ${reason.minAreas}) in ${latest.assessmentId}`);
    else lines.push(`serious impairment likely: high-risk group ${list(reason.groups)} with ${list(reason.needTypes)} at concern in ${latest.assessmentId}`);
  }
  for (const group of highRiskGroups) lines.push(`high-risk group ${group.group}: ${group.detail}`);
  for (const group of unknownGroups) lines.push(`high-risk group ${group.group} not checked: ${group.why}`);
  const yes = (fact: boolean) => (fact ? 'yes' : 'no');
  lines.push(`definition-2 (Safeguarding and Child Protection) ${met ? 'met' : 'not met'}: persistent need ${yes(persistent.length > 0)}, serious impairment likely ${yes(seriousImpairmentReasons.length > 0)}`);
  if (placement.notAssessed.length > 0) lines.push(`not assessed in ${latest.assessmentId}: ${list(placement.notAssessed)}`);
  if (placement.ignored.length > 0) lines.push(`ignored (Star readings measure family progress, not neglect): ${list(placement.ignored.map((r) => r.assessmentId))}`);
  lines.push(
    placement.nextReviewDue === null
      ? `no review due at ${placement.level}`
      : `next review due ${placement.nextReviewDue} (${latest.assessmentId} + ${(policy.levels.find((l) => l.id === placement.level) as PolicyLevel).reviewIntervalDays} days)` +
          (placement.overdue === true ? `; overdue as of ${placement.asOf}` : ''),
  );
  return lines;
}
