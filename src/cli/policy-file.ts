import { definePolicy, PolicyError, referencePolicy, type ThresholdPolicy, type ThresholdPolicyDefinition } from '../index.js';
import type { OptionSpec } from './command.js';
import { describeIssues, inputError } from './errors.js';
import { readJsonFile, sideFileRules } from './input/small-file.js';
import { BUILTIN_NEED_TYPES, unique } from './output/columns.js';

/** `--policy FILE`, for the commands that place children on the continuum. */
export const POLICY_OPTION: OptionSpec = {
  type: 'string',
  value: 'FILE',
  description: 'a local threshold policy as JSON (see docs/policy.md in the package; default: the reference policy reference-2016)',
  input: true,
};

/**
 * The policy of `--policy FILE`, validated by `definePolicy`, or the reference policy when
 * the option is absent. A file that is not a valid policy is bad input (exit status 2), in
 * one line naming the file and the first path: `local.json: persistenceDays: expected …`.
 */
export async function policyOf(value: string | boolean | undefined): Promise<ThresholdPolicy> {
  if (typeof value !== 'string') return referencePolicy;
  const data = await readJsonFile(value, sideFileRules('--policy', 'a threshold policy as JSON'));
  try {
    return definePolicy(data as ThresholdPolicyDefinition);
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    throw inputError(`${value}: not a valid threshold policy: ${describeIssues(error.issues)}`);
  }
}

/**
 * The need types a placement under `policy` can report: the policy's own, in the order its
 * need maps first name them, then those of the built-in instruments (used for an instrument
 * the policy does not map).
 */
export function needTypesOf(policy: ThresholdPolicy): string[] {
  return unique([...Object.values(policy.needs).flatMap((mapping) => Object.values(mapping)), ...BUILTIN_NEED_TYPES]);
}
