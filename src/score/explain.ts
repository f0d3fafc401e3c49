import { OperationError } from '../errors.js';
import { INSTRUMENT_OPTIONS, instrumentById, type InstrumentOptions } from '../instruments/registry.js';
import { stageIndex } from '../instruments/stages.js';
import type { AggregationRule, Bands } from '../instruments/types.js';
import { describeKey, describeValue, isPlainObject } from '../internal/describe.js';
import { describeAggregation } from './aggregate.js';
import type { AssessmentScore, GcpScore, RatingStatus, StarScore } from './types.js';
import { optionsObject } from '../internal/option-checks.js';

/**
 * Which derived value to explain.
 *
 * @example
 * ```ts
 * const targets: ExplainTarget[] = [{ subArea: 'physical.nutrition' }, { area: 'physical' }, { need: 'nutritional' }];
 * ```
 */
export type ExplainTarget =
  | {
      /** A sub-area id, e.g. `physical.nutrition`. */
      readonly subArea: string;
    }
  | {
      /** An area id (a Star area id, for a Star). */
      readonly area: string;
    }
  | {
      /** A need type id, e.g. `nutritional`. */
      readonly need: string;
    };

/** One input of a derived value. */
export interface ExplanationInput {
  /** The sub-area, item or Star area id. */
  readonly id: string;
  /** Its grade, or `null` without one. */
  readonly grade: number | null;
  /** Scored, marked not scored, or not rated. */
  readonly status: RatingStatus;
}

/** How a derived value arose: the rule, its inputs, and a sentence saying so. */
export interface Explanation {
  /** What was explained: the target's one key and id. */
  readonly target: ExplainTarget;
  /** The derived value (grade or reading), or `null`. */
  readonly value: number | null;
  /** `as-rated` for a grade the practitioner gave directly; `stage` for a Star reading's stage. */
  readonly rule: AggregationRule | 'as-rated' | 'stage';
  /** The values the rule was applied to. */
  readonly inputs: readonly ExplanationInput[];
  /** One sentence saying how the value arose. */
  readonly text: string;
}

/** ` (band concern: grades 4–5)` for a grade on the scale (the bands tile it, so one holds it). */
function bandText(bands: Bands, grade: number): string {
  const band = (['met', 'borderline', 'concern'] as const).find((b) => grade >= bands[b].min && grade <= bands[b].max);
  if (band === undefined) throw notAScore(`grade ${grade} lies in none of its bands`);
  const { min, max } = bands[band];
  return ` (band ${band}: ${min === max ? `grade ${min}` : `grades ${min}–${max}`})`;
}

function notAScore(why: string): OperationError {
  return new OperationError('not-a-score', `explainScore: expected a score from scoreAssessment (${why})`);
}

const isGradeOrNull = (value: unknown): boolean => value === null || Number.isFinite(value);
const isIdList = (value: unknown): boolean => Array.isArray(value) && value.every((id) => typeof id === 'string');

/**
 * Checks the parts of a score that explaining reads, so that a hand-made or damaged object
 * is refused with the library's own error rather than failing half-way.
 */
function checkShape(score: Record<string, unknown>): void {
  const entries = (key: string): unknown[] => {
    const record = score[key];
    if (!isPlainObject(record)) throw notAScore(`no ${key}`);
    return Object.values(record);
  };
  const rated = (entry: unknown, grade: string) => isPlainObject(entry) && isGradeOrNull(entry[grade]) && typeof entry['status'] === 'string';
  if (score['family'] === 'star') {
    if (!entries('areas').every((area) => rated(area, 'reading'))) throw notAScore('an area without a reading and status');
    return;
  }
  if (score['family'] !== 'gcp') throw notAScore('no family');
  const bands = score['bands'];
  const ranged = (range: unknown) => isPlainObject(range) && typeof range['min'] === 'number' && typeof range['max'] === 'number';
  if (!isPlainObject(bands) || !['met', 'borderline', 'concern'].every((band) => ranged(bands[band]))) throw notAScore('no bands');
  if (!entries('subAreas').every((sub) => rated(sub, 'grade'))) throw notAScore('a sub-area without a grade and status');
  const grouped = (entry: unknown) => isPlainObject(entry) && isGradeOrNull(entry['grade']) && isIdList(entry['subAreas']);
  if (!entries('areas').every(grouped) || !entries('needs').every(grouped)) throw notAScore('an area or need type without a grade and sub-areas');
}

