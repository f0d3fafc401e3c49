import { type Issue, makeIssue, OperationError, ValidationError } from '../errors.js';
import { describeItem, describeValue } from '../internal/describe.js';
import { optionNames, optionsObject } from '../internal/option-checks.js';
import { type CategoryOptions, checkRatingList, resolveCategories } from './categories.js';
import { twoSidedP } from './normal.js';

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

/** One category's own kappa (Fleiss 1971): how well raters agree on it against all the others. */
export interface FleissCategoryKappa {
  /** The category. */
  readonly category: number;
  /** `1 − Σ x(m − x) / (n·m·(m − 1)·p·q)` over the cases' counts `x` of it; `null` when no rating, or every rating, is it (0/0). */
  readonly kappa: number | null;
  /** `kappa` over its standard error where raters agree by chance alone, `√(2 / (n·m·(m − 1)))`; `null` with `kappa`. */
  readonly z: number | null;
  /** The two-sided p-value of `z` against kappa = 0; `null` with `kappa`. */
  readonly pValue: number | null;
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
      /**
       * Kappa's standard error where raters agree by chance alone (Fleiss, Nee & Landis
       * 1979), for testing kappa against 0. It is not the standard error of kappa where they
       * do agree, so it gives no confidence interval.
       */
      readonly standardErrorUnderNull: number;
      /** `kappa / standardErrorUnderNull`: how many of those standard errors kappa lies above 0. */
      readonly z: number;
      /** The two-sided p-value of `z` against kappa = 0 (the normal approximation; with few cases, rough). */
      readonly pValue: number;
      /** Each category's own kappa, in `categories` order. */
      readonly byCategory: readonly FleissCategoryKappa[];
      /** `false`: kappa is a number. */
      readonly degenerate: false;
    })
  | (FleissKappaFields & {
      /** `null`: kappa is 0/0 here. */
      readonly kappa: null;
      /** `null`, with kappa. */
      readonly standardErrorUnderNull: null;
      /** `null`, with kappa. */
      readonly z: null;
      /** `null`, with kappa. */
      readonly pValue: null;
      /** Each category's own kappa, every one `null` here: each category was given by every rating or by none. */
      readonly byCategory: readonly FleissCategoryKappa[];
      /** `true`: every rating is one and the same category. */
      readonly degenerate: true;
    })

const FLEISS_OPTIONS = optionNames<FleissKappaOptions>()(['categories', 'scale']);

/**
 * Fleiss' kappa (Fleiss 1971) for a fixed number of raters per case: `ratings[case][rater]`
 * is a category, a whole number. Unweighted: categories are treated as nominal. The raters of
 * one case need not be those of another, but every case needs the same number, at least two.
 * Values agree with statsmodels' `fleiss_kappa` to 1e-9 and with Fleiss' worked example; the
 * test against chance (`standardErrorUnderNull`, `z`, `pValue`) and the category kappas with
 * Cardillo's published MATLAB output to the four decimals it prints.
 *
 * @throws {@link ValidationError} for ratings that are not an array of cases, a case with a
 * different number of ratings, fewer than two raters, or a rating that is not a whole number
 * or not a category; {@link OperationError} (`no-ratings`) for no cases, `too-many-categories`
 * for more than 1,000 categories; {@link OptionsError} for bad categories or an option it
 * does not take.
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
  // Only a first case of two or more ratings sets the count: against a missing or short one,
  // every well-formed case was reported as wrong ("expected 0 ratings, as many as ratings[0]").
  const counted = m >= 2;
  // An index loop, not forEach: a hole in a sparse array is a missing case, not one to skip.
  for (let i = 0; i < ratings.length; i++) {
    const row = ratings[i];
    if (!checkRatingList(row, ['ratings', i], issues, i in ratings ? undefined : describeItem(ratings, i))) continue;
    if (i === 0 && !counted) issues.push(makeIssue(['ratings', 0], "at least two raters' ratings", `${m}`));
    else if (counted && row.length !== m) issues.push(makeIssue(['ratings', i], `${m} ratings, as many as ratings[0]`, `${row.length}`));
  }
  if (issues.length > 0) throw new ValidationError('ratings', issues);
  const { categories, position } = resolveCategories(ratings.map((values, i) => ({ values, path: ['ratings', i] })), options);
  const k = categories.length;
  const n = ratings.length;
  const totals = new Array<number>(k).fill(0);
  // Per category, Σ over cases of x(m − x): its raters' disagreements, for its own kappa.
  const apart = new Array<number>(k).fill(0);
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
      apart[j] = (apart[j] as number) + c * (m - c);
    }
    agreeing += squares - m;
  }
  const observed = agreeing / (n * m * (m - 1));
  const proportions = totals.map((t) => t / (n * m));
  let expected = 0;
  for (const p of proportions) expected += p * p;
  const fields = { observed, expected, n, raters: m, categories, proportions };
  const pairs = n * m * (m - 1);
  const categoryError = Math.sqrt(2 / pairs);
  const byCategory = categories.map((category, j): FleissCategoryKappa => {
    const p = proportions[j] as number;
    const spread = p * (1 - p);
    if (spread <= 0) return { category, kappa: null, z: null, pValue: null };
    const kappa = 1 - (apart[j] as number) / (pairs * spread);
    const z = kappa / categoryError;
    return { category, kappa, z, pValue: twoSidedP(z) };
  });
  if (expected >= 1) return { kappa: null, standardErrorUnderNull: null, z: null, pValue: null, byCategory, degenerate: true, ...fields };
  const kappa = (observed - expected) / (1 - expected);
  // Fleiss, Nee & Landis (1979): √(2 / (n·m·(m − 1))) · √((Σpq)² − Σpq(q − p)) / Σpq.
  let sumPq = 0;
  let skew = 0;
  for (const p of proportions) {
    sumPq += p * (1 - p);
    skew += p * (1 - p) * (1 - 2 * p);
  }
  const standardErrorUnderNull = (categoryError * Math.sqrt(sumPq * sumPq - skew)) / sumPq;
  const z = kappa / standardErrorUnderNull;
  return { kappa, standardErrorUnderNull, z, pValue: twoSidedP(z), byCategory, degenerate: false, ...fields };
}
