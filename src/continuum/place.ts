import { UNRATED } from '../contract/grade-table.js';
import type { Assessment } from '../contract/types.js';
import { type Issue, OperationError, OptionsError, PolicyError, makeIssue } from '../errors.js';
import type { InstrumentOptions } from '../instruments/registry.js';
import type { Band, Instrument } from '../instruments/types.js';
import { instrumentList } from '../instruments/instrument-names.js';
import { epochDay } from '../internal/calendar.js';
import { describeValue, isPlainObject } from '../internal/describe.js';
import { oncePerObject } from '../internal/memo.js';
import { calendarDate, optionNames, optionsObject } from '../internal/option-checks.js';
import { isWorse } from '../score/aggregate.js';
import { bandOfGrade, planFor, type ScoringOptions, type ScoringPlan, slotOf } from '../score/plan.js';
import { type GradeSnapshot, snapshot } from '../score/snapshot.js';
import { checkAsOf, type History, type HistoryEntry, prepareHistory, reviewDue } from '../progress/history.js';
import { type NeedCourse, persistenceOf, refuseSameDayTie, sameDayConflict as conflictOf } from '../progress/persistence.js';
import type { AssessmentRef } from '../progress/types.js';
import { isDefinedPolicy, policyFrom, policyIssuesFor } from './define-policy.js';
import { explain, type ImmediateSafety } from './explanation.js';
import { highRiskGroups } from './high-risk.js';
import { type RuleFacts, ruleFires } from './rule-fires.js';
import { referencePolicy } from './reference-policy.js';
import type {
  NeedAtConcern,
  PersistentNeed,
  Placement,
  PolicyRule,
  SeriousImpairmentReason,
  ThresholdPolicy,
} from './types.js';

/** Options of {@link placeOnContinuum}. */
export interface PlaceOptions extends InstrumentOptions {
  /** The threshold policy (default {@link referencePolicy}). */
  readonly policy?: ThresholdPolicy | undefined;
  /** The date to judge "overdue" against (`YYYY-MM-DD`); never read from the clock. */
  readonly asOf?: string | undefined;
}

const PLACE_OPTIONS = optionNames<PlaceOptions>()(['instruments', 'policy', 'asOf']);

/** A GCP-family assessment with its grades under the policy. */
export interface Graded {
  readonly entry: HistoryEntry;
  readonly plan: ScoringPlan;
  readonly grades: GradeSnapshot;
}

/**
 * The scoring options a policy implies for an instrument: its bands and need mapping (frozen,
 * so plans are cached) — after checking, once per policy and instrument, that the policy can
 * be applied to that instrument at all.
 *
 * @throws {@link PolicyError} when it cannot (e.g. a grade off the instrument's scale).
 */
const scoringOptionsOf = oncePerObject((policy: ThresholdPolicy) => {
  const byInstrument = new Map<Instrument, ScoringOptions>();
  return (instrument: Instrument): ScoringOptions => {
    let options = byInstrument.get(instrument);
    if (options === undefined) {
      const needs = policy.needs[instrument.id];
      const issues = policyIssuesFor(policy, instrument, needs);
      if (issues.length > 0) throw new PolicyError(issues);
      options = Object.freeze(needs === undefined ? { bands: policy.bands } : { bands: policy.bands, needs });
      byInstrument.set(instrument, options);
    }
    return options;
  };
});

/**
 * Parts of a placement that depend on the policy alone, made once per policy and shared,
 * frozen, by every placement under it (as scores share their leaves): the policy's citation
 * and each rule's entry in `rules`, fired or not.
 */
type RuleEntry = Placement['rules'][number];

const policyLeavesOf = oncePerObject((policy: ThresholdPolicy) => {
  const entry = (rule: PolicyRule, fired: boolean): RuleEntry => Object.freeze({ id: rule.id, level: rule.level, fired });
  return {
    ref: Object.freeze({ id: policy.id, version: policy.version }),
    /** Per rule: its entry when it did not fire, and when it did. */
    rules: policy.rules.map((rule): readonly [RuleEntry, RuleEntry] => [entry(rule, false), entry(rule, true)]),
    /** The immediate-safety rule, if the policy has one. */
    immediateSafety: policy.rules.find((rule) => rule.id === 'immediate-safety'),
    /** Whether the policy has a borderline rule, whose evidence the explanation then cites. */
    hasBorderline: policy.rules.some((rule) => rule.id === 'borderline'),
  };
});

