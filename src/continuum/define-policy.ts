import { flagLetters, nearMissFlag } from '../contract/flags.js';
import { type Issue, type IssuePath, makeIssue, PolicyError } from '../errors.js';
import { checkBands, checkUnique } from '../instruments/checks.js';
import { expandNeeds } from '../instruments/needs.js';
import { findInstrument, INSTRUMENT_OPTIONS, type InstrumentOptions } from '../instruments/registry.js';
import type { Instrument } from '../instruments/types.js';
import { describeValue } from '../internal/describe.js';
import { findForbiddenKeys } from '../internal/forbidden-keys.js';
import { deepFreeze } from '../internal/freeze.js';
import { translateZodIssues } from '../internal/zod-issues.js';
import { hasVisibleCharacter } from '../internal/visible-text.js';
import { isUnpadded } from '../internal/well-formed.js';
import { policySchema } from './policy-schema.js';
import { unreachableRuleIssues } from './rule-order.js';
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

function checkRules(def: ThresholdPolicyDefinition, issues: Issue[]): void {
  const levels = def.levels.map((l) => l.id);
  checkUnique(def.rules.map((r, i) => ({ id: r.id, path: ['rules', i, 'id'] })), 'rule', issues);
  def.rules.forEach((rule, i) => {
    if (!levels.includes(rule.level)) issues.push(makeIssue(['rules', i, 'level'], `one of the policy's levels (${levels.join(', ')})`, describeValue(rule.level)));
    if (rule.id === 'immediate-safety') {
      if (rule.needTypes === undefined) issues.push(makeIssue(['rules', i, 'needTypes'], 'the need types immediate-safety watches (reference: ["supervisory"])', 'nothing (the field is missing)'));
      if (rule.grade === undefined) issues.push(makeIssue(['rules', i, 'grade'], 'the grade at which immediate-safety fires (reference: 5)', 'nothing (the field is missing)'));
      // A need type listed twice would be cited twice in every placement that reads it.
      if (rule.needTypes !== undefined) checkUnique(rule.needTypes.map((needType, j) => ({ id: needType, path: ['rules', i, 'needTypes', j] })), 'need type', issues);
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

/**
 * High-risk groups a child can be put in by its flags, each once: a group listed twice would be
 * cited twice in every placement that reads it, one spelt like a built-in flag but for case
 * or hyphens (`run-away`) could never be established, as the parser refuses a child flag so
 * spelt, and two of the same letters (`young-carer`, `youngcarer`) would leave a near miss
 * of them refused in the name of one.
 */
function checkHighRiskGroups(def: ThresholdPolicyDefinition, issues: Issue[]): void {
  checkUnique(def.highRiskGroups.map((group, i) => ({ id: group, path: ['highRiskGroups', i] })), 'high-risk group', issues);
  // Two groups of the same letters (young-carer, youngcarer): a near miss of either could not be told to whose.
  const byLetters = new Map<string, number>();
  def.highRiskGroups.forEach((group, i) => {
    const known = nearMissFlag(group);
    if (known !== undefined) {
      issues.push(makeIssue(['highRiskGroups', i], `the flag written exactly "${known}" (a child flag written ${JSON.stringify(group)} is refused as a near miss of it, so no child could be in this group)`, describeValue(group)));
    }
    const first = byLetters.get(flagLetters(group));
    if (first !== undefined && def.highRiskGroups[first] !== group) {
      issues.push(makeIssue(['highRiskGroups', i], `a group whose letters differ from highRiskGroups[${first}] ("${def.highRiskGroups[first]}"): a flag written almost like both could not be told to which`, describeValue(group)));
    }
    if (first === undefined) byLetters.set(flagLetters(group), i);
  });
}

/**
 * The grades a policy reads as thresholds must lie outside its `met` band: "at or beyond" a
 * met grade takes in every need met at that grade and everything worse, so serious impairment
 * would be likely, or immediate-safety would fire, for a child whose needs are met.
 */
function checkMetThresholds(def: ThresholdPolicyDefinition, issues: Issue[]): void {
  const { met } = def.bands;
  const isMet = (grade: number) => grade >= met.min && grade <= met.max;
  const expected = (what: string) => `a grade outside the met band (${met.min}–${met.max}): at a met grade, ${what} for a child whose needs are met`;
  if (isMet(def.seriousImpairmentGrade)) {
    issues.push(makeIssue(['seriousImpairmentGrade'], expected('serious impairment would be likely'), describeValue(def.seriousImpairmentGrade)));
  }
  def.rules.forEach((rule, i) => {
    if (rule.grade !== undefined && isMet(rule.grade)) issues.push(makeIssue(['rules', i, 'grade'], expected('immediate-safety would fire'), describeValue(rule.grade)));
  });
}

/**
 * What is wrong with applying a policy to one GCP-family instrument (under the policy's need
 * mapping for it, or the instrument's own): its bands must tile the instrument's scale, its
 * grades must lie on it, and the need types `immediate-safety` watches must be need types the
 * instrument has — otherwise a test would silently never fire. Under a policy that maps no
 * instrument, `seriousImpairmentMinAreas` must also be at most the instrument's areas. `definePolicy` runs this for
 * every instrument a policy maps; `placeOnContinuum` for any other instrument it is given.
 */
export function policyIssuesFor(def: ThresholdPolicyDefinition, instrument: Instrument, mapping: Readonly<Record<string, string>> | undefined): Issue[] {
  const issues: Issue[] = [];
  const { min, max } = instrument.scale;
  const needs = mapping === undefined ? instrument.needs : expandNeeds(instrument.areas, mapping).needs;
  if (mapping !== undefined) issues.push(...expandNeeds(instrument.areas, mapping, ['needs', instrument.id]).issues);
  issues.push(...checkBands(def.bands, instrument.direction, min, max, `bands (on ${instrument.id}'s scale ${min}–${max})`));
  const onScale = `a grade on ${instrument.id}'s scale (${min}–${max})`;
  if (def.seriousImpairmentGrade < min || def.seriousImpairmentGrade > max) {
    issues.push(makeIssue(['seriousImpairmentGrade'], onScale, describeValue(def.seriousImpairmentGrade)));
  }
  // A policy's own mapping must give every sub-area a need type: one left out by mistake would
  // count towards the areas at concern (serious impairment) while no need type, and so no
  // definition-1, could show it. An instrument's own mapping may leave sub-areas out on purpose.
  const unmapped = mapping === undefined ? [] : instrument.areas.flatMap((area) => area.subAreas.map((sub) => sub.id)).filter((id) => needs[id] === undefined);
  if (unmapped.length > 0) {
    issues.push(makeIssue(['needs', instrument.id], `a need type for every sub-area of ${instrument.id}`, `none for ${unmapped.join(', ')}`));
  }
  // A policy that maps no instrument has no widest one for definePolicy to hold
  // seriousImpairmentMinAreas to: the instrument placed is held to it instead, or more areas
  // than it has (5 for gcp2's 4) would switch the areas reason off without a word.
  if (Object.keys(def.needs).length === 0 && def.seriousImpairmentMinAreas > instrument.areas.length) {
    issues.push(makeIssue(['seriousImpairmentMinAreas'], `at most ${instrument.areas.length}, the areas of ${instrument.id} (the policy maps no instrument)`, describeValue(def.seriousImpairmentMinAreas)));
  }
  const needTypes = [...new Set(Object.values(needs))];
  // No need type at all (an instrument the policy leaves to its own mapping, which maps none):
  // no rule could read a grade, and every placement would be refused as "nothing assessed"
  // though sub-areas are scored. (A policy's own empty mapping is refused above, sub-area by sub-area.)
  if (needTypes.length === 0 && mapping === undefined) {
    const { id } = instrument;
    issues.push(makeIssue(['needs', id], `a need type for the sub-areas of ${id} (neither the policy nor ${id} maps any): map ${id} in the policy's needs, or give ${id} a needs map`, 'none'));
  }
  def.rules.forEach((rule, i) => {
    if (rule.grade !== undefined && (rule.grade < min || rule.grade > max)) issues.push(makeIssue(['rules', i, 'grade'], onScale, describeValue(rule.grade)));
    // With no need type at all, the issue above says so once, rather than each of these naming an empty list.
    if (needTypes.length > 0) (rule.needTypes ?? []).forEach((needType, j) => {
      if (!needTypes.includes(needType)) {
        issues.push(makeIssue(['rules', i, 'needTypes', j], `a need type ${instrument.id} has under the policy (${needTypes.join(', ')})`, describeValue(needType)));
      }
    });
  });
  return issues;
}

function checkNeeds(def: ThresholdPolicyDefinition, options: InstrumentOptions | undefined, issues: Issue[]): void {
  /** The instrument with the most areas among those the policy maps. */
  let widest: Instrument | undefined;
  for (const [instrumentId, mapping] of Object.entries(def.needs)) {
    const instrument = findInstrument(instrumentId, options);
    if (instrument === undefined) {
      issues.push(makeIssue(['needs', instrumentId], 'a known instrument id (pass your own instruments in the options)', `the unknown instrument ${JSON.stringify(instrumentId)}`));
    } else if (instrument.family !== 'gcp') {
      issues.push(makeIssue(['needs', instrumentId], 'a GCP-family instrument (Stars are not placed on the continuum)', `the Star ${JSON.stringify(instrumentId)}`));
    } else {
      issues.push(...policyIssuesFor(def, instrument, mapping));
      if (widest === undefined || instrument.areas.length > widest.areas.length) widest = instrument;
    }
  }
  // More areas than any instrument the policy maps has would switch the areas reason off
  // without a word (5 for 2, say). A policy may map a narrower form beside a wider one: the
  // reason then cannot fire on the narrower form alone, which is the partnership's choice.
  if (widest !== undefined && def.seriousImpairmentMinAreas > widest.areas.length) {
    issues.push(makeIssue(['seriousImpairmentMinAreas'], `at most ${widest.areas.length}, the areas of ${widest.id} (the most of any instrument the policy maps)`, describeValue(def.seriousImpairmentMinAreas)));
  }
}

/**
 * Validates a threshold policy and returns it frozen. A partnership can rename levels,
 * change any number, reorder or drop rules (the last must stay `needs-met`), add high-risk
 * groups (established by a child flag of the same name) and map its own instruments.
 *
 * @throws {@link PolicyError} listing every problem with its path; {@link OptionsError} for
 * malformed options (an option it does not take among them).
 * @example
 * ```ts
 * const local = definePolicy({ ...referencePolicy, id: 'fenland-2026', version: '1', persistenceDays: 60 });
 * local.persistenceDays; // 60
 * local.version; // '1'
 * definePolicy({ ...referencePolicy, rules: [] }); // throws PolicyError: Invalid threshold policy: rules: expected at least 1 item
 * ```
 */
export function definePolicy(definition: ThresholdPolicyDefinition, options?: InstrumentOptions): ThresholdPolicy {
  return policyFrom(definition, optionsObject(options, INSTRUMENT_OPTIONS));
}

/** {@link definePolicy} under options checked already (a caller's, which may hold more). */
export function policyFrom(definition: ThresholdPolicyDefinition, options: InstrumentOptions): ThresholdPolicy {
  const forbidden = findForbiddenKeys(definition);
  if (forbidden.length > 0) throw new PolicyError(forbidden);
  const parsed = policySchema.safeParse(definition);
  if (!parsed.success) throw new PolicyError(translateZodIssues(parsed.error.issues, definition));
  const def = parsed.data as ThresholdPolicyDefinition;
  const issues: Issue[] = [];
  checkUnique(def.levels.map((l, i) => ({ id: l.id, path: ['levels', i, 'id'] })), 'level', issues);
  // Every placement cites the version: blank, or padded (" 3.1" beside "3.1"), it would cite nothing, or two versions for one.
  if (!isUnpadded(def.version)) issues.push(makeIssue(['version'], 'a version with no spaces at either end (e.g. 3.1)', describeValue(def.version)));
  // Titles are shown beside each placement (levelTitle): one of white space or invisible characters (U+200B) alone would show nothing.
  const titles: [IssuePath, string | undefined][] = [[['title'], def.title], ...def.levels.map((level, i): [IssuePath, string] => [['levels', i, 'title'], level.title])];
  for (const [path, title] of titles) if (title !== undefined && !hasVisibleCharacter(title)) issues.push(makeIssue(path, 'a title with more than white space or invisible characters (it is shown beside each placement)', describeValue(title)));
  checkRules(def, issues);
  checkHighRiskGroups(def, issues);
  checkNeeds(def, options, issues);
  // Which grades are met or concern grades is known only of bands that tile a scale.
  if (!issues.some((issue) => issue.path[0] === 'bands')) {
    const before = issues.length;
    checkMetThresholds(def, issues);
    // A threshold in the met band would make rules after definition-2-partial unreachable too: said once, as the threshold.
    if (issues.length === before) issues.push(...unreachableRuleIssues(def));
  }
  if (issues.length > 0) throw new PolicyError(issues);
  // zod returns fresh objects, so freezing them never freezes the caller's definition.
  return markDefined(deepFreeze({ ...def, title: def.title ?? def.id, rules: def.rules.map(givenFields) }));
}

/** A rule with only the fields given: zod keeps a key given as `undefined`, which JSON would not write. */
function givenFields(rule: PolicyRule): PolicyRule {
  return Object.fromEntries(Object.entries(rule).filter(([, value]) => value !== undefined)) as unknown as PolicyRule;
}
