import { type CheckedAssessment, ensureNamedAssessments } from '../contract/parse.js';
import type { Assessment } from '../contract/types.js';
import { OperationError } from '../errors.js';
import type { Instrument } from '../instruments/types.js';
import { daysBetween } from '../internal/calendar.js';
import { quotedPair } from '../internal/look-alike.js';
import { instrumentList } from '../instruments/instrument-names.js';
import { planFor, type ScoringPlan } from '../score/plan.js';
import { SCORE_OPTIONS, type ScoreOptions } from '../score/score.js';
import { type GradeSnapshot, snapshot } from '../score/snapshot.js';
import { gradeChange, stageChange } from './change.js';
import { dateOfBirthOf } from './history.js';
import type { Comparison, GradeChange, StageChange } from './types.js';
import { optionsObject } from '../internal/option-checks.js';

/** Options of {@link compareAssessments}: your own instruments and scoring overrides. */
export type CompareOptions = ScoreOptions;

const grade = (value: number): number | null => (value >= 0 ? value : null);

/** Compares two grade snapshots of one child and instrument (the caller has checked that). */
export function compareSnapshots(
  instrument: Instrument,
  plan: ScoringPlan,
  earlier: { assessment: Assessment; grades: GradeSnapshot },
  later: { assessment: Assessment; grades: GradeSnapshot },
): Comparison {
  const { index } = plan;
  const lowerIsBetter = index.lowerIsBetter;
  const subAreas: Record<string, GradeChange> = {};
  const areas: Record<string, GradeChange | StageChange> = {};
  const needs: Record<string, GradeChange> = {};
  // The summary is counted as the changes are made, not from a list of them.
  let improved = 0;
  let unchanged = 0;
  let deteriorated = 0;
  let notComparable = 0;
  for (let unit = 0; unit < index.unitIds.length; unit++) {
    const from = grade(earlier.grades.units[unit] as number);
    const to = grade(later.grades.units[unit] as number);
    const change = index.isStar ? stageChange(instrument, from, to) : gradeChange(from, to, lowerIsBetter);
    if (change.direction === 'improved') improved++;
    else if (change.direction === 'unchanged') unchanged++;
    else if (change.direction === 'deteriorated') deteriorated++;
    else notComparable++;
    if (index.isStar) areas[index.unitIds[unit] as string] = change;
    else subAreas[index.unitIds[unit] as string] = change;
  }
  if (!index.isStar) {
    for (let a = 0; a < index.areaIds.length; a++) {
      areas[index.areaIds[a] as string] = gradeChange(earlier.grades.areas[a] ?? null, later.grades.areas[a] ?? null, lowerIsBetter);
    }
    for (let n = 0; n < plan.needIds.length; n++) {
      needs[plan.needIds[n] as string] = gradeChange(earlier.grades.needs[n] ?? null, later.grades.needs[n] ?? null, lowerIsBetter);
    }
  }
  return {
    childId: later.assessment.child.id,
    instrument: plan.instrumentRef,
    family: instrument.family,
    earlier: { assessmentId: earlier.assessment.id, assessedOn: earlier.assessment.assessedOn },
    later: { assessmentId: later.assessment.id, assessedOn: later.assessment.assessedOn },
    daysBetween: daysBetween(earlier.assessment.assessedOn, later.assessment.assessedOn),
    subAreas,
    areas,
    needs,
    summary: { improved, unchanged, deteriorated, notComparable },
  };
}

/**
 * Compares two assessments of the same child with the same instrument: per sub-area, area
 * and need type (GCP family) or per Star area (with stage moves), the change and its
 * direction in the instrument's sense of better, and the days between them. Same-day
 * assessments compare either way round.
 *
 * @throws {@link OperationError} `mixed-children`, `mixed-instruments`, `out-of-order`
 * when `later` is dated before `earlier`, or `conflicting-child` when the two records
 * disagree on the date of birth (or `later`'s is after `earlier`'s date); {@link AssessmentError}
 * for an invalid input; {@link OptionsError} for bad scoring options or an option it does not take.
 * @example
 * ```ts
 * const child = { id: 'C-1' };
 * const baseline = parseAssessment({
 *   schemaVersion: 1, id: 'A-1', instrument: 'gcp2', child, assessedOn: '2025-01-13',
 *   ratings: { 'physical.nutrition': 4, 'physical.hygiene': 4, 'safety.in-absence': 3 },
 * });
 * const review = parseAssessment({
 *   schemaVersion: 1, id: 'A-2', instrument: 'gcp2', child, assessedOn: '2025-04-14',
 *   ratings: { 'physical.nutrition': 3, 'physical.hygiene': 4, 'safety.in-absence': 2 },
 * });
 * const c = compareAssessments(baseline, review);
 * c.daysBetween; // 91
 * c.needs['nutritional']; // { from: 4, to: 3, change: -1, direction: 'improved' }
 * c.areas['physical']; // { from: 4, to: 4, change: 0, direction: 'unchanged' } (mode-worse of 4, 4 and of 3, 4)
 * c.summary; // { improved: 2, unchanged: 1, deteriorated: 0, notComparable: 13 } (13 sub-areas rated in neither)
 * compareAssessments(review, baseline); // throws OperationError (out-of-order): compareAssessments: later (A-1, 2025-01-13) is dated before earlier
 * ```
 */
export function compareAssessments(earlier: Assessment, later: Assessment, options?: CompareOptions): Comparison {
  options = optionsObject(options, SCORE_OPTIONS);
  const [a, b] = ensureNamedAssessments([['earlier', earlier], ['later', later]], options) as [CheckedAssessment, CheckedAssessment];
  if (a.assessment.child.id !== b.assessment.child.id) {
    throw new OperationError('mixed-children', `compareAssessments: the assessments are of different children (${quotedPair(a.assessment.child.id, b.assessment.child.id)})`);
  }
  if (a.instrument !== b.instrument) {
    throw new OperationError('mixed-instruments', `compareAssessments: the assessments use different instruments (${instrumentList([a.instrument, b.instrument])})`);
  }
  if (b.assessment.assessedOn < a.assessment.assessedOn) {
    throw new OperationError('out-of-order', `compareAssessments: later (${b.assessment.id}, ${b.assessment.assessedOn}) is dated before earlier (${a.assessment.id}, ${a.assessment.assessedOn})`);
  }
  // Two records of one child must agree on the date of birth, as in a history.
  dateOfBirthOf([a, b], 'compareAssessments');
  const plan = planFor(a.instrument, options);
  return compareSnapshots(a.instrument, plan, { assessment: a.assessment, grades: snapshot(a, plan) }, { assessment: b.assessment, grades: snapshot(b, plan) });
}