function unknownTarget(kind: string, id: string, known: readonly string[]): OperationError {
  return new OperationError('unknown-target', `No ${kind} ${JSON.stringify(id)} in this score: expected one of ${known.join(', ')}`);
}

function explainGcp(score: GcpScore, target: ExplainTarget): Explanation {
  const lowerIsBetter = score.direction !== 'higher-is-better';
  const inputsOf = (ids: readonly string[]): ExplanationInput[] =>
    ids.map((id) => ({ id, grade: score.subAreas[id]?.grade ?? null, status: score.subAreas[id]?.status ?? 'unrated' }));
  const gradesOf = (inputs: readonly ExplanationInput[]): number[] => inputs.flatMap((i) => (i.grade === null ? [] : [i.grade]));
  if ('subArea' in target) {
    const sub = Object.hasOwn(score.subAreas, target.subArea) ? score.subAreas[target.subArea] : undefined;
    if (sub === undefined) throw unknownTarget('sub-area', target.subArea, Object.keys(score.subAreas));
    if (sub.source === 'items') {
      const inputs = Object.entries(sub.items ?? {}).map(([id, g]): ExplanationInput => ({ id, grade: g === 'not-scored' ? null : g, status: g === 'not-scored' ? 'not-scored' : 'scored' }));
      const how = describeAggregation(gradesOf(inputs), score.aggregation, lowerIsBetter, sub.grade);
      const text = sub.grade === null ? `${target.subArea} is not scored: none of its items is scored.` : `${target.subArea} is ${sub.grade}${bandText(score.bands, sub.grade)} from its items by ${how}.`;
      return { target, value: sub.grade, rule: score.aggregation, inputs, text };
    }
    const text = sub.grade === null ? `${target.subArea} ${ungraded(sub.status)}.` : `${target.subArea} was graded ${sub.grade} by the practitioner${bandText(score.bands, sub.grade)}.`;
    return { target, value: sub.grade, rule: 'as-rated', inputs: [{ id: target.subArea, grade: sub.grade, status: sub.status }], text };
  }
  if ('area' in target) {
    const area = Object.hasOwn(score.areas, target.area) ? score.areas[target.area] : undefined;
    if (area === undefined) throw unknownTarget('area', target.area, Object.keys(score.areas));
    const inputs = inputsOf(area.subAreas);
    const how = describeAggregation(gradesOf(inputs), score.aggregation, lowerIsBetter, area.grade);
    const practitioner = area.practitionerGrade === null ? '' : ` The practitioner graded the area ${area.practitionerGrade}.`;
    if (area.grade === null) {
      return { target, value: null, rule: score.aggregation, inputs, text: `Area ${target.area} is not graded: none of its sub-areas is scored.${practitioner}` };
    }
    return { target, value: area.grade, rule: score.aggregation, inputs, text: `Area ${target.area} is ${area.grade}${bandText(score.bands, area.grade)} by ${how}.${practitioner}` };
  }
  const need = Object.hasOwn(score.needs, target.need) ? score.needs[target.need] : undefined;
  if (need === undefined) throw unknownTarget('need type', target.need, Object.keys(score.needs));
  const inputs = inputsOf(need.subAreas);
  const evidence = needEvidence(inputs);
  const text =
    need.grade === null
      ? `Need ${target.need} is not assessed: none of its sub-areas is scored (${evidence}).`
      : `Need ${target.need} is ${need.grade}${bandText(score.bands, need.grade)}, the worst grade among its scored sub-areas (${evidence}).`;
  return { target, value: need.grade, rule: 'worst', inputs, text };
}

function explainStar(score: StarScore, target: ExplainTarget, options: InstrumentOptions): Explanation {
  if (!('area' in target)) throw new OperationError('unknown-target', 'A Star score explains areas only: pass { area: id }');
  const area = Object.hasOwn(score.areas, target.area) ? score.areas[target.area] : undefined;
  if (area === undefined) throw unknownTarget('area', target.area, Object.keys(score.areas));
  const instrument = instrumentById(score.instrument.id, options);
  // The stages are the edition's: another edition of the same id may band readings otherwise.
  if (instrument.edition !== score.instrument.edition) {
    throw new OperationError(
      'unknown-instrument',
      `explainScore: the score is of ${score.instrument.id} edition ${score.instrument.edition}, but the ${score.instrument.id} visible here is edition ${instrument.edition}; pass the instrument it was scored with in options.instruments`,
    );
  }
  const stage = instrument.stages[stageIndex(instrument, area.reading)];
  const text = stage === undefined ? `${target.area} ${ungraded(area.status)}.` : `${target.area} reads ${area.reading}, in stage ${stage.id} (${stage.min}–${stage.max}).`;
  return { target, value: area.reading, rule: 'stage', inputs: [{ id: target.area, grade: area.reading, status: area.status }], text };
}