const NONE_IGNORED: readonly AssessmentRef[] = Object.freeze([]);

/** The policy to place under: the reference policy, one `definePolicy` returned, or a definition validated here. */
function policyOf(value: unknown, options: InstrumentOptions): ThresholdPolicy {
  if (value === undefined) return referencePolicy;
  if (isDefinedPolicy(value)) return value;
  if (!isPlainObject(value)) throw new OptionsError([makeIssue(['policy'], 'a threshold policy (see definePolicy)', describeValue(value))]);
  return policyFrom(value as unknown as ThresholdPolicy, options);
}


/** Need type → grade in one graded assessment (`null` where it maps none or none is scored). */
function needGrade(graded: Graded, needType: string): number | null {
  // An unmapped need type has no index, and `needs[undefined]` is undefined too.
  return graded.grades.needs[graded.plan.needIndex.get(needType) as number] ?? null;
}

/**
 * The grade of need type `needTypes[t]` in one graded assessment: by position when its plan
 * lists exactly the history's need types (the usual case: one plan grades the whole history),
 * else by name.
 */
function needGradeAt(graded: Graded, needTypes: readonly string[], t: number): number | null {
  if (graded.plan.needIds === needTypes) return graded.grades.needs[t] ?? null;
  return needGrade(graded, needTypes[t] as string);
}

/** Every need type of the history, in the latest assessment's order, then any others. */
function needTypesOf(history: readonly Graded[]): readonly string[] {
  const latest = history[history.length - 1] as Graded;
  // Usually one plan grades the whole history: its need types are all there is.
  // Stryker disable next-line ArrowFunction,EqualityOperator: either way the shortcut is not taken, and the loop below finds the same list
  if (history.every((graded) => graded.plan === latest.plan)) return latest.plan.needIds;
  const types = [...latest.plan.needIds];
  for (const graded of history) for (const id of graded.plan.needIds) if (!types.includes(id)) types.push(id);
  return types;
}

/** True when a unit's grade is in a band of a plan (a sentinel, not scored or unrated, has none). */
function isInBand(plan: ScoringPlan, grade: number, band: Band): boolean {
  return plan.bandOf[grade - plan.index.min] === band;
}

function isConcern(plan: ScoringPlan, grade: number): boolean {
  return isInBand(plan, grade, 'concern');
}

/** The need types of the latest assessment in a band, each with its grade and its sub-areas in that band. */
function needsInBand(latest: Graded, band: Band): NeedAtConcern[] {
  const { plan, grades } = latest;
  const out: NeedAtConcern[] = [];
  for (let n = 0; n < plan.needIds.length; n++) {
    const grade = grades.needs[n] ?? null;
    if (bandOfGrade(plan, grade) !== band) continue;
    const subAreas: string[] = [];
    for (const u of plan.needUnits[n] as readonly number[]) if (isInBand(plan, grades.units[u] as number, band)) subAreas.push(plan.index.unitIds[u] as string);
    out.push({ needType: plan.needIds[n] as string, grade: grade as number, subAreas });
  }
  return out;
}

/** A graded history as persistence reads it; a need is its position in the history's need types. */
function needCourseOf(history: readonly Graded[], needTypes: readonly string[]): NeedCourse<number> {
  return {
    count: history.length,
    assessment: (i) => (history[i] as Graded).entry.assessment,
    plan: (i) => (history[i] as Graded).plan,
    grade: (i, t) => needGradeAt(history[i] as Graded, needTypes, t),
  };
}

function persistentNeeds(history: readonly Graded[], needTypes: readonly string[], persistenceDays: number): PersistentNeed[] {
  const course = needCourseOf(history, needTypes);
  const out: PersistentNeed[] = [];
  for (let t = 0; t < needTypes.length; t++) {
    const persistence = persistenceOf(course, t, persistenceDays);
    if (persistence.persistent) {
      out.push({ needType: needTypes[t] as string, since: persistence.since as string, spanDays: persistence.spanDays as number, evidence: persistence.evidence });
    }
  }
  return out;
}

