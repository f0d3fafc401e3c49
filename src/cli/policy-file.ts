import { definePolicy, getInstrument, PolicyError, referencePolicy, type Assessment, type ThresholdPolicy, type ThresholdPolicyDefinition } from '../index.js';
import { policyIssuesFor } from '../continuum/define-policy.js';
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

/**
 * A check, for a policy read from `file`, of the GCP-family instruments of each history: one
 * the policy does not map is held to it only when an assessment of it is read (as
 * `placeOnContinuum` and `trackProgress` hold it), so a policy that does not fit it — a grade
 * off its scale, bands that do not tile it, `seriousImpairmentMinAreas` above its areas under a
 * policy that maps none — stops the run naming the policy file. The library would refuse each
 * child in turn, naming the child: the fault is the policy's, and `--keep-going` cannot skip it.
 */
export function policyFitCheck(policy: ThresholdPolicy, file: string | boolean | undefined): (history: readonly Assessment[]) => void {
  if (typeof file !== 'string') return () => undefined; // The reference policy fits every built-in instrument.
  const checked = new Set<string>();
  return (history) => {
    for (const { instrument: id } of history) {
      if (checked.has(id)) continue;
      checked.add(id);
      const instrument = getInstrument(id);
      if (instrument.family !== 'gcp' || policy.needs[id] !== undefined) continue; // definePolicy checked the instruments it maps.
      const issues = policyIssuesFor(policy, instrument, undefined);
      if (issues.length > 0) throw inputError(`${file}: not a valid threshold policy for ${id}, which it does not map: ${describeIssues(issues)}`);
    }
  };
}
