import type { Rating } from './types.js';

/*
 * A grade table holds one number per rated unit of an instrument (its sub-areas, or a Star's
 * areas), in instrument order: a grade, or one of the two sentinels below. The scoring layer
 * builds on it; it lives here because the fast validation path can fill it while it reads the
 * ratings anyway, which saves a second pass over them.
 */

/** Marks a unit marked `"not-scored"` (or whose items all were) in a grade table. */
export const NOT_SCORED = -1;
/** Marks a unit with no rating at all in a grade table. */
export const UNRATED = -2;

/** The grade of a rating, or {@link NOT_SCORED}. */
export function gradeOf(rating: Rating): number {
  const grade = typeof rating === 'object' ? rating.grade : rating;
  return grade === 'not-scored' ? NOT_SCORED : grade;
}