/** Areas of the latest assessment with at least one sub-area at concern. */
function areasAtConcern(latest: Graded): string[] {
  const { plan, grades } = latest;
  const { areaIds, areaUnits } = plan.index;
  const out: string[] = [];
  for (let a = 0; a < areaIds.length; a++) {
    for (const u of areaUnits[a] as readonly number[]) {
      if (isConcern(plan, grades.units[u] as number)) {
        out.push(areaIds[a] as string);
        break;
      }
    }
  }
  return out;
}

/** Whether a grade is `grade` or worse, whichever way the scale runs. */
function isAtOrBeyond(value: number, grade: number, lowerIsBetter: boolean): boolean {
  return value === grade || isWorse(value, grade, lowerIsBetter);
}

/** Need types of the latest assessment at or beyond `grade`. */
function needsAtOrBeyond(latest: Graded, needTypes: readonly string[], grade: number): string[] {
  const lowerIsBetter = latest.plan.index.lowerIsBetter;
  const out: string[] = [];
  for (let t = 0; t < needTypes.length; t++) {
    const value = needGradeAt(latest, needTypes, t);
    if (value !== null && isAtOrBeyond(value, grade, lowerIsBetter)) out.push(needTypes[t] as string);
  }
  return out;
}

/** The sub-areas at concern in one graded assessment, in instrument order. */
function unitsAtConcern(graded: Graded): string[] {
  const { plan, grades } = graded;
  const out: string[] = [];
  for (let u = 0; u < grades.units.length; u++) if (isConcern(plan, grades.units[u] as number)) out.push(plan.index.unitIds[u] as string);
  return out;
}

const listOrNone = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join(', '));
const dayOf = (graded: Graded): string => graded.entry.assessment.assessedOn;

function sameDayConflict(a: Graded, b: Graded, what: string, theirs: string, mine: string): OperationError {
  return conflictOf('placeOnContinuum', 'placement', a.entry.assessment, b.entry.assessment, what, theirs, mine);
}

/**
 * Refuses assessments on one day that disagree where the outcome would then depend on which
 * id sorts last (the design's order): resting a safeguarding decision on that could ignore a
 * same-day concern. On the latest day they must agree on everything the rules read: each
 * need type's grade, the evidence at concern (the same sub-areas, for one instrument; as many
 * areas, for two) and the high-risk groups. On an earlier day, only what persistence reads
 * can depend on the order (see `sameDayTie`). Assessments that agree are placed (the
 * explanation names those of the latest day).
 *
 * @throws {@link OperationError} `same-day-conflict`.
 */
function checkSameDay(graded: readonly Graded[], needTypes: readonly string[], policy: ThresholdPolicy, dateOfBirth: History['dateOfBirth']): void {
  const last = graded.length - 1;
  // Most histories have one assessment a day: one pass finds that, and nothing else is done.
  let k = last;
  while (k > 0 && dayOf(graded[k - 1] as Graded) !== dayOf(graded[k] as Graded)) k--;
  if (k === 0) return;
  const groupsOf = (g: Graded): string[] => highRiskGroups(g.entry.assessment, policy, dateOfBirth).established.map((group) => group.group);
  const latest = graded[last] as Graded;
  for (let i = last - 1; i >= 0 && dayOf(graded[i] as Graded) === dayOf(latest); i--) {
    const other = graded[i] as Graded;
    for (let t = 0; t < needTypes.length; t++) {
      const mine = needGradeAt(latest, needTypes, t);
      const theirs = needGradeAt(other, needTypes, t);
      if (mine === theirs) continue;
      const [myBand, theirBand] = [bandOfGrade(latest.plan, mine), bandOfGrade(other.plan, theirs)];
      // Named by band where the bands differ, else by grade (two grades of one band).
      if (myBand !== theirBand) throw sameDayConflict(other, latest, needTypes[t] as string, theirBand ?? 'not assessed', myBand ?? 'not assessed');
      throw sameDayConflict(other, latest, `the grade of ${needTypes[t] as string}`, `${theirs}`, `${mine}`);
    }
    if (other.plan.index === latest.plan.index) {
      const [theirs, mine] = [unitsAtConcern(other), unitsAtConcern(latest)];
      if (theirs.join() !== mine.join()) throw sameDayConflict(other, latest, 'the sub-areas at concern', listOrNone(theirs), listOrNone(mine));
    } else {
      const [theirs, mine] = [areasAtConcern(other).length, areasAtConcern(latest).length];
      if (theirs !== mine) throw sameDayConflict(other, latest, 'the number of areas at concern', `${theirs}`, `${mine}`);
    }
    const [theirGroups, myGroups] = [groupsOf(other), groupsOf(latest)];
    if (theirGroups.join() !== myGroups.join()) throw sameDayConflict(other, latest, 'the high-risk groups', listOrNone(theirGroups), listOrNone(myGroups));
  }
  // On an earlier day, only where persistence's walk would depend on the order.
  const course = needCourseOf(graded, needTypes);
  for (let t = 0; t < needTypes.length; t++) refuseSameDayTie(course, t, needTypes[t] as string, 'placeOnContinuum', 'placement');
}

