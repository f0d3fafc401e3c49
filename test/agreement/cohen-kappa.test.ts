import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cohenKappa,
  type CohenKappaResult,
  getInstrument,
  type KappaWeights,
  OperationError,
  OptionsError,
  ValidationError,
} from '../../src/index.js';
import { catchError } from '../support/errors.js';

/*
 * Reference values from scikit-learn's cohen_kappa_score, R psych's cohen.kappa and
 * statsmodels' cohens_kappa (the standard error and interval), made by
 *   /usr/bin/python3 scripts/kappa-reference.py > test/agreement/kappa-reference.json
 * (the command is also recorded in the file, with the versions that produced it).
 */
interface CohenCase {
  id: string;
  weights: KappaWeights;
  categories: number[] | null;
  labels: number[];
  a: number[];
  b: number[];
  sklearn: number;
  statsmodels: { kappa: number; variance: number; lower: number | null; upper: number | null };
  /** `standardError` for unweighted kappa only: psych's weighted variance is not the 1969 formula. */
  psych: { kappa: number; observed: number; expected: number; standardError?: number };
}
interface Reference {
  command: string;
  cohen: CohenCase[];
  cohenDegenerate: { id: string; a: number[]; b: number[]; labels: number[]; sklearn: null }[];
}
const reference = JSON.parse(readFileSync(resolve(import.meta.dirname, 'kappa-reference.json'), 'utf8')) as Reference;

const TOLERANCE = 1e-9;

function run(c: CohenCase): CohenKappaResult {
  return cohenKappa(c.a, c.b, c.categories === null ? { weights: c.weights } : { weights: c.weights, categories: c.categories });
}

