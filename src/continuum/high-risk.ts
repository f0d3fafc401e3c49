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
 * established by a child flag of its name; `pre-mobile` also by age: not flagged `mobile`
 * and younger than the policy's `preMobileMonths` whole calendar months.
 */
export function highRiskGroups(latest: Assessment, policy: ThresholdPolicy): HighRiskFindings {
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
    const born = latest.child.dateOfBirth;
    if (born === undefined) {
      unknown.push({ group, why: `no date of birth on ${latest.id} and no mobile or pre-mobile flag` });
    } else if (isYoungerThanMonths(born, latest.assessedOn, policy.preMobileMonths)) {
      const months = wholeMonths(born, latest.assessedOn);
      established.push({
        group,
        how: 'age',
        detail: `${months} whole month${months === 1 ? '' : 's'} old on ${latest.assessedOn} (born ${born}), under ${policy.preMobileMonths}`,
      });
    }
  }
  return { established, unknown };
}