/** Why a unit has no grade, in words: its status is a code (`not-scored`), not prose. */
function ungraded(status: RatingStatus, many = false): string {
  return `${many ? 'were' : 'was'} ${status === 'not-scored' ? 'marked not scored' : 'not rated'}`;
}

/** `a`, `a and b`, `a, b and c`. */
const inWords = (ids: readonly string[]): string => (ids.length < 2 ? ids.join('') : `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1] as string}`);

/**
 * A need type's sub-areas in words, as a sub-area's own explanation speaks: the graded with
 * their grades, then those marked not scored, then those not rated
 * (`safety.home 5; safety.online was marked not scored; safety.traffic was not rated`).
 */
function needEvidence(inputs: readonly ExplanationInput[]): string {
  const graded = inputs.flatMap((i) => (i.grade === null ? [] : [`${i.id} ${i.grade}`]));
  const parts = graded.length === 0 ? [] : [graded.join(', ')];
  for (const status of ['not-scored', 'unrated'] as const) {
    const ids = inputs.flatMap((i) => (i.grade === null && i.status === status ? [i.id] : []));
    if (ids.length > 0) parts.push(`${inWords(ids)} ${ungraded(status, ids.length > 1)}`);
  }
  return parts.join('; ');
}

const TARGET_KEYS = ['subArea', 'area', 'need'];

/**
 * The target as one key, refusing one that is not exactly `{ subArea }`, `{ area }` or
 * `{ need }` naming an id: TypeScript takes `{ area, need }` for the union, and one of the two
 * would otherwise be explained and the other dropped without a word. A key set to `undefined`
 * counts as absent, as in options.
 *
 * @throws {@link OperationError} `unknown-target`.
 */
function targetOf(target: unknown): ExplainTarget {
  const refused = (given: string) => new OperationError('unknown-target', `explainScore: expected a target of one key, { subArea }, { area } or { need }, naming an id; received ${given}`);
  if (!isPlainObject(target)) throw refused(describeValue(target));
  const keys = Object.keys(target).filter((k) => target[k] !== undefined);
  if (keys.length !== 1) throw refused(keys.length === 0 ? 'an object with no key' : keys.map((k) => describeKey(k)).join(' and '));
  const key = keys[0] as string;
  const id = target[key];
  // The one key alone, so that a key set to undefined beside it is not read either.
  if (TARGET_KEYS.includes(key) && typeof id === 'string') return { [key]: id } as unknown as ExplainTarget;
  throw refused(`${describeKey(key)} holding ${describeValue(id)}`);
}

/**
 * Explains one derived value of a score: which inputs and which rule produced it.
 *
 * @throws {@link OperationError} `not-a-score` when `score` is not a score from
 * {@link scoreAssessment}; `unknown-target` when the score has no such sub-area, area or need type,
 * or the target is not exactly one of `{ subArea }`, `{ area }` or `{ need }` (`{ area, need }` is refused);
 * {@link OptionsError} for malformed options (an option it does not take among them).
 * @example
 * ```ts
 * const score = scoreAssessment({
 *   schemaVersion: 1, id: 'A-1', instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: '2025-06-02',
 *   ratings: { 'physical.nutrition': 4, 'physical.housing': 4, 'physical.clothing': 2, 'physical.hygiene': 3 },
 * });
 * explainScore(score, { area: 'physical' }).text;
 * // 'Area physical is 4 (band concern: grades 4–5) by mode-worse: 4 is the most frequent of 4, 4, 2, 3 (2 of 4).'
 * explainScore(score, { need: 'nutritional' }).inputs; // [{ id: 'physical.nutrition', grade: 4, status: 'scored' }]
 * explainScore(score, { need: 'nutritional' }).rule; // 'worst'
 * ```
 */
export function explainScore(score: AssessmentScore, target: ExplainTarget, options?: InstrumentOptions): Explanation {
  options = optionsObject(options, INSTRUMENT_OPTIONS);
  if (!isPlainObject(score) || !isPlainObject(score.instrument)) throw notAScore('not an object with an instrument');
  checkShape(score as unknown as Record<string, unknown>);
  const checked = targetOf(target);
  return score.family === 'star' ? explainStar(score, checked, options) : explainGcp(score, checked);
}
