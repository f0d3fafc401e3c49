import { ensureAssessment, type ParseOptions } from '../contract/parse.js';
import type { Assessment } from '../contract/types.js';
import { aggregateUnits, gradeOf, NOT_SCORED, UNRATED, unitGrades, worstOf } from './grades.js';
import { areaLeaf, planFor, type ScoringOptions, type ScoringPlan, slotOf } from './plan.js';
import type {
  AreaScore,
  AssessmentScore,
  Completeness,
  GcpScore,
  NeedScore,
  StarAreaScore,
  StarScore,
  SubAreaScore,
} from './types.js';
import { optionNames, optionsObject } from '../internal/option-checks.js';

/** Options of {@link scoreAssessment}. */
export interface ScoreOptions extends ParseOptions, ScoringOptions {}

/** The option names of {@link scoreAssessment}, which functions that score take too. */
export const SCORE_OPTIONS = optionNames<ScoreOptions>()(['instruments', 'aggregation', 'bands', 'needs']);

function completeness(grades: Int16Array): Completeness {
  let scored = 0;
  let notScored = 0;
  for (const grade of grades) {
    if (grade >= 0) scored++;
    else if (grade === NOT_SCORED) notScored++;
  }
  const total = grades.length;
  return { total, scored, notScored, unrated: total - scored - notScored, ratio: scored / total };
}

const EMPTY = Object.freeze([]) as unknown as string[];

/** Adds to a list, replacing the shared empty list by a new one on the first addition. */
function append(list: string[], id: string): string[] {
  if (list === EMPTY) return [id];
  list.push(id);
  return list;
}

/** Item grades of a unit rated by items, keyed by item id. */
function itemsOf(assessment: Assessment, itemIds: readonly string[]): Record<string, number | 'not-scored'> {
  const items: Record<string, number | 'not-scored'> = {};
  for (const id of itemIds) {
    const rating = assessment.ratings[id];
    if (rating !== undefined) {
      const grade = gradeOf(rating);
      // `+ 0`: raw input (not copied by parsing) may hold `-0` on a 0-based scale.
      items[id] = grade === NOT_SCORED ? 'not-scored' : grade + 0;
    }
  }
  return items;
}

/** A sub-area's result: a shared leaf unless it came from items. */
function subAreaScore(assessment: Assessment, plan: ScoringPlan, unit: number, value: number): SubAreaScore {
  const { index, shared } = plan;
  const leaf = shared.subArea[slotOf(value, index.min)] as SubAreaScore;
  // A unit with a value but no rating of its own took it from its items (only an instrument
  // with items has such units, so others skip the look-up).
  if (index.hasItems && value !== UNRATED && assessment.ratings[index.unitIds[unit] as string] === undefined) {
    return { grade: leaf.grade, band: leaf.band, status: leaf.status, source: 'items', items: itemsOf(assessment, index.unitItems[unit] as readonly string[]) };
  }
  return leaf;
}

