import { UNRATED } from '../contract/grade-table.js';
import { type Issue, makeIssue, OptionsError } from '../errors.js';
import { checkBands } from '../instruments/checks.js';
import { SLUG } from '../instruments/definition-schema.js';
import { expandNeeds } from '../instruments/needs.js';
import { stageIndex } from '../instruments/stages.js';
import { AGGREGATION_RULES, type AggregationRule, type Band, type Bands, type GradeRange, type Instrument } from '../instruments/types.js';
import { describeValue, isPlainObject } from '../internal/describe.js';
import { indexOf, type InstrumentIndex } from '../internal/instrument-index.js';
import { isDeepFrozen } from '../internal/freeze.js';
import { oncePerObject } from '../internal/memo.js';
import { newTally, type Tally } from './aggregate.js';
import type { AreaScore, NeedScore, RatingStatus, StarAreaScore, SubAreaScore } from './types.js';

/** Options that change how an assessment is scored. */
export interface ScoringOptions {
  /** Overrides the instrument's aggregation rule. */
  readonly aggregation?: AggregationRule | undefined;
  /** Overrides the instrument's grade bands (GCP family); they must tile the scale. */
  readonly bands?: Bands | undefined;
  /** Overrides the instrument's need mapping: sub-area id or `area.*` → need type. */
  readonly needs?: Readonly<Record<string, string>> | undefined;
}

/**
 * Everything scoring needs, resolved once per instrument and options: lookup tables, the
 * rule, a band per grade, and each need type's units.
 */
export interface ScoringPlan {
  readonly index: InstrumentIndex;
  /** `{ id, edition }` of the instrument, shared by every score. */
  readonly instrumentRef: { readonly id: string; readonly edition: string };
  readonly rule: AggregationRule;
  readonly bands: Bands | null;
  /** Band of grade `g` at `bandOf[g - min]`. */
  readonly bandOf: readonly Band[];
  readonly needIds: readonly string[];
  /** Need type id → its position in `needIds`. */
  readonly needIndex: ReadonlyMap<string, number>;
  readonly needUnits: readonly (readonly number[])[];
  readonly needUnitIds: readonly (readonly string[])[];
  /**
   * Frozen result objects shared by every score, so scoring a typical assessment allocates
   * little: leaves keyed by grade (index `grade - min + 2`; 0 unrated, 1 not scored).
   */
  readonly shared: SharedLeaves;
  /** Scratch space for aggregation; emptied after every use. */
  readonly tally: Tally;
  /** Scratch grade table for one assessment at a time (scoring never keeps it). */
  readonly scratch: Int16Array;
}

/** Frozen result leaves and record templates of one plan. */
export interface SharedLeaves {
  readonly subArea: readonly SubAreaScore[];
  readonly need: readonly (readonly NeedScore[])[];
  readonly starArea: readonly StarAreaScore[];
  /** `{ grade, band }` of each slot: a need type's grade in a placement. */
  readonly gradeBand: readonly { readonly grade: number | null; readonly band: Band | null }[];
  /**
   * Per area, area results keyed by `slot(grade) * slots + slot(practitioner grade)`, made
   * on first use: the pairs are slots² per area, too many to make up front on a wide scale.
   */
  readonly area: readonly (AreaScore | undefined)[][];
  /** How many slots a grade has: unrated, not scored, then each grade. */
  readonly slots: number;
}

const inRange = (grade: number, range: GradeRange): boolean => grade >= range.min && grade <= range.max;

/** The band of a grade under a plan, or `null` for no grade. */
export function bandOfGrade(plan: ScoringPlan, grade: number | null): Band | null {
  return grade === null ? null : (plan.bandOf[grade - plan.index.min] as Band);
}

/** The band of each grade from `min` to `max` (empty for Stars, which have no bands). */
function bandTable(bands: Bands | null, min: number, max: number): Band[] {
  const table: Band[] = [];
  for (let grade = min; bands !== null && grade <= max; grade++) {
    table.push(inRange(grade, bands.met) ? 'met' : inRange(grade, bands.concern) ? 'concern' : 'borderline');
  }
  return table;
}

/** Need types in the instrument's order first, then any new ones in sub-area order. */
function needOrder(instrument: Instrument, needs: Readonly<Record<string, string>>): string[] {
  const order = instrument.needTypes.map((n) => n.id).filter((id) => Object.values(needs).includes(id));
  for (const needType of Object.values(needs)) if (!order.includes(needType)) order.push(needType);
  return order;
}

function checkOptions(instrument: Instrument, options: ScoringOptions): Issue[] {
  const issues: Issue[] = [];
  if (options.aggregation !== undefined && !AGGREGATION_RULES.includes(options.aggregation)) {
    issues.push(makeIssue(['aggregation'], `one of ${AGGREGATION_RULES.join(', ')}`, describeValue(options.aggregation)));
  }
  if (options.bands !== undefined) {
    if (instrument.family !== 'gcp') {
      issues.push(makeIssue(['bands'], 'no bands (Star instruments have stages)', describeValue(options.bands)));
    } else {
      issues.push(...checkBands(options.bands, instrument.direction, instrument.scale.min, instrument.scale.max));
    }
  }
  if (options.needs !== undefined) {
    if (instrument.family !== 'gcp') issues.push(makeIssue(['needs'], 'no need mapping (Star instruments have none)', describeValue(options.needs)));
    else if (!isPlainObject(options.needs)) issues.push(makeIssue(['needs'], 'an object mapping sub-area ids to need types', describeValue(options.needs)));
    else {
      for (const [key, needType] of Object.entries(options.needs)) {
        if (typeof needType !== 'string' || !SLUG.test(needType)) issues.push(makeIssue(['needs', key], 'a need type id (a lower-case slug)', describeValue(needType)));
      }
      issues.push(...expandNeeds(instrument.areas, options.needs, ['needs']).issues);
    }
  }
  return issues;
}

