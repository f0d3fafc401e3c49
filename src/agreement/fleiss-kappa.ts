import { type Issue, makeIssue, OperationError, ValidationError } from '../errors.js';
import { describeItem, describeValue } from '../internal/describe.js';
import { optionNames, optionsObject } from '../internal/option-checks.js';
import { type CategoryOptions, checkRatingList, resolveCategories } from './categories.js';

/** Options of {@link fleissKappa}: where the categories come from (see {@link CategoryOptions}). */
export type FleissKappaOptions = CategoryOptions;

/** What every {@link fleissKappa} result holds besides kappa. */
export interface FleissKappaFields {
  /** P̄: the mean over cases of the share of agreeing rater pairs. */
  readonly observed: number;
  /** P̄e: the sum over categories of the squared share of all ratings in that category. */
  readonly expected: number;
  /** The number of cases. */
  readonly n: number;
  /** The number of raters per case. */
  readonly raters: number;
  /** The categories used, ascending. */
  readonly categories: readonly number[];
  /** Per category (in `categories` order): its share of all ratings. */
  readonly proportions: readonly number[];
}

/**
 * The result of {@link fleissKappa}. Kappa is `(observed − expected) / (1 − expected)`;
 * when every rating is one and the same category, `expected` is 1 and the result is
 * `{ kappa: null, degenerate: true }` (never `NaN`).
 */
export type FleissKappaResult =
  | (FleissKappaFields & {
      /** `(observed − expected) / (1 − expected)`. */
      readonly kappa: number;
      /** `false`: kappa is a number. */
      readonly degenerate: false;
    })
  | (FleissKappaFields & {
      /** `null`: kappa is 0/0 here. */
      readonly kappa: null;
      /** `true`: every rating is one and the same category. */
      readonly degenerate: true;
    })

const FLEISS_OPTIONS = optionNames<FleissKappaOptions>()(['categories', 'scale']);

/**
 * Fleiss' kappa (Fleiss 1971) for a fixed number of raters per case: `ratings[case][rater]`
 * is a category, a whole number. Unweighted: categories are treated as nominal. The raters of
 * one case need not be those of another, but every case needs the same number, at least two.
 * Values agree with statsmodels' `fleiss_kappa` to 1e-9 and with Fleiss' worked example.
 *
 * @throws {@link ValidationError} for a case with a different number of ratings, fewer than
 * two raters, or a rating that is not a whole number or not a category;
 * {@link OperationError} (`no-ratings`) for no cases, `too-many-categories` for more than
 * 1,000 categories; {@link OptionsError} for bad categories.
 * @example
 * ```ts
 * const k = fleissKappa([[1, 1, 2], [2, 2, 2], [1, 3, 3], [3, 3, 3]]);
 * k.kappa; // 0.4893617021276595 (observed 2/3, expected 50/144)
 * k.proportions; // [0.25, 0.3333333333333333, 0.4166666666666667]
 * ```
 */
export function fleissKappa(ratings: readonly (readonly number[])[], options?: FleissKappaOptions): FleissKappaResult {
  options = optionsObject(options, FLEISS_OPTIONS);
  if (!Array.isArray(ratings)) {
    throw new ValidationError('ratings', [makeIssue(['ratings'], 'an array of cases, each an array of ratings', describeValue(ratings))]);
  }
  if (ratings.length === 0) throw new OperationError('no-ratings', 'fleissKappa: no cases; kappa needs at least one case');
  const issues: Issue[] = [];
  const m = Array.isArray(ratings[0]) ? ratings[0].length : 0;
  // An index loop, not forEach: a hole in a sparse array is a missing case, not one to skip.
  for (let i = 0; i < ratings.length; i++) {
    const row = ratings[i];
    if (!checkRatingList(row, ['ratings', i], issues, i in ratings ? undefined : describeItem(ratings, i))) continue;
    if (i === 0 && m < 2) issues.push(makeIssue(['ratings', 0], "at least two raters' ratings", `${m}`));
    else if (row.length !== m) issues.push(makeIssue(['ratings', i], `${m} ratings, as many as ratings[0]`, `${row.length}`));
  }
  if (issues.length > 0) throw new ValidationError('ratings', issues);
  const { categories, position } = resolveCategories(ratings.map((values, i) => ({ values, path: ['ratings', i] })), options);
  const k = categories.length;
  const n = ratings.length;
  const totals = new Array<number>(k).fill(0);
  const counts = new Array<number>(k);
  let agreeing = 0;
  for (const row of ratings) {
    counts.fill(0);
    for (const value of row) {
      const j = position.get(value) as number;
      counts[j] = (counts[j] as number) + 1;
    }
    let squares = 0;
    for (let j = 0; j < k; j++) {
      const c = counts[j] as number;
      squares += c * c;
      totals[j] = (totals[j] as number) + c;
    }
    agreeing += squares - m;
  }
  const observed = agreeing / (n * m * (m - 1));
  const proportions = totals.map((t) => t / (n * m));
  let expected = 0;
  for (const p of proportions) expected += p * p;
  const fields = { observed, expected, n, raters: m, categories, proportions };
  if (expected >= 1) return { kappa: null, degenerate: true, ...fields };
  return { kappa: (observed - expected) / (1 - expected), degenerate: false, ...fields };
}
