import { type Issue, makeIssue, OperationError, OptionsError, ValidationError } from '../errors.js';
import { describeValue, isPlainObject } from '../internal/describe.js';
import { optionNames, unknownOptionIssues } from '../internal/option-checks.js';
import { type CategoryOptions, checkRatingList, resolveCategories } from './categories.js';

/**
 * How disagreements between two ordinal ratings count, always named by the caller:
 * - `none`: any disagreement counts fully (Cohen 1960);
 * - `linear`: agreement weight `1 − |i − j| / (k − 1)`;
 * - `quadratic`: agreement weight `1 − (i − j)² / (k − 1)²`;
 *
 * where `i`, `j` are the two ratings' positions among the `k` sorted categories (as in
 * scikit-learn's `cohen_kappa_score` and R psych's `cohen.kappa`).
 */
export type KappaWeights = 'none' | 'linear' | 'quadratic';

/**
 * The weightings, in the order the documentation lists them.
 *
 * @example
 * ```ts
 * KAPPA_WEIGHTS; // ['none', 'linear', 'quadratic']
 * ```
 */
export const KAPPA_WEIGHTS: readonly KappaWeights[] = Object.freeze(['none', 'linear', 'quadratic']);

/** Options of {@link cohenKappa}: the weighting (required) and where the categories come from. */
export interface CohenKappaOptions extends CategoryOptions {
  /** The weighting, required so that every reported kappa names it. */
  readonly weights: KappaWeights;
}

/** What every {@link cohenKappa} result holds besides kappa. */
export interface CohenKappaFields {
  /** Observed agreement: the mean agreement weight over the pairs (unweighted: the share of equal pairs). */
  readonly observed: number;
  /** Agreement expected by chance from the two raters' own marginal distributions. */
  readonly expected: number;
  /** The number of pairs of ratings. */
  readonly n: number;
  /** The weighting used, as passed in. */
  readonly weights: KappaWeights;
  /** The categories used, ascending: the given list or scale, or the distinct ratings. */
  readonly categories: readonly number[];
  /** Share of pairs with the same rating. */
  readonly exactAgreement: number;
  /** Share of pairs whose ratings differ by at most one. */
  readonly withinOneAgreement: number;
}

/** A 95 % confidence interval of kappa: `kappa ± 1.96 × standardError`, kept within −1…1. */
export interface KappaInterval {
  /** The lower bound, at least −1. */
  readonly lower: number;
  /** The upper bound, at most 1. */
  readonly upper: number;
}

/**
 * The result of {@link cohenKappa}. Kappa is `(observed − expected) / (1 − expected)`. When
 * both raters used one and the same category only, `expected` is 1 and kappa is 0/0: the
 * result is then `{ kappa: null, degenerate: true }` (never `NaN`).
 */
export type CohenKappaResult =
  | (CohenKappaFields & {
      /** `(observed − expected) / (1 − expected)`. */
      readonly kappa: number;
      /**
       * The large-sample standard error of kappa (Fleiss, Cohen & Everitt 1969; the formula of
       * SAS PROC FREQ and statsmodels' `cohens_kappa`, weighted or not). It is an
       * approximation: with few cases (under about 30) read the interval as rough. It is 0
       * (to rounding) for perfect agreement, a rater who used one category only, or a single
       * pair, where the formula's variance vanishes: an interval of one point, not certainty.
       */
      readonly standardError: number;
      /** The 95 % confidence interval from `standardError`. */
      readonly confidenceInterval: KappaInterval;
      /** `false`: kappa is a number. */
      readonly degenerate: false;
    })
  | (CohenKappaFields & {
      /** `null`: kappa is 0/0 here. */
      readonly kappa: null;
      /** `null`, as kappa is. */
      readonly standardError: null;
      /** `null`, as kappa is. */
      readonly confidenceInterval: null;
      /** `true`: both raters used one and the same category only. */
      readonly degenerate: true;
    });

