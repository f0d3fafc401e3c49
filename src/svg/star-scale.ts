/**
 * Which grades and stages the Star chart names along its first spoke. A defined Star's scale
 * may run 0–100, a ring every 1.8 px: a number on each grade (and a name on each one-grade
 * stage) was drawn over the next.
 *
 * @module
 */

/** The least distance, in pixels, between two scale numbers (9 px text) or two stage names (10 px). */
const GAP = 11;
/** Steps between numbered grades, the least that keeps numbers GAP apart taken: with at most 101 grades on 180 px, 10 always does. */
const STEPS = [1, 2, 5, 10];

/**
 * The grades that get a scale number and a guide ring, `perGrade` pixels apart: every grade
 * when they are far enough apart (the built-in Stars), else the scale's two ends and the
 * multiples of 2, 5 or 10 between that keep GAP from each other and from the ends.
 */
export function numberedGrades(min: number, max: number, perGrade: number): number[] {
  const step = STEPS.find((s) => s * perGrade >= GAP) ?? 10;
  const grades = [min];
  for (let v = min + 1; v < max; v++) {
    if (v % step === 0 && (v - min) * perGrade >= GAP && (max - v) * perGrade >= GAP) grades.push(v);
  }
  grades.push(max);
  return grades;
}

/**
 * The stages, from the centre out, whose names are drawn: each name sits at `middleOf` its
 * band, and one closer than GAP to the last name kept is left out (the description still
 * names every reading's stage).
 */
export function namedStages<T>(stages: readonly T[], middleOf: (stage: T) => number): T[] {
  const kept: T[] = [];
  let last = -Infinity;
  for (const stage of stages) {
    const middle = middleOf(stage);
    if (middle - last < GAP) continue;
    kept.push(stage);
    last = middle;
  }
  return kept;
}
