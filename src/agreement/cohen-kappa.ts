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

/**
 * The result of {@link cohenKappa}. Kappa is `(observed − expected) / (1 − expected)`. When
 * both raters used one and the same category only, `expected` is 1 and kappa is 0/0: the
 * result is then `{ kappa: null, degenerate: true }` (never `NaN`).
 */
export type CohenKappaResult =
  | (CohenKappaFields & {
      /** `(observed − expected) / (1 − expected)`. */
      readonly kappa: number;
      /** `false`: kappa is a number. */
      readonly degenerate: false;
    })
  | (CohenKappaFields & {
      /** `null`: kappa is 0/0 here. */
      readonly kappa: null;
      /** `true`: both raters used one and the same category only. */
      readonly degenerate: true;
    });

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
 * the number of pairs, and exact and within-one agreement. Pass the instrument's scale (or
 * the categories) so that a category no rater used still counts in the weights.
 * Values agree with scikit-learn's `cohen_kappa_score` and R psych's `cohen.kappa` to 1e-9.
 *
 * @throws {@link OptionsError} without a valid `weights`, or with bad categories;
 * {@link ValidationError} for ratings that are not whole numbers or not categories, or for
 * lists of different lengths; {@link OperationError} (`no-ratings`) for empty lists,
 * `too-many-categories` for more than 1,000 categories.
 * @example
 * ```ts
 * const k = cohenKappa([1, 2, 3, 3, 4], [1, 2, 3, 4, 4], { weights: 'none', scale: getInstrument('gcp2').scale });
 * k.kappa; // 0.736842105263158 (observed 0.8, expected 0.24)
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
  if (expected >= 1) return { kappa: null, degenerate: true, ...fields };
  return { kappa: (observed - expected) / (1 - expected), degenerate: false, ...fields };
}