/** The standard normal quantile of 0.975: a 95 % interval is ± this many standard errors. */
const Z_975 = 1.959963984540054;

/** Agreement weight of two category positions `d` apart among `k` categories (internal). */
function agreementWeight(weights: KappaWeights, d: number, k: number): number {
  if (d === 0) return 1;
  if (weights === 'none') return 0;
  const r = Math.abs(d) / (k - 1);
  return weights === 'linear' ? 1 - r : 1 - r * r;
}

const COHEN_OPTIONS = optionNames<CohenKappaOptions>()(['weights', 'categories', 'scale']);

function checkOptions(options: unknown): CohenKappaOptions {
  if (!isPlainObject(options) || !(KAPPA_WEIGHTS as readonly unknown[]).includes(options['weights'])) {
    const received = isPlainObject(options) ? describeValue(options['weights']) : `options ${describeValue(options)}`;
    throw new OptionsError([makeIssue(['weights'], `the weighting named: ${KAPPA_WEIGHTS.map((w) => `'${w}'`).join(', ')}`, received)]);
  }
  const unknown = unknownOptionIssues(options, COHEN_OPTIONS);
  if (unknown.length > 0) throw new OptionsError([...unknown]);
  return options as unknown as CohenKappaOptions;
}

/**
 * Cohen's kappa between two raters' ratings of the same cases (`a[i]` and `b[i]` rate case
 * `i`), unweighted or with linear or quadratic weights, with observed and expected agreement,
 * the number of pairs, exact and within-one agreement, and kappa's large-sample standard
 * error and 95 % confidence interval. Pass the instrument's scale (or
 * the categories) so that a category no rater used still counts in the weights.
 * Values agree with scikit-learn's `cohen_kappa_score` and R psych's `cohen.kappa` to 1e-9,
 * the standard error with statsmodels' `cohens_kappa`.
 *
 * @throws {@link OptionsError} without a valid `weights`, or with bad categories;
 * {@link ValidationError} for ratings that are not whole numbers or not categories, or for
 * lists of different lengths; {@link OperationError} (`no-ratings`) for empty lists,
 * `too-many-categories` for more than 1,000 categories.
 * @example
 * ```ts
 * const k = cohenKappa([1, 2, 3, 3, 4], [1, 2, 3, 4, 4], { weights: 'none', scale: getInstrument('gcp2').scale });
 * k.kappa; // 0.736842105263158 (observed 0.8, expected 0.24)
 * k.standardError; // 0.2295… (five pairs: a wide interval)
 * k.confidenceInterval; // { lower: 0.2868…, upper: 1 }
 * k.withinOneAgreement; // 1
 * cohenKappa([2, 2], [2, 2], { weights: 'linear' }); // { kappa: null, degenerate: true, observed: 1, expected: 1, … }
 * ```
 */
export function cohenKappa(a: readonly number[], b: readonly number[], options: CohenKappaOptions): CohenKappaResult {
  const { weights } = checkOptions(options);
  const issues: Issue[] = [];
  const aOk = checkRatingList(a, ['a'], issues);
  const bOk = checkRatingList(b, ['b'], issues);
  if (aOk && bOk && a.length !== b.length) {
    issues.push(makeIssue(['b'], `${a.length} ratings, as many as a`, `${b.length}`));
  }
  if (issues.length > 0) throw new ValidationError('ratings', issues);
  const n = a.length;
  if (n === 0) throw new OperationError('no-ratings', 'cohenKappa: a and b are empty; kappa needs at least one pair of ratings');
  const { categories, position } = resolveCategories([{ values: a, path: ['a'] }, { values: b, path: ['b'] }], options);
  const k = categories.length;
  const rows = new Array<number>(k).fill(0);
  const cols = new Array<number>(k).fill(0);
  let agreement = 0;
  let exact = 0;
  let withinOne = 0;
  for (let i = 0; i < n; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    const px = position.get(x) as number;
    const py = position.get(y) as number;
    rows[px] = (rows[px] as number) + 1;
    cols[py] = (cols[py] as number) + 1;
    agreement += agreementWeight(weights, px - py, k);
    if (x === y) exact++;
    if (Math.abs(x - y) <= 1) withinOne++;
  }
  let chance = 0;
  for (let i = 0; i < k; i++) {
    if (rows[i] === 0) continue;
    for (let j = 0; j < k; j++) chance += agreementWeight(weights, i - j, k) * (rows[i] as number) * (cols[j] as number);
  }
  const observed = agreement / n;
  const expected = chance / (n * n);
  const fields = { observed, expected, n, weights, categories, exactAgreement: exact / n, withinOneAgreement: withinOne / n };
  if (expected >= 1) return { kappa: null, standardError: null, confidenceInterval: null, degenerate: true, ...fields };
  const kappa = (observed - expected) / (1 - expected);
  const standardError = kappaStandardError({ a, b, position, weights, k, rows, cols, kappa, expected });
  return { kappa, standardError, confidenceInterval: intervalOf(kappa, standardError), degenerate: false, ...fields };
}

