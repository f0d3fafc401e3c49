import type { Placement, SeriousImpairmentReason } from '../../index.js';
import { prefixed } from '../output/columns.js';
import type { CsvValue } from '../per-child.js';

/**
 * The columns of `place --output-format csv`, one row per child (docs/cli.md):
 *
 * `childId, level, levelTitle, rule, urgent`; `earlyHelpMet`, `safeguardingMet` (the two
 * working definitions); `needsAtConcern`, `persistentNeeds`, `seriousImpairmentLikely`,
 * `seriousImpairmentReasons` (`grade:<need types>`, `areas:<areas>`, `high-risk:<groups>`,
 * items joined by `+`), `highRiskGroups`, `notAssessed`; `latestAssessmentId`,
 * `latestAssessedOn`, `instrument`, `edition`, `assessments` (GCP-family assessments used),
 * `ignored` (Star readings not used); `nextReviewDue` (empty: no review at this level),
 * `overdue`, `asOf`, `policyId`, `policyVersion`; then `need.<type>`, each need type's grade
 * in the latest assessment (empty: not assessed), for the need types of the policy. Lists are
 * joined by `;`.
 */
export function placeCsvColumns(needTypes: readonly string[]): string[] {
  return [
    'childId', 'level', 'levelTitle', 'rule', 'urgent',
    'earlyHelpMet', 'safeguardingMet', 'needsAtConcern', 'persistentNeeds', 'seriousImpairmentLikely', 'seriousImpairmentReasons', 'highRiskGroups', 'notAssessed',
    'latestAssessmentId', 'latestAssessedOn', 'instrument', 'edition', 'assessments', 'ignored',
    'nextReviewDue', 'overdue', 'asOf', 'policyId', 'policyVersion',
    ...prefixed('need', needTypes),
  ];
}

/** One serious-impairment reason in a cell: `grade:supervisory`, `areas:physical+safety`, `high-risk:disabled`. */
function reasonText(reason: SeriousImpairmentReason): string {
  switch (reason.reason) {
    case 'grade':
      return `grade:${reason.needTypes.join('+')}`;
    case 'areas':
      return `areas:${reason.areas.join('+')}`;
    default:
      return `high-risk:${reason.groups.join('+')}`;
  }
}

/** A placement flattened to the columns of {@link placeCsvColumns}. */
export function placeCsvRow(p: Placement): Record<string, CsvValue> {
  const { earlyHelp, safeguarding } = p.definitions;
  const row: Record<string, CsvValue> = {
    childId: p.childId,
    level: p.level,
    levelTitle: p.levelTitle,
    rule: p.rule,
    urgent: p.urgent,
    earlyHelpMet: earlyHelp.met,
    safeguardingMet: safeguarding.met,
    needsAtConcern: earlyHelp.needsAtConcern.map((n) => n.needType),
    persistentNeeds: safeguarding.persistent.map((n) => n.needType),
    seriousImpairmentLikely: safeguarding.seriousImpairmentLikely,
    seriousImpairmentReasons: safeguarding.seriousImpairmentReasons.map(reasonText),
    highRiskGroups: safeguarding.highRiskGroups.map((g) => g.group),
    notAssessed: p.notAssessed,
    latestAssessmentId: p.latest.assessmentId,
    latestAssessedOn: p.latest.assessedOn,
    instrument: p.latest.instrument.id,
    edition: p.latest.instrument.edition,
    assessments: p.assessments.length,
    ignored: p.ignored.length,
    nextReviewDue: p.nextReviewDue,
    overdue: p.overdue,
    asOf: p.asOf,
    policyId: p.policy.id,
    policyVersion: p.policy.version,
  };
  for (const [needType, need] of Object.entries(p.needs)) row[`need.${needType}`] = need.grade;
  return row;
}
