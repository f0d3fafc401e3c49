import type { CheckedAssessment } from '../contract/parse.js';
import { aggregateUnits, unitGrades, worstOf } from './grades.js';
import type { ScoringPlan } from './plan.js';

/**
 * The grades of one assessment, without building a score object: what the progress and
 * continuum layers compare. Unit grades hold sentinels (see `grades.ts`); area and need
 * grades are `null` when nothing under them was scored.
 */
export interface GradeSnapshot {
  readonly units: Int16Array;
  /** GCP family: derived area grades. Stars: the readings (the areas are the units). */
  readonly areas: readonly (number | null)[];
  /** GCP family: need-type grades in the plan's order. Empty for Stars. */
  readonly needs: readonly (number | null)[];
}

// Stryker disable next-line ArrayDeclaration: never read (placement asks for no area grades)
const NO_AREAS: readonly (number | null)[] = Object.freeze([]);

/**
 * Takes the grade snapshot of an assessment under a plan. Without `withAreas` (placement
 * needs only units and need types) area grades are left empty. A Star's areas are its
 * units, each the only member of its area, so its area grades are its readings. A grade
 * table that validation filled is kept, not copied.
 */
export function snapshot(checked: CheckedAssessment, plan: ScoringPlan, withAreas = true): GradeSnapshot {
  const { index } = plan;
  const units = checked.units ?? unitGrades(checked.assessment, plan, new Int16Array(index.unitIds.length));
  let areas = NO_AREAS;
  if (withAreas) {
    const derived: (number | null)[] = new Array(index.areaUnits.length);
    for (let a = 0; a < derived.length; a++) derived[a] = aggregateUnits(units, index.areaUnits[a] as readonly number[], plan);
    areas = derived;
  }
  const needs: (number | null)[] = new Array(plan.needUnits.length);
  for (let n = 0; n < needs.length; n++) needs[n] = worstOf(units, plan.needUnits[n] as readonly number[], index.lowerIsBetter);
  return { units, areas, needs };
}