/**
 * `kappa ± 1.96 × standardError`, kept within −1…1. The centre is kept there too: rounding can
 * put a kappa of −1 a hair below it (−1.0000000000000016), and the bounds, each cut at −1 on
 * its own, would then come out with `upper` below `lower`.
 */
function intervalOf(kappa: number, standardError: number): KappaInterval {
  const centre = Math.min(1, Math.max(-1, kappa));
  return { lower: Math.max(-1, centre - Z_975 * standardError), upper: Math.min(1, centre + Z_975 * standardError) };
}

/**
 * The large-sample standard error of (weighted) kappa, Fleiss, Cohen & Everitt (1969), as
 * SAS PROC FREQ documents it:
 * `Var = [Σ p_ij (w_ij − (w̄_i + w̄_j)(1 − κ))² − (κ − P_e(1 − κ))²] / (n (1 − P_e)²)`, where
 * `w̄_i = Σ_j p_·j w_ij` (row category `i` against the column rater's shares) and
 * `w̄_j = Σ_i p_i· w_ij`. Unweighted kappa is the case `w_ij = 1` on the diagonal, else 0.
 * The sum over cells is taken over the pairs themselves, so only the cells used cost anything.
 */
function kappaStandardError(t: {
  a: readonly number[];
  b: readonly number[];
  position: ReadonlyMap<number, number>;
  weights: KappaWeights;
  k: number;
  rows: readonly number[];
  cols: readonly number[];
  kappa: number;
  expected: number;
}): number {
  const n = t.a.length;
  const rowMean = new Array<number>(t.k).fill(0);
  const colMean = new Array<number>(t.k).fill(0);
  for (let i = 0; i < t.k; i++) {
    for (let j = 0; j < t.k; j++) {
      const w = agreementWeight(t.weights, i - j, t.k);
      rowMean[i] = (rowMean[i] as number) + (w * (t.cols[j] as number)) / n;
      colMean[j] = (colMean[j] as number) + (w * (t.rows[i] as number)) / n;
    }
  }
  const terms = new Float64Array(n);
  let mean = 0;
  for (let p = 0; p < n; p++) {
    const i = t.position.get(t.a[p] as number) as number;
    const j = t.position.get(t.b[p] as number) as number;
    terms[p] = agreementWeight(t.weights, i - j, t.k) - ((rowMean[i] as number) + (colMean[j] as number)) * (1 - t.kappa);
    mean += terms[p] as number;
  }
  mean /= n;
  // The subtracted square, κ − P_e(1 − κ), is the mean of the terms: the bracket is their
  // variance, taken here about their mean. Subtracting the two squares loses every digit when
  // nearly all pairs share one grade (P_e near 1: a standard error 100 times too large, or 0,
  // at 100,000 pairs with one disagreement).
  let sum = 0;
  for (const term of terms) sum += (term - mean) ** 2;
  return Math.sqrt(sum / n / (n * (1 - t.expected) ** 2));
}
