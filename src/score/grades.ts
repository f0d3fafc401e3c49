import { gradeOf, NOT_SCORED, UNRATED } from '../contract/grade-table.js';
import type { Assessment } from '../contract/types.js';
import { aggregateTally, isWorse, tallyGrade } from './aggregate.js';
import type { ScoringPlan } from './plan.js';

export { gradeOf, NOT_SCORED, UNRATED };

/**
 * Each rated unit's grade (sub-areas of a GCP-family instrument, areas of a Star), in
 * instrument order: a grade, {@link NOT_SCORED} or {@link UNRATED}. A unit rated by items
 * gets the aggregate of its scored items. This is the hot core every later layer shares.
 * It writes into `into` (default: the plan's scratch table, valid until the next call).
 */
export function unitGrades(assessment: Assessment, plan: ScoringPlan, into: Int16Array = plan.scratch): Int16Array {
  const { index, tally } = plan;
  const { unitIds, unitItems } = index;
  const ratings = assessment.ratings;
  const grades = into;
  for (let unit = 0; unit < unitIds.length; unit++) {
    const rating = ratings[unitIds[unit] as string];
    if (rating !== undefined) {
      grades[unit] = gradeOf(rating);
      continue;
    }
    let grade = UNRATED;
    for (const itemId of unitItems[unit] as readonly string[]) {
      const item = ratings[itemId];
      if (item === undefined) continue;
      const itemGrade = gradeOf(item);
      if (itemGrade === NOT_SCORED) grade = NOT_SCORED;
      else tallyGrade(tally, itemGrade);
    }
    grades[unit] = tally.n > 0 ? (aggregateTally(tally, plan.rule, index.lowerIsBetter) as number) : grade;
  }
  return grades;
}

/** The grade `rule` derives from the scored grades among `units`, or `null` if none is scored. */
export function aggregateUnits(grades: Int16Array, units: readonly number[], plan: ScoringPlan): number | null {
  const { tally } = plan;
  for (const unit of units) {
    const grade = grades[unit] as number;
    if (grade >= 0) tallyGrade(tally, grade);
  }
  return aggregateTally(tally, plan.rule, plan.index.lowerIsBetter);
}

/** The worst scored grade among `units`, or `null` when none of them is scored. */
export function worstOf(grades: Int16Array, units: readonly number[], lowerIsBetter: boolean): number | null {
  let worst: number | null = null;
  for (const unit of units) {
    const grade = grades[unit] as number;
    if (grade >= 0 && (worst === null || isWorse(grade, worst, lowerIsBetter))) worst = grade;
  }
  return worst;
}
