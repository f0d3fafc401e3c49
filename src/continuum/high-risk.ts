import type { Assessment } from '../contract/types.js';
import { isYoungerThanMonths, wholeMonths } from '../internal/age.js';
import type { HighRiskGroup, ThresholdPolicy } from './types.js';

/** The high-risk groups a child is in, and those that could not be checked. */
export interface HighRiskFindings {
  readonly established: HighRiskGroup[];
  /** Groups that could not be checked, with why (e.g. no date of birth for pre-mobile). */
  readonly unknown: { readonly group: string; readonly why: string }[];
}

/**
 * The policy's high-risk groups the child is in on the latest assessment's date. A group is
 * established by a flag of its name on the latest record (flags describe the child now);
 * `pre-mobile` also by age — not flagged `mobile`, and younger than the policy's
 * `preMobileMonths` whole calendar months — from the date of birth any record of the history
 * gives (the records must agree).
 */
export function highRiskGroups(latest: Assessment, policy: ThresholdPolicy, dateOfBirth: { date: string; from: string } | null): HighRiskFindings {
  // Stryker disable next-line ArrayDeclaration: a child without flags is in no flag-established group either way
  const flags = latest.child.flags ?? [];
  const established: HighRiskGroup[] = [];
  const unknown: { group: string; why: string }[] = [];
  for (const group of policy.highRiskGroups) {
    if (flags.includes(group)) {
      established.push({ group, how: 'flag', detail: `flagged ${group} on ${latest.id}` });
      continue;
    }
    if (group !== 'pre-mobile' || flags.includes('mobile')) continue;
    if (dateOfBirth === null) {
      unknown.push({ group, why: `no date of birth in the history and no mobile or pre-mobile flag on ${latest.id}` });
    } else if (isYoungerThanMonths(dateOfBirth.date, latest.assessedOn, policy.preMobileMonths)) {
      const months = wholeMonths(dateOfBirth.date, latest.assessedOn);
      const source = dateOfBirth.from === latest.id ? '' : `, as ${dateOfBirth.from} records`;
      established.push({
        group,
        how: 'age',
        detail: `${months} whole month${months === 1 ? '' : 's'} old on ${latest.assessedOn} (born ${dateOfBirth.date}${source}), under ${policy.preMobileMonths}`,
      });
    }
  }
  return { established, unknown };
}