/** The slot of a grade (or sentinel) in a shared-leaf table: 0 unrated, 1 not scored, then grades. */
export function slotOf(grade: number, min: number): number {
  return grade >= min ? grade - min + 2 : grade + 2;
}

function sharedLeaves(
  instrument: Instrument,
  index: InstrumentIndex,
  bandOf: readonly Band[],
  needUnitIds: readonly (readonly string[])[],
): SharedLeaves {
  const slots: { grade: number | null; status: RatingStatus; band: Band | null }[] = [
    { grade: null, status: 'unrated', band: null },
    { grade: null, status: 'not-scored', band: null },
  ];
  for (let grade = index.min; grade <= index.max; grade++) slots.push({ grade, status: 'scored', band: bandOf[grade - index.min] ?? null });
  return {
    subArea: slots.map(({ grade, band, status }) => Object.freeze({ grade, band, status, source: 'rating' as const })),
    need: needUnitIds.map((subAreas) => slots.map(({ grade, band }) => Object.freeze({ grade, band, subAreas }))),
    gradeBand: slots.map(({ grade, band }) => Object.freeze({ grade, band })),
    area: index.areaIds.map(() => []),
    slots: slots.length,
    starArea: slots.map(({ grade, status }) =>
      Object.freeze({ reading: grade, stage: instrument.stages[stageIndex(instrument, grade)]?.id ?? null, status }),
    ),
  };
}

/** The shared, frozen result of area `a` for a derived and a practitioner's grade. */
export function areaLeaf(plan: ScoringPlan, a: number, grade: number | null, practitionerGrade: number | null): AreaScore {
  const { index, shared } = plan;
  const key = slotOf(grade ?? UNRATED, index.min) * shared.slots + slotOf(practitionerGrade ?? UNRATED, index.min);
  const leaves = shared.area[a] as (AreaScore | undefined)[];
  // `+ 0` turns a raw input's `-0` into `0` before the leaf is shared.
  return (leaves[key] ??= Object.freeze({ grade, band: bandOfGrade(plan, grade), practitionerGrade: practitionerGrade === null ? null : practitionerGrade + 0, subAreas: index.areaUnitIds[a] as readonly string[] }));
}

function build(instrument: Instrument, options: ScoringOptions): ScoringPlan {
  const index = indexOf(instrument);
  const bands = options.bands ?? instrument.bands;
  const needs = options.needs === undefined ? instrument.needs : expandNeeds(instrument.areas, options.needs).needs;
  const needIds = needOrder(instrument, needs);
  const needUnits = needIds.map((needType) => index.unitIds.flatMap((id, unit) => (needs[id] === needType ? [unit] : [])));
  const needUnitIds = needUnits.map((units) => Object.freeze(units.map((u) => index.unitIds[u] as string)));
  const bandOf = bandTable(bands, index.min, index.max);

  return {
    index,
    instrumentRef: Object.freeze({ id: instrument.id, edition: instrument.edition }),
    rule: options.aggregation ?? instrument.aggregation,
    bands,
    bandOf,
    needIds,
    needIndex: new Map(needIds.map((id, n) => [id, n])),
    needUnits,
    needUnitIds,
    shared: sharedLeaves(instrument, index, bandOf, needUnitIds),
    tally: newTally(index.min, index.max),
    scratch: new Int16Array(index.unitIds.length),
  };
}

const defaultPlan = oncePerObject((instrument: Instrument) => build(instrument, {}));
const customPlans = oncePerObject((_instrument: Instrument) => new WeakMap<ScoringOptions, ScoringPlan>());

/**
 * The scoring plan of an instrument under options. Plans for options frozen all the way
 * down (such as a policy's) are checked and built once; other options objects are checked on
 * every call, since they could have changed since.
 *
 * @throws {@link OptionsError} naming the bad option.
 */
export function planFor(instrument: Instrument, options: ScoringOptions = {}): ScoringPlan {
  // The branches below only choose a cache: either way the plan built is the same.
  if (options.aggregation === undefined && options.bands === undefined && options.needs === undefined) return defaultPlan(instrument);
  const byOptions = customPlans(instrument);
  const cached = byOptions.get(options);
  if (cached !== undefined) return cached;
  const issues = checkOptions(instrument, options);
  if (issues.length > 0) throw new OptionsError(issues);
  const plan = build(instrument, options);
  // Only options whose bands and need mapping are frozen all the way down (checked above, so
  // plain data): a frozen object whose `bands` could still change would give a stale plan.
  if (Object.isFrozen(options) && isDeepFrozen(options.bands) && isDeepFrozen(options.needs)) byOptions.set(options, plan);
  return plan;
}
