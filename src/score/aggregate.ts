import type { AggregationRule } from '../instruments/types.js';

/** True when grade `a` is worse than grade `b` on a scale of the given direction. */
export function isWorse(a: number, b: number, lowerIsBetter: boolean): boolean {
  return lowerIsBetter ? a > b : a < b;
}

/**
 * A tally of grades on a scale from `min`: `counts[g - min]` is how often grade `g` occurs.
 * Aggregating from a tally needs no sorting and no allocation, which matters on the hot path.
 */
export interface Tally {
  readonly counts: Int32Array;
  readonly min: number;
  /** How many grades were tallied. */
  n: number;
}

/** An empty tally for grades `min..max`. */
export function newTally(min: number, max: number): Tally {
  return { counts: new Int32Array(max - min + 1), min, n: 0 };
}

/** The grade at 0-based `rank` (below the tally's count) in ascending order. */
function gradeAtRank(tally: Tally, rank: number): number {
  let i = 0;
  let seen = tally.counts[0] as number;
  while (seen <= rank) seen += tally.counts[++i] as number;
  return tally.min + i;
}

/**
 * Derives one grade from a tally by an {@link AggregationRule}, then empties the tally for
 * reuse; `null` when it is empty. Grades are ordinal, so no rule ever averages.
 * - `worst`: the worst grade.
 * - `mode-worse`: the most frequent grade; a tie goes to the worse grade.
 * - `median-worse`: the median; with an even count, the worse of the two middle grades.
 */
export function aggregateTally(tally: Tally, rule: AggregationRule, lowerIsBetter: boolean): number | null {
  const { counts, n } = tally;
  if (n === 0) return null;
  const last = counts.length - 1;
  let result: number;
  if (rule === 'median-worse') {
    const low = gradeAtRank(tally, Math.floor((n - 1) / 2));
    const high = gradeAtRank(tally, Math.floor(n / 2));
    result = lowerIsBetter ? high : low;
  } else {
    // Walk from the best grade to the worst, so that `>=` hands ties to the worse grade.
    let best = 0;
    let bestCount = 0;
    for (let step = 0; step <= last; step++) {
      const i = lowerIsBetter ? step : last - step;
      const count = counts[i] as number;
      if (count > 0 && (rule === 'worst' || count >= bestCount)) {
        best = i;
        bestCount = count;
      }
    }
    result = tally.min + best;
  }
  for (let i = 0; i <= last; i++) counts[i] = 0;
  tally.n = 0;
  return result;
}

/** Adds a grade to a tally. */
export function tallyGrade(tally: Tally, grade: number): void {
  const slot = grade - tally.min;
  tally.counts[slot] = (tally.counts[slot] ?? 0) + 1;
  tally.n++;
}

/**
 * Derives one grade from a list by an {@link AggregationRule}; `null` for an empty list.
 *
 * @example
 * ```ts
 * aggregate([4, 4, 2, 3], 'mode-worse', true); // 4
 * aggregate([2, 4], 'median-worse', true); // 4
 * ```
 */
export function aggregate(grades: readonly number[], rule: AggregationRule, lowerIsBetter: boolean): number | null {
  if (grades.length === 0) return null;
  const tally = newTally(Math.min(...grades), Math.max(...grades));
  for (const grade of grades) tallyGrade(tally, grade);
  return aggregateTally(tally, rule, lowerIsBetter);
}

/** How often `grade` occurs in `grades`. */
function countOf(grades: readonly number[], grade: number): number {
  return grades.filter((g) => g === grade).length;
}

/** Says in words how `rule` turned `grades` into `result`. */
export function describeAggregation(grades: readonly number[], rule: AggregationRule, lowerIsBetter: boolean, result: number | null): string {
  if (result === null) return 'nothing was scored, so there is no grade';
  const list = grades.join(', ');
  const worse = lowerIsBetter ? 'higher' : 'lower';
  if (rule === 'worst') return `worst: the worst of ${list} is ${result}`;
  if (rule === 'median-worse') {
    const sorted = [...grades].sort((a, b) => a - b);
    const low = sorted[Math.floor((sorted.length - 1) / 2)];
    const high = sorted[Math.floor(sorted.length / 2)];
    return low === high
      ? `median-worse: the median of ${list} is ${result}`
      : `median-worse: the middle grades of ${list} are ${low} and ${high}; the worse (${worse}), ${result}, is taken`;
  }
  const count = countOf(grades, result);
  const tied = [...new Set(grades)].filter((g) => g !== result && countOf(grades, g) === count);
  const tie = tied.length > 0 ? `, tied with ${tied.join(', ')}; a tie goes to the worse (${worse}) grade` : '';
  return `mode-worse: ${result} is the most frequent of ${list} (${count} of ${grades.length})${tie}`;
}
