import { gradeChange, directionOf } from './change.js';
import type { AreaTrend, Trend } from './types.js';

/** Classifies a course of grades (see {@link AreaTrend.trend}). */
export function trendOf(grades: readonly (number | null)[], lowerIsBetter: boolean): AreaTrend {
  let first: number | null = null;
  let previous: number | null = null;
  let better = false;
  let worse = false;
  let graded = 0;
  for (const grade of grades) {
    if (grade === null) continue;
    graded++;
    if (previous === null) first = grade;
    else {
      const step = directionOf(previous, grade, lowerIsBetter);
      if (step === 'improved') better = true;
      else if (step === 'deteriorated') worse = true;
    }
    previous = grade;
  }
  const trend: Trend =
    graded < 2 ? 'insufficient' : !better && !worse ? 'stable' : !worse ? 'improving' : !better ? 'deteriorating' : 'mixed';
  return { grades, trend, change: gradeChange(graded < 2 ? null : first, graded < 2 ? null : previous, lowerIsBetter) };
}
