import { type Issue, makeIssue, PolicyError } from '../errors.js';
import { checkTiling } from '../instruments/define.js';
import { expandNeeds } from '../instruments/needs.js';
import { findInstrument, type InstrumentOptions } from '../instruments/registry.js';
import { describeValue } from '../internal/describe.js';
import { findForbiddenKeys } from '../internal/forbidden-keys.js';
import { deepFreeze } from '../internal/freeze.js';
import { translateZodIssues } from '../internal/zod-issues.js';
import { policySchema } from './policy-schema.js';
import type { PolicyRule, ThresholdPolicy, ThresholdPolicyDefinition } from './types.js';
import { optionsObject } from '../internal/option-checks.js';

/** Policies `definePolicy` returned (the reference policy among them): validated, frozen, trusted. */
const definedPolicies = new WeakSet<object>();

/** Whether a value is a policy `definePolicy` returned. */
export function isDefinedPolicy(value: unknown): value is ThresholdPolicy {
  // A WeakSet holds only objects; asked about anything else it answers false.
  return definedPolicies.has(value as object);
}

/** Records a validated policy as trusted and returns it. */
export function markDefined(policy: ThresholdPolicy): ThresholdPolicy {
  definedPolicies.add(policy);
  return policy;
}

function checkUnique(ids: readonly string[], path: string, what: string, issues: Issue[]): void {
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) issues.push(makeIssue([path, i, 'id'], `a ${what} id not used before`, `the duplicate id ${JSON.stringify(id)}`));
  });
}

function checkRules(def: ThresholdPolicyDefinition, issues: Issue[]): void {
  const levels = def.levels.map((l) => l.id);
  checkUnique(def.rules.map((r) => r.id), 'rules', 'rule', issues);
  def.rules.forEach((rule, i) => {
    if (!levels.includes(rule.level)) issues.push(makeIssue(['rules', i, 'level'], `one of the policy's levels (${levels.join(', ')})`, describeValue(rule.level)));
    if (rule.id === 'immediate-safety') {
      if (rule.needTypes === undefined) issues.push(makeIssue(['rules', i, 'needTypes'], 'the need types immediate-safety watches (reference: ["supervisory"])', 'nothing (the field is missing)'));
      if (rule.grade === undefined) issues.push(makeIssue(['rules', i, 'grade'], 'the grade at which immediate-safety fires (reference: 5)', 'nothing (the field is missing)'));
    } else if (rule.needTypes !== undefined || rule.grade !== undefined) {
      issues.push(makeIssue(['rules', i], 'needTypes and grade only on the immediate-safety rule', `them on ${rule.id}`));
    }
  });
  // The schema requires at least one rule.
  const last = def.rules[def.rules.length - 1] as PolicyRule;
  if (last.id !== 'needs-met') {
    issues.push(makeIssue(['rules', def.rules.length - 1, 'id'], '"needs-met" as the last rule (the catch-all, so every child is placed)', describeValue(last.id)));
  }
}

function checkNeeds(def: ThresholdPolicyDefinition, options: InstrumentOptions | undefined, issues: Issue[]): void {
  for (const [instrumentId, mapping] of Object.entries(def.needs)) {
    const instrument = findInstrument(instrumentId, options);
    if (instrument === undefined) {
      issues.push(makeIssue(['needs', instrumentId], 'a known instrument id (pass your own instruments in the options)', `the unknown instrument ${JSON.stringify(instrumentId)}`));
    } else if (instrument.family !== 'gcp') {
      issues.push(makeIssue(['needs', instrumentId], 'a GCP-family instrument (Stars are not placed on the continuum)', `the Star ${JSON.stringify(instrumentId)}`));
    } else {
      issues.push(...expandNeeds(instrument.areas, mapping, ['needs', instrumentId]).issues);
      const { min, max } = instrument.scale;
      const { met, borderline, concern } = def.bands;
      const order = instrument.direction === 'lower-is-better' ? { met, borderline, concern } : { concern, borderline, met };
      const placed = Object.entries(order).map(([band, range]) => ({ ...range, path: ['bands', band] }));
      issues.push(...checkTiling(placed, min, max, `bands (on ${instrumentId}'s scale ${min}–${max})`));
      // A grade off the scale would make its test silently never fire.
      const onScale = `a grade on ${instrumentId}'s scale (${min}–${max})`;
      if (def.seriousImpairmentGrade < min || def.seriousImpairmentGrade > max) {
        issues.push(makeIssue(['seriousImpairmentGrade'], onScale, describeValue(def.seriousImpairmentGrade)));
      }
      def.rules.forEach((rule, i) => {
        if (rule.grade !== undefined && (rule.grade < min || rule.grade > max)) issues.push(makeIssue(['rules', i, 'grade'], onScale, describeValue(rule.grade)));
      });
    }
  }
}

/**
 * Validates a threshold policy and returns it frozen. A partnership can rename levels,
 * change any number, reorder or drop rules (the last must stay `needs-met`), add high-risk
 * groups (established by a child flag of the same name) and map its own instruments.
 *
 * @throws {@link PolicyError} listing every problem with its path.
 * @example
 * ```ts
 * const local = definePolicy({ ...referencePolicy, id: 'fenland-2026', version: '1', persistenceDays: 60 });
 * local.persistenceDays; // 60
 * local.version; // '1'
 * definePolicy({ ...referencePolicy, rules: [] }); // throws PolicyError: Invalid threshold policy: rules: expected at least 1 item
 * ```
 */
export function definePolicy(definition: ThresholdPolicyDefinition, options?: InstrumentOptions): ThresholdPolicy {
  options = optionsObject(options);
  const forbidden = findForbiddenKeys(definition);
  if (forbidden.length > 0) throw new PolicyError(forbidden);
  const parsed = policySchema.safeParse(definition);
  if (!parsed.success) throw new PolicyError(translateZodIssues(parsed.error.issues, definition));
  const def = parsed.data as ThresholdPolicyDefinition;
  const issues: Issue[] = [];
  checkUnique(def.levels.map((l) => l.id), 'levels', 'level', issues);
  checkRules(def, issues);
  checkNeeds(def, options, issues);
  if (issues.length > 0) throw new PolicyError(issues);
  // zod returns fresh objects, so freezing them never freezes the caller's definition.
  return markDefined(deepFreeze({ ...def, title: def.title ?? def.id }));
}