describe('cohenKappa against scikit-learn and R psych', () => {
  it('has at least 20 data sets, with every weighting and with categories no rater used', () => {
    expect(reference.command).toBe('/usr/bin/python3 scripts/kappa-reference.py > test/agreement/kappa-reference.json');
    expect(reference.cohen.length).toBeGreaterThanOrEqual(20);
    expect(new Set(reference.cohen.map((c) => c.id)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(reference.cohen.map((c) => c.weights))).toEqual(new Set(['none', 'linear', 'quadratic']));
    const unused = reference.cohen.filter((c) => c.labels.some((l) => !c.a.includes(l) && !c.b.includes(l)));
    expect(unused.filter((c) => c.weights !== 'none').length).toBeGreaterThanOrEqual(6);
  });

  it('the two implementations agree with each other (so the reference is sound)', () => {
    for (const c of reference.cohen) expect(Math.abs(c.sklearn - c.psych.kappa), c.id).toBeLessThan(TOLERANCE);
  });

  for (const c of reference.cohen) {
    it(`${c.id}, weights ${c.weights}: kappa, observed and expected agreement to 1e-9`, () => {
      const result = run(c);
      expect(result.degenerate).toBe(false);
      expect(Math.abs((result.kappa as number) - c.sklearn)).toBeLessThan(TOLERANCE);
      expect(Math.abs((result.kappa as number) - c.psych.kappa)).toBeLessThan(TOLERANCE);
      expect(Math.abs(result.observed - c.psych.observed)).toBeLessThan(TOLERANCE);
      expect(Math.abs(result.expected - c.psych.expected)).toBeLessThan(TOLERANCE);
      expect(result.n).toBe(c.a.length);
      expect(result.categories).toEqual(c.labels);
      expect(result.weights).toBe(c.weights);
    });
  }

  for (const c of reference.cohen) {
    it(`${c.id}, weights ${c.weights}: the standard error and 95 % interval, as statsmodels gives them`, () => {
      const result = run(c);
      if (result.degenerate) throw new Error('expected a kappa');
      // statsmodels' variance may be a rounding below 0 where it is 0 (perfect agreement): its square root is then NaN.
      const se = Math.sqrt(Math.max(0, c.statsmodels.variance));
      expect(Math.abs(result.standardError - se)).toBeLessThan(TOLERANCE);
      // psych to 1e-8, as the trainers' guide says: where the variance is 0, psych's is the square root of its rounding (5e-9).
      if (c.psych.standardError !== undefined) expect(Math.abs(result.standardError - c.psych.standardError)).toBeLessThan(1e-8);
      // statsmodels' bounds are kappa ± 1.96 SE unclipped; the library keeps them within −1…1, as psych does.
      const lower = c.statsmodels.lower ?? result.kappa;
      const upper = c.statsmodels.upper ?? result.kappa;
      expect(Math.abs(result.confidenceInterval.lower - Math.max(-1, lower))).toBeLessThan(TOLERANCE);
      expect(Math.abs(result.confidenceInterval.upper - Math.min(1, upper))).toBeLessThan(TOLERANCE);
    });
  }

  it('the reference covers intervals cut at 1 and standard errors of 0', () => {
    expect(reference.cohen.filter((c) => (c.statsmodels.upper ?? 0) > 1).length).toBeGreaterThanOrEqual(3);
    expect(reference.cohen.filter((c) => c.statsmodels.variance <= 1e-12).length).toBeGreaterThanOrEqual(3);
    expect(reference.cohen.filter((c) => c.psych.standardError !== undefined).length).toBe(reference.cohen.filter((c) => c.weights === 'none').length);
  });

  it('where scikit-learn answers NaN (one category only), the result is kappa null and degenerate', () => {
    expect(reference.cohenDegenerate.length).toBeGreaterThanOrEqual(2);
    for (const c of reference.cohenDegenerate) {
      expect(c.sklearn).toBeNull();
      for (const weights of ['none', 'linear', 'quadratic'] as const) {
        const result = cohenKappa(c.a, c.b, { weights, categories: c.labels });
        expect(result).toMatchObject({ kappa: null, standardError: null, confidenceInterval: null, degenerate: true, observed: 1, expected: 1, exactAgreement: 1, withinOneAgreement: 1 });
      }
    }
  });
});

describe('cohenKappa worked by hand', () => {
  // a = 1 2 3 3 4, b = 1 2 3 4 4 on 1–5. Equal pairs 4 of 5: observed 0.8. Marginals a (1,1,2,1,0),
  // b (1,1,1,2,0): expected (1 + 1 + 2 + 2) / 25 = 0.24. kappa = 0.56 / 0.76.
  // Computed inside each test, so that mutation testing sees which tests cover it.
  const result = () => cohenKappa([1, 2, 3, 3, 4], [1, 2, 3, 4, 4], { weights: 'none', scale: getInstrument('gcp2').scale });

  it('gives kappa, observed and expected agreement', () => {
    expect(result().kappa).toBeCloseTo(0.56 / 0.76, 12);
    expect(result().observed).toBe(0.8);
    expect(result().expected).toBeCloseTo(0.24, 12);
  });

  it('takes the categories from the scale', () => {
    expect(result().categories).toEqual([1, 2, 3, 4, 5]);
  });

  it('counts exact and within-one agreement on grade values', () => {
    expect(result().exactAgreement).toBe(0.8);
    expect(result().withinOneAgreement).toBe(1);
    // 1 vs 3 is two grades apart, 2 vs 1 one apart: within one 1 of 2.
    expect(cohenKappa([1, 2], [3, 1], { weights: 'none' }).withinOneAgreement).toBe(0.5);
  });

  it('a category no rater used between used ones counts in the weights', () => {
    // Grades 1, 2, 4, 5 only: listing the categories without 3 moves 2 and 4 next to each other.
    const a = [1, 2, 4, 5, 5, 1, 2, 4];
    const b = [1, 2, 5, 5, 4, 2, 1, 4];
    for (const weights of ['linear', 'quadratic'] as const) {
      const scale = cohenKappa(a, b, { weights, scale: { min: 1, max: 5 } }).kappa as number;
      expect(cohenKappa(a, b, { weights, categories: [1, 2, 4, 5] }).kappa).not.toBeCloseTo(scale, 6);
      // Without categories, only the grades given count, as scikit-learn's labels=None: 3 is left out.
      expect(cohenKappa(a, b, { weights }).categories).toEqual([1, 2, 4, 5]);
    }
  });

  it('unused categories at the ends of the scale change no kappa (the weights only rescale)', () => {
    const a = [2, 3, 3, 4, 2];
    const b = [2, 4, 3, 3, 3];
    for (const weights of ['none', 'linear', 'quadratic'] as const) {
      const used = cohenKappa(a, b, { weights }).kappa as number;
      expect(cohenKappa(a, b, { weights, scale: { min: 1, max: 10 } }).kappa).toBeCloseTo(used, 12);
    }
    // …but they do change the expected and observed weighted agreement.
    expect(cohenKappa(a, b, { weights: 'linear', scale: { min: 1, max: 10 } }).observed).not.toBeCloseTo(cohenKappa(a, b, { weights: 'linear' }).observed, 6);
  });

  it('takes the distinct ratings given, ascending, when given no categories', () => {
    expect(cohenKappa([5, 1], [1, 5], { weights: 'linear' }).categories).toEqual([1, 5]);
    expect(cohenKappa([4, 2, 4], [2, 9, 2], { weights: 'none' }).categories).toEqual([2, 4, 9]);
  });

  it('names a hole in a sparse list of ratings as a missing rating', () => {
    // eslint-disable-next-line no-sparse-arrays
    const error = catchError(() => cohenKappa([1, , 3] as number[], [1, 2, 3], { weights: 'none' })) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues).toEqual([expect.objectContaining({ path: ['a', 1], expected: 'a whole-number rating', received: 'nothing (a hole in the array)' })]);
  });

  it('perfect disagreement on two categories is −1', () => {
    expect(cohenKappa([1, 2, 1, 2], [2, 1, 2, 1], { weights: 'none' }).kappa).toBe(-1);
  });
});