/** Grades the GCP-family part of a history under a policy; refuses what cannot be placed. */
function gradeHistory(entries: readonly HistoryEntry[], policy: ThresholdPolicy): Graded[] {
  // Usually every entry is of one GCP instrument: then the history is taken as it is.
  const first = entries[0] as HistoryEntry;
  // Stryker disable next-line ArrowFunction,StringLiteral: each makes uniform false, and filtering a uniform history keeps it whole
  const uniform = first.instrument.family === 'gcp' && entries.every((e) => e.instrument === first.instrument);
  const gcp = uniform ? entries : entries.filter((e) => e.instrument.family === 'gcp');
  if (gcp.length === 0) {
    throw new OperationError('star-only', 'placeOnContinuum: the history holds Star readings only; Stars measure family progress, not neglect, so placement needs a GCP-family assessment');
  }
  const instruments = uniform ? [first.instrument] : [...new Set(gcp.map((e) => e.instrument))];
  if (instruments.length > 1) {
    const unmapped = instruments.filter((i) => policy.needs[i.id] === undefined);
    if (unmapped.length > 0) {
      const ids = instruments.map((i) => i.id);
      // Ids name instruments apart, unless two share one: then editions, or that they are two definitions.
      const named = new Set(ids).size === ids.length ? ids.join(' and ') : instrumentList(instruments);
      throw new OperationError(
        'mixed-instruments',
        `placeOnContinuum: the history mixes ${named}, but policy ${policy.id} does not map ${[...new Set(unmapped.map((i) => i.id))].join(', ')}; a policy must map every instrument of a mixed history`,
      );
    }
  }
  const optionsFor = scoringOptionsOf(policy);
  // Stryker disable next-line ArrayDeclaration: a size hint; every slot is written below
  const graded: Graded[] = new Array(gcp.length);
  for (let i = 0; i < gcp.length; i++) {
    const entry = gcp[i] as HistoryEntry;
    const plan = planFor(entry.instrument, optionsFor(entry.instrument));
    // Stryker disable next-line BooleanLiteral: placement reads no area grade, so computing them changes nothing
    graded[i] = { entry, plan, grades: snapshot(entry, plan, false) };
  }
  return graded;
}

/**
 * The evidence of the policy's immediate-safety rule, if it has one: each of the rule's need
 * types at or beyond its grade in the latest assessment, with its grade and the sub-areas
 * that reach that grade (`supervisory 5 (safety.in-absence)`).
 */
function immediateSafety(latest: Graded, rule: PolicyRule | undefined): ImmediateSafety | null {
  if (rule === undefined) return null;
  // definePolicy requires both on immediate-safety.
  const grade = rule.grade as number;
  const { plan, grades } = latest;
  const needs: string[] = [];
  for (const needType of needsAtOrBeyond(latest, rule.needTypes as readonly string[], grade)) {
    const n = plan.needIndex.get(needType) as number;
    const subAreas: string[] = [];
    for (const u of plan.needUnits[n] as readonly number[]) {
      // A sentinel (not scored, unrated) is below every grade, so it never reaches one.
      const value = grades.units[u] as number;
      if (value >= 0 && isAtOrBeyond(value, grade, plan.index.lowerIsBetter)) subAreas.push(plan.index.unitIds[u] as string);
    }
    needs.push(`${needType} ${grades.needs[n] as number} (${subAreas.join(', ')})`);
  }
  return { grade, needs };
}