function scoreGcp(assessment: Assessment, plan: ScoringPlan, grades: Int16Array): GcpScore {
  const { index, shared } = plan;
  const subAreas: Record<string, SubAreaScore> = {};
  // Most of these lists are empty; they share one frozen empty list until something is added.
  let strengths: string[] = EMPTY;
  let borderline: string[] = EMPTY;
  let concerns: string[] = EMPTY;
  let notScored: string[] = EMPTY;
  let unrated: string[] = EMPTY;
  for (let unit = 0; unit < grades.length; unit++) {
    const id = index.unitIds[unit] as string;
    const value = grades[unit] as number;
    subAreas[id] = subAreaScore(assessment, plan, unit, value);
    if (value === UNRATED) unrated = append(unrated, id);
    else if (value === NOT_SCORED) notScored = append(notScored, id);
    else {
      const band = plan.bandOf[value - index.min];
      if (band === 'met') strengths = append(strengths, id);
      else if (band === 'concern') concerns = append(concerns, id);
      else borderline = append(borderline, id);
    }
  }
  const areas: Record<string, AreaScore> = {};
  for (let a = 0; a < index.areaIds.length; a++) {
    const id = index.areaIds[a] as string;
    const grade = aggregateUnits(grades, index.areaUnits[a] as readonly number[], plan);
    areas[id] = areaLeaf(plan, a, grade, assessment.areaGrades?.[id] ?? null);
  }
  const needs: Record<string, NeedScore> = {};
  for (let n = 0; n < plan.needIds.length; n++) {
    const grade = worstOf(grades, plan.needUnits[n] as readonly number[], index.lowerIsBetter);
    needs[plan.needIds[n] as string] = shared.need[n]?.[slotOf(grade ?? UNRATED, index.min)] as NeedScore;
  }
  return {
    family: 'gcp',
    assessmentId: assessment.id,
    childId: assessment.child.id,
    instrument: plan.instrumentRef,
    assessedOn: assessment.assessedOn,
    direction: plan.index.instrument.direction,
    aggregation: plan.rule,
    bands: plan.bands as NonNullable<ScoringPlan['bands']>,
    subAreas,
    areas,
    needs,
    strengths,
    borderline,
    concerns,
    notScored,
    unrated,
    completeness: completeness(grades),
  };
}

function scoreStar(assessment: Assessment, plan: ScoringPlan, grades: Int16Array): StarScore {
  const { index, shared } = plan;
  const areas: Record<string, StarAreaScore> = {};
  let notScored: string[] = EMPTY;
  let unrated: string[] = EMPTY;
  for (let unit = 0; unit < grades.length; unit++) {
    const id = index.unitIds[unit] as string;
    const value = grades[unit] as number;
    areas[id] = shared.starArea[slotOf(value, index.min)] as StarAreaScore;
    if (value === NOT_SCORED) notScored = append(notScored, id);
    else if (value === UNRATED) unrated = append(unrated, id);
  }
  return {
    family: 'star',
    assessmentId: assessment.id,
    childId: assessment.child.id,
    instrument: plan.instrumentRef,
    assessedOn: assessment.assessedOn,
    areas,
    notScored,
    unrated,
    completeness: completeness(grades),
  };
}

/**
 * Scores one assessment (design §5). For a GCP-family instrument: each sub-area's grade
 * (derived from items where the instrument has them) and band, each area's derived grade
 * beside the practitioner's, each need type's grade (the worst of its sub-areas), the
 * strengths, borderline areas, concerns, not-scored and unrated sub-areas, and completeness.
 * For a Star: each area's reading and stage. {@link explainScore} says how any value arose.
 *
 * Accepts a parsed assessment, or validates the input first.
 *
 * @throws {@link AssessmentError} for an invalid assessment; {@link OptionsError} for bad options.
 * @example
 * ```ts
 * const score = scoreAssessment(parseAssessment({
 *   schemaVersion: 1, id: 'A-1', instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: '2025-06-02',
 *   ratings: { 'physical.nutrition': 4, 'physical.housing': 4, 'physical.clothing': 2, 'physical.hygiene': 3 },
 * }));
 * if (score.family === 'gcp') {
 *   score.areas['physical']?.grade; // 4 (mode-worse over 4, 4, 2, 3)
 *   score.needs['nutritional']?.band; // 'concern'
 *   score.concerns; // ['physical.nutrition', 'physical.housing']
 * }
 * ```
 */
export function scoreAssessment(assessment: Assessment, options?: ScoreOptions): AssessmentScore {
  return scoreWith(assessment, optionsObject(options, SCORE_OPTIONS));
}

/** {@link scoreAssessment} under options checked already (a caller's, which may hold more). */
export function scoreWith(assessment: Assessment, options: ScoreOptions): AssessmentScore {
  const { assessment: parsed, instrument, units } = ensureAssessment(assessment, options);
  const plan = planFor(instrument, options);
  // Validation may have filled the grade table already; else it is built in the plan's scratch table.
  const grades = units ?? unitGrades(parsed, plan);
  return instrument.family === 'star' ? scoreStar(parsed, plan, grades) : scoreGcp(parsed, plan, grades);
}
