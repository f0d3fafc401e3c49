import { flagLetters, flagsJoinedIn } from '../contract/flags.js';
import type { Assessment } from '../contract/types.js';
import { OperationError } from '../errors.js';
import { isYoungerThanMonths, wholeMonths } from '../internal/age.js';
import { oncePerObject } from '../internal/memo.js';
import type { HighRiskGroup, ThresholdPolicy } from './types.js';

/** The high-risk groups a child is in, and those that could not be checked. */
export interface HighRiskFindings {
  readonly established: HighRiskGroup[];
  /** Groups that could not be checked, with why (e.g. no date of birth for pre-mobile). */
  readonly unknown: { readonly group: string; readonly why: string }[];
}

/** The policy's high-risk groups by their letters and digits (`youngcarer` → `young-carer`). */
const groupsByLetters = oncePerObject((policy: ThresholdPolicy) => new Map(policy.highRiskGroups.map((group) => [flagLetters(group), group])));

/**
 * Refuses a flag written almost like one of the policy's high-risk groups (`Young-Carer` or
 * `young carer` for `young-carer`), or joining one with other flags (`young-carer, deaf`), as
 * the parser refuses near misses of the built-in flags and lists holding them: the
 * parser cannot know a local policy's groups, and a missed group would quietly place the
 * child lower.
 *
 * @throws {@link OperationError} `flag-near-miss`.
 */
function refuseNearMisses(record: Assessment, flags: readonly string[], policy: ThresholdPolicy): void {
  flags.forEach((flag, i) => {
    if (policy.highRiskGroups.includes(flag)) return;
    const byLetters = groupsByLetters(policy);
    const meant = byLetters.get(flagLetters(flag));
    const joined = meant === undefined ? flagsJoinedIn(flag, byLetters)[0] : undefined;
    if (meant === undefined && joined === undefined) return;
    throw new OperationError(
      'flag-near-miss',
      `placeOnContinuum: ${record.id}: child.flags[${i}] ${JSON.stringify(flag)} ${
        meant === undefined
          ? `joins the high-risk group "${joined}" of policy ${policy.id} with other flags; write each flag as a flag of its own`
          : `is a near miss of the high-risk group "${meant}" of policy ${policy.id}; write it exactly "${meant}" (or use a flag that is not a variant of it)`
      }`,
    );
  });
}

/**
 * The policy's high-risk groups the child is in on the latest assessment's date. A group is
 * established by a flag of its name on the latest record (flags describe the child now);
 * `pre-mobile` also by age — not flagged `mobile`, and younger than the policy's
 * `preMobileMonths` whole calendar months — from the date of birth any record of the history
 * gives (the records must agree). A flag written almost like a group is refused.
 *
 * @throws {@link OperationError} `flag-near-miss`.
 */
export function highRiskGroups(latest: Assessment, policy: ThresholdPolicy, dateOfBirth: { date: string; from: string } | null): HighRiskFindings {
  // Stryker disable next-line ArrayDeclaration: a child without flags is in no flag-established group either way
  const flags = latest.child.flags ?? [];
  refuseNearMisses(latest, flags, policy);
  const established: HighRiskGroup[] = [];
  const unknown: { group: string; why: string }[] = [];
  for (const group of policy.highRiskGroups) {
    if (flags.includes(group)) {
      established.push({ group, how: 'flag', detail: `flagged ${group} on ${latest.id}` });
      continue;
    }
    if (group !== 'pre-mobile' || flags.includes('mobile')) continue;
    if (dateOfBirth === null) {
      // Under preMobileMonths 0 no child is pre-mobile by age: there is nothing to check.
      if (policy.preMobileMonths > 0) unknown.push({ group, why: `no date of birth in the history and no mobile or pre-mobile flag on ${latest.id}` });
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