const ref = (a: Assessment): AssessmentRef => ({ assessmentId: a.id, assessedOn: a.assessedOn });

/**
 * Places a child on the neglect continuum (design §4): tries the policy's rules in order on
 * the child's history and returns the level of the first that fires, with both working
 * definitions element by element — need types at concern; persistent need types with the
 * assessments and dates that show it; why serious impairment is likely; high-risk groups
 * and how each was established — the need types not assessed, the policy id and version,
 * when the next review is due and whether it is overdue against `asOf` (never the clock),
 * and a short explanation citing rules and assessment ids. Decision support, not a decision.
 *
 * Star readings in the history are listed as ignored; a Star-only history is refused.
 *
 * @throws {@link OperationError} `empty-history`, `star-only`, `mixed-children`,
 * `mixed-instruments` (unless the policy maps every instrument), `as-of-before-latest`,
 * `nothing-assessed`, `same-day-conflict` (assessments on one day whose order would decide:
 * on the latest day, any disagreement the rules read; earlier, a need type met in one and at
 * concern in another on a day its persistent run reaches), `conflicting-child`,
 * `date-out-of-range` (a review date after 9999-12-31); {@link AssessmentError};
 * {@link OptionsError}; {@link PolicyError} for an invalid policy.
 * @example
 * ```ts
 * const child = { id: 'C-9', dateOfBirth: '2021-03-10' };
 * const history = [
 *   { schemaVersion: 1, id: 'A-2', instrument: 'gcp2', child, assessedOn: '2025-05-06',
 *     ratings: { 'physical.nutrition': 4, 'emotional.responsiveness': 4, 'safety.in-absence': 3 } },
 *   { schemaVersion: 1, id: 'A-1', instrument: 'gcp2', child, assessedOn: '2025-02-03',
 *     ratings: { 'physical.nutrition': 4, 'emotional.responsiveness': 2 } },
 * ] as const;
 * const p = placeOnContinuum(history, { asOf: '2025-08-20' });
 * p.level; // 'child-protection'
 * p.rule; // 'definition-2'
 * p.urgent; // false
 * p.definitions.safeguarding.persistent.map((n) => [n.needType, n.since, n.spanDays]); // [['nutritional', '2025-02-03', 92]]
 * p.definitions.safeguarding.seriousImpairmentReasons; // [{ reason: 'areas', minAreas: 2, areas: ['physical', 'emotional'] }]
 * p.notAssessed; // ['medical', 'physical']
 * p.nextReviewDue; // '2025-08-04'
 * p.overdue; // true
 * p.explanation[0]; // 'rule definition-2 fired → child-protection under policy reference-2016 v1.0.0; earlier rules did not fire: immediate-safety'
 * ```
 */