describe('cohenKappa degenerate and bad input', () => {

  it('requires the weighting to be named', () => {
    const missing = catchError(() => cohenKappa([1], [1], {} as never));
    expect(missing).toBeInstanceOf(OptionsError);
    expect((missing as OptionsError).issues[0]?.path).toEqual(['weights']);
    expect((missing as OptionsError).message).toContain("'none', 'linear', 'quadratic'");
    expect(catchError(() => cohenKappa([1], [1], { weights: 'cubic' as never }))).toBeInstanceOf(OptionsError);
    expect(catchError(() => cohenKappa([1], [1], undefined as never))).toBeInstanceOf(OptionsError);
  });

  it('refuses lists of different lengths, naming b', () => {
    const error = catchError(() => cohenKappa([1, 2, 3], [1, 2], { weights: 'none' })) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues[0]).toMatchObject({ path: ['b'], expected: '3 ratings, as many as a', received: '2' });
  });

  it('refuses empty lists with OperationError no-ratings', () => {
    const error = catchError(() => cohenKappa([], [], { weights: 'none' }));
    expect(error).toBeInstanceOf(OperationError);
    expect((error as OperationError).code).toBe('no-ratings');
  });

  it('refuses non-integer grades, naming each position', () => {
    const error = catchError(() => cohenKappa([1, 2.5, 3], [1, 2, Number.NaN], { weights: 'linear' })) as ValidationError;
    expect(error.issues.map((i) => i.path)).toEqual([['a', 1], ['b', 2]]);
    expect(error.issues[1]?.received).toBe('NaN');
    expect(catchError(() => cohenKappa([1, '2'] as never, [1, 2], { weights: 'none' }))).toBeInstanceOf(ValidationError);
    expect(catchError(() => cohenKappa('12' as never, [1, 2], { weights: 'none' }))).toBeInstanceOf(ValidationError);
  });

  it('refuses a grade outside the categories or the scale', () => {
    const error = catchError(() => cohenKappa([1, 6], [1, 2], { weights: 'none', scale: { min: 1, max: 5 } })) as ValidationError;
    expect(error.issues[0]).toMatchObject({ path: ['a', 1], expected: 'a category from 1 to 5', received: 'the number 6' });
    const listed = catchError(() => cohenKappa([1, 2], [1, 3], { weights: 'none', categories: [1, 3, 7] })) as ValidationError;
    expect(listed.issues[0]).toMatchObject({ path: ['a', 1], expected: 'one of the categories 1, 3, 7' });
  });

  it('refuses bad category options', () => {
    const cases: [unknown, unknown[]][] = [
      [{ weights: 'none', categories: [] }, ['categories']],
      [{ weights: 'none', categories: [1, 1.5] }, ['categories', 1]],
      [{ weights: 'none', categories: [1, 2, 1] }, ['categories', 2]],
      // eslint-disable-next-line no-sparse-arrays
      [{ weights: 'none', categories: [1, , 3] }, ['categories', 1]],
      [{ weights: 'none', scale: { min: 5, max: 1 } }, ['scale']],
      [{ weights: 'none', scale: { min: 1, max: 5 }, categories: [1, 2] }, ['scale']],
    ];
    for (const [options, path] of cases) {
      const error = catchError(() => cohenKappa([1], [1], options as never)) as OptionsError;
      expect(error, JSON.stringify(options)).toBeInstanceOf(OptionsError);
      expect(error.issues[0]?.path).toEqual(path);
    }
  });

  it('refuses more than 1000 categories, from a scale or from the ratings given', () => {
    const scale = catchError(() => cohenKappa([1, 5000], [1, 2], { weights: 'none', scale: { min: 1, max: 5000 } }));
    expect((scale as OperationError).code).toBe('too-many-categories');
    const many = Array.from({ length: 1001 }, (_, i) => i);
    expect((catchError(() => cohenKappa(many, many, { weights: 'none' })) as OperationError).code).toBe('too-many-categories');
    expect(cohenKappa(many.slice(1), many.slice(1), { weights: 'none' }).categories).toHaveLength(1000);
  });

  it('a single pair that agrees is degenerate, not NaN', () => {
    const result = cohenKappa([3], [3], { weights: 'quadratic' });
    expect(result).toEqual({
      kappa: null, standardError: null, confidenceInterval: null, degenerate: true, observed: 1, expected: 1, n: 1, weights: 'quadratic', categories: [3], exactAgreement: 1, withinOneAgreement: 1,
    });
  });

  it('a kappa that rounding puts a hair below −1 has an interval in order, within −1…1', () => {
    // Perfect disagreement with quadratic weights on 1–7: kappa is −1 less a rounding (−1.000000000000008), its standard error 0.
    const result = cohenKappa([5, 4], [4, 5], { weights: 'quadratic', scale: { min: 1, max: 7 } });
    expect(result.kappa).toBeCloseTo(-1, 12);
    expect(result.standardError).toBe(0);
    expect(result.confidenceInterval).toEqual({ lower: -1, upper: -1 });
  });

  it('the standard error keeps its digits when nearly every pair gives the same grade (P_e near 1)', () => {
    // n pairs, all 3–3 but one 4–3 and one 3–4. With q = 1/n, by hand from the formula (A + B − C
    // in SAS's unweighted form): kappa = −q / (1 − q) and Var = q² (1 − 2q) / (2 (1 − q)⁴).
    for (const n of [1_000, 10_000, 100_000]) {
      const a = Array<number>(n).fill(3);
      const b = Array<number>(n).fill(3);
      a[0] = 4;
      b[1] = 4;
      const q = 1 / n;
      const result = cohenKappa(a, b, { weights: 'none', scale: { min: 1, max: 5 } });
      if (result.degenerate) throw new Error('expected a kappa');
      // Kappa itself is (observed − expected) / (1 − expected), both near 1: good to about 1e-7 of itself here.
      expect(Math.abs((result.kappa + q / (1 - q)) / (q / (1 - q)))).toBeLessThan(1e-6);
      const se = (q * Math.sqrt((1 - 2 * q) / 2)) / (1 - q) ** 2;
      expect(Math.abs(result.standardError - se) / se, `n ${n}`).toBeLessThan(1e-6);
    }
  });

  it('one rater constant, the other not: kappa 0, not degenerate', () => {
    expect(cohenKappa([3, 3, 3], [2, 3, 4], { weights: 'linear' })).toMatchObject({ kappa: 0, degenerate: false });
  });
});
