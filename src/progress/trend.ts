import { gradeChange, directionOf } from './change.js';
import type { AreaTrend, Trend } from './types.js';

/**
 * Classifies a course of grades (see {@link AreaTrend.trend}); `days[i]` is the date of
 * `grades[i]`. Grades of one day alone make no course: no time passed, and their order
 * would rest on the assessments' ids (as `trackProgress`'s baseline → latest change).
 */
export function trendOf(grades: readonly (number | null)[], lowerIsBetter: boolean, days: readonly string[]): AreaTrend {
  let first: number | null = null;
  let previous: number | null = null;
  let firstDay: string | undefined;
  let lastDay: string | undefined;
  let better = false;
  let worse = false;
  let graded = 0;
  for (let i = 0; i < grades.length; i++) {
    const grade = grades[i] ?? null;
    if (grade === null) continue;
    graded++;
    if (previous === null) {
      first = grade;
      firstDay = days[i];
    } else {
      const step = directionOf(previous, grade, lowerIsBetter);
      if (step === 'improved') better = true;
      else if (step === 'deteriorated') worse = true;
    }
    previous = grade;
    lastDay = days[i];
  }
  const measured = graded >= 2 && firstDay !== lastDay;
  const trend: Trend = !measured ? 'insufficient' : !better && !worse ? 'stable' : !worse ? 'improving' : !better ? 'deteriorating' : 'mixed';
  return { grades, trend, change: gradeChange(measured ? first : null, measured ? previous : null, lowerIsBetter) };
}