export function placeOnContinuum(history: readonly Assessment[], options?: PlaceOptions): Placement {
  options = optionsObject(options, PLACE_OPTIONS);
  const issues: Issue[] = [];
  const asOf = calendarDate(issues, 'asOf', options.asOf);
  if (issues.length > 0) throw new OptionsError(issues);
  const policy = policyOf(options.policy, options);
  const { childId, dateOfBirth, entries } = prepareHistory(history, options, 'placeOnContinuum', true);
  const graded = gradeHistory(entries, policy);
  const latest = graded[graded.length - 1] as Graded;
  const latestAssessment = latest.entry.assessment;
  checkAsOf(asOf, latestAssessment, 'placeOnContinuum');
  const needTypes = needTypesOf(graded);
  checkSameDay(graded, needTypes, policy, dateOfBirth);
  const needs: Record<string, { grade: number | null; band: Band | null }> = {};
  const notAssessed: string[] = [];
  let borderline = false;
  for (let t = 0; t < needTypes.length; t++) {
    const needType = needTypes[t] as string;
    const grade = needGradeAt(latest, needTypes, t);
    // The plan's shared, frozen { grade, band } (as scores share their leaves).
    const leaf = latest.plan.shared.gradeBand[slotOf(grade ?? UNRATED, latest.plan.index.min)] as Placement['needs'][string];
    needs[needType] = leaf;
    if (grade === null) notAssessed.push(needType);
    if (leaf.band === 'borderline') borderline = true;
  }
  if (notAssessed.length === needTypes.length) {
    throw new OperationError('nothing-assessed', `placeOnContinuum: no need type is assessed in the latest assessment (${latestAssessment.id}); placement needs at least one scored sub-area`);
  }
  const atConcern = needsInBand(latest, 'concern');
  const persistent = persistentNeeds(graded, needTypes, policy.persistenceDays);
  const groups = highRiskGroups(latestAssessment, policy, dateOfBirth);
  const reasons: SeriousImpairmentReason[] = [];
  const atGrade = needsAtOrBeyond(latest, needTypes, policy.seriousImpairmentGrade);
  if (atGrade.length > 0) reasons.push({ reason: 'grade', grade: policy.seriousImpairmentGrade, needTypes: atGrade });
  const areas = areasAtConcern(latest);
  if (areas.length >= policy.seriousImpairmentMinAreas) reasons.push({ reason: 'areas', minAreas: policy.seriousImpairmentMinAreas, areas });
  if (groups.established.length > 0 && atConcern.length > 0) {
    reasons.push({ reason: 'high-risk', groups: groups.established.map((g) => g.group), needTypes: atConcern.map((n) => n.needType) });
  }
  const leaves = policyLeavesOf(policy);
  const immediate = immediateSafety(latest, leaves.immediateSafety);
  const facts: RuleFacts = {
    immediateSafety: immediate !== null && immediate.needs.length > 0,
    d1: atConcern.length > 0,
    d2: persistent.length > 0 && reasons.length > 0,
    persistent: persistent.length > 0,
    serious: reasons.length > 0,
    borderline,
  };
  const rules = policy.rules.map((rule, r) => {
    const [quiet, fired] = leaves.rules[r] as readonly [RuleEntry, RuleEntry];
    return ruleFires(rule.id, facts) ? fired : quiet;
  });
  const firedAt = rules.findIndex((r) => r.fired);
  const rule = policy.rules[firedAt] as PolicyRule;
  const level = policy.levels.find((l) => l.id === rule.level) as ThresholdPolicy['levels'][number];
  const due = level.reviewIntervalDays === null ? null : reviewDue(latestAssessment, level.reviewIntervalDays, 'placeOnContinuum');
  const dueDay = due === null ? null : due.day;
  const nextReviewDue = due === null ? null : due.date;
  const overdue = asOf === null ? null : dueDay !== null && epochDay(asOf) > dueDay;
  const placement: { -readonly [K in keyof Placement]: Placement[K] } = {
    childId,
    level: level.id,
    levelTitle: level.title,
    rule: rule.id,
    urgent: rule.urgent ?? false,
    policy: leaves.ref,
    asOf,
    latest: { assessmentId: latestAssessment.id, assessedOn: latestAssessment.assessedOn, instrument: latest.plan.instrumentRef },
    assessments: graded.map((g) => ref(g.entry.assessment)),
    ignored: graded.length === entries.length ? NONE_IGNORED : entries.filter((e) => e.instrument.family !== 'gcp').map((e) => ref(e.assessment)),
    needs,
    notAssessed,
    definitions: {
      earlyHelp: { met: facts.d1, needsAtConcern: atConcern },
      safeguarding: { met: facts.d2, persistent, seriousImpairmentLikely: facts.serious, seriousImpairmentReasons: reasons, highRiskGroups: groups.established },
    },
    rules,
    nextReviewDue,
    overdue,
    explanation: [],
  };
  // Filled last, from the finished placement (assigned, not spread, to keep one object shape).
  const borderlineNeeds = borderline && leaves.hasBorderline ? needsInBand(latest, 'borderline') : [];
  placement.explanation = explain(placement, policy, { unknownGroups: groups.unknown, immediate, borderline: borderlineNeeds });
  return placement;
}
