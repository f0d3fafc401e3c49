import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fleissKappa, OperationError, OptionsError, ValidationError } from '../../src/index.js';
import { twoSidedP } from '../../src/agreement/normal.js';
import { catchError } from '../support/errors.js';

/*
 * Reference values from statsmodels' fleiss_kappa and SciPy's norm.sf, made by
 *   /usr/bin/python3 scripts/kappa-reference.py > test/agreement/kappa-reference.json
 */
interface FleissCase {
  id: string;
  ratings: number[][];
  statsmodels: number;
}
const reference = JSON.parse(readFileSync(resolve(import.meta.dirname, 'kappa-reference.json'), 'utf8')) as { fleiss: FleissCase[]; normalTwoSided: { z: number; p: number }[] };
const byId = (id: string): FleissCase => reference.fleiss.find((c) => c.id === id) as FleissCase;

describe('fleissKappa against published worked examples', () => {
  it('Wikipedia, "Fleiss\' kappa", worked example: 10 subjects, 14 raters, 5 categories → P̄ 0.378, P̄e 0.213, κ 0.210', () => {
    // The table of counts as published (subject i: how many raters chose category j).
    const counts = [
      [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
    ];
    const ratings = counts.map((row) => row.flatMap((count, j) => Array<number>(count).fill(j + 1)));
    const result = fleissKappa(ratings);
    expect(result.n).toBe(10);
    expect(result.raters).toBe(14);
    expect(result.observed.toFixed(3)).toBe('0.378');
    expect(result.expected.toFixed(3)).toBe('0.213');
    expect(result.kappa?.toFixed(3)).toBe('0.210');
    // The published column proportions p_j.
    expect(result.proportions.map((p) => p.toFixed(3))).toEqual(['0.143', '0.200', '0.279', '0.150', '0.229']);
    expect(ratings).toEqual(byId('worked-example-14-raters').ratings);
  });

  it('Fleiss (1971), Psychological Bulletin 76(5): 30 patients, 6 psychiatrists, 5 diagnoses → κ .430', () => {
    const result = fleissKappa(byId('fleiss-1971-diagnoses').ratings);
    expect(result.n).toBe(30);
    expect(result.raters).toBe(6);
    expect(result.kappa?.toFixed(3)).toBe('0.430');
  });
});

describe('fleissKappa\'s test against chance, against a published implementation', () => {
  // Cardillo G. (2007), "Fleiss'es kappa", MATLAB Central File Exchange 15426: its README's
  // output for the Wikipedia table above, to four decimal places (Fleiss, Nee & Landis 1979).
  const counts = [
    [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
  ];
  const result = () => fleissKappa(counts.map((row) => row.flatMap((count, j) => Array<number>(count).fill(j + 1))));

  it('overall: kappa 0.2099, standard error 0.0170, z 12.3743, p 0.0000', () => {
    const r = result();
    expect(r.kappa?.toFixed(4)).toBe('0.2099');
    expect(r.standardErrorUnderNull?.toFixed(4)).toBe('0.0170');
    expect(r.z?.toFixed(4)).toBe('12.3743');
    expect(r.pValue?.toFixed(4)).toBe('0.0000');
  });

  it('per category: kappas 0.2013 0.0797 0.1716 0.0304 0.5077, z 6.0719 2.4034 5.1764 0.9165 15.3141, p 0.0000 0.0162 0.0000 0.3594 0 (standard error 0.0331)', () => {
    const r = result();
    expect(r.byCategory.map((c) => c.category)).toEqual([1, 2, 3, 4, 5]);
    expect(r.byCategory.map((c) => c.kappa?.toFixed(4))).toEqual(['0.2013', '0.0797', '0.1716', '0.0304', '0.5077']);
    expect(r.byCategory.map((c) => c.z?.toFixed(4))).toEqual(['6.0719', '2.4034', '5.1764', '0.9165', '15.3141']);
    expect(r.byCategory.map((c) => c.pValue?.toFixed(4))).toEqual(['0.0000', '0.0162', '0.0000', '0.3594', '0.0000']);
    expect(((r.byCategory[0]?.kappa as number) / (r.byCategory[0]?.z as number)).toFixed(4)).toBe('0.0331');
  });

  it('a category no one used has no kappa of its own (0/0), never NaN', () => {
    const r = fleissKappa([[1, 2], [2, 2], [1, 1]], { categories: [1, 2, 3] });
    expect(r.byCategory[2]).toEqual({ category: 3, kappa: null, z: null, pValue: null });
    // Two categories: each one's kappa is the overall kappa (1 − 2/6 over 2·p·q with p = q = 1/2 → 1/3).
    expect(r.byCategory[0]?.kappa).toBeCloseTo(1 / 3, 12);
    expect(r.byCategory[1]?.kappa).toBeCloseTo(r.kappa as number, 12);
  });

  it('the two-sided p-value agrees with SciPy\'s norm.sf to a relative 1e-6', () => {
    for (const { z, p } of reference.normalTwoSided) expect(Math.abs(twoSidedP(z) - p) / p, `z = ${z}`).toBeLessThan(1e-6);
    expect(reference.normalTwoSided.length).toBeGreaterThanOrEqual(10);
  });

  it('is never above 1, where the fit at z = 0 is 1 + 3e-8', () => {
    expect(twoSidedP(0)).toBe(1);
    expect(twoSidedP(-0)).toBe(1);
    expect(twoSidedP(1e-9)).toBeLessThanOrEqual(1);
  });
});

describe('fleissKappa against statsmodels', () => {
  it('has several data sets', () => {
    expect(reference.fleiss.length).toBeGreaterThanOrEqual(5);
  });

  for (const c of reference.fleiss) {
    it(`${c.id}: kappa to 1e-9`, () => {
      const result = fleissKappa(c.ratings);
      expect(Math.abs((result.kappa as number) - c.statsmodels)).toBeLessThan(1e-9);
    });
  }
});

describe('fleissKappa degenerate and bad input', () => {

  it('every rating one category: kappa null and degenerate, never NaN', () => {
    expect(fleissKappa([[2, 2, 2], [2, 2, 2]], { scale: { min: 1, max: 5 } })).toEqual({
      kappa: null, degenerate: true, observed: 1, expected: 1, n: 2, raters: 3, categories: [1, 2, 3, 4, 5], proportions: [0, 1, 0, 0, 0],
      standardErrorUnderNull: null, z: null, pValue: null,
      byCategory: [1, 2, 3, 4, 5].map((category) => ({ category, kappa: null, z: null, pValue: null })),
    });
  });

  it('complete agreement on two categories is 1', () => {
    expect(fleissKappa([[1, 1], [2, 2]]).kappa).toBe(1);
  });

  it('refuses no cases with OperationError no-ratings', () => {
    expect((catchError(() => fleissKappa([])) as OperationError).code).toBe('no-ratings');
  });

  it('refuses cases with different numbers of raters, naming the case', () => {
    const error = catchError(() => fleissKappa([[1, 2, 3], [1, 2]])) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues[0]).toMatchObject({ path: ['ratings', 1], expected: '3 ratings, as many as ratings[0]', received: '2' });
  });

  it('refuses fewer than two raters', () => {
    const error = catchError(() => fleissKappa([[1], [2]])) as ValidationError;
    expect(error.issues[0]?.path).toEqual(['ratings', 0]);
  });

  it('refuses non-integer ratings and non-arrays, naming the path', () => {
    const error = catchError(() => fleissKappa([[1, 2], [1, 0.5]])) as ValidationError;
    expect(error.issues[0]?.path).toEqual(['ratings', 1, 1]);
    expect((catchError(() => fleissKappa([[1, 2], 'x'] as never)) as ValidationError).issues[0]?.path).toEqual(['ratings', 1]);
    expect((catchError(() => fleissKappa({} as never)) as ValidationError).issues[0]?.path).toEqual(['ratings']);
  });

  it('names holes in sparse arrays: a missing rating, a missing case', () => {
    // eslint-disable-next-line no-sparse-arrays
    const rating = catchError(() => fleissKappa([[1, , 2], [2, 2, 2]] as number[][])) as ValidationError;
    expect(rating.issues).toEqual([expect.objectContaining({ path: ['ratings', 0, 1], received: 'nothing (a hole in the array)' })]);
    // eslint-disable-next-line no-sparse-arrays
    const kase = catchError(() => fleissKappa([[1, 2], , [2, 2]] as number[][])) as ValidationError;
    expect(kase.issues).toEqual([expect.objectContaining({ path: ['ratings', 1], expected: 'an array of whole-number ratings' })]);
  });

  it('refuses options that are not an object, naming them', () => {
    const error = catchError(() => fleissKappa([[1, 2], [2, 2]], null as never));
    expect(error).toBeInstanceOf(OptionsError);
    expect((error as OptionsError).issues[0]?.path).toEqual([]);
  });

  it('takes the distinct ratings given as the categories, as statsmodels does', () => {
    expect(fleissKappa([[1, 5], [5, 5], [1, 1]]).categories).toEqual([1, 5]);
  });

  it('refuses a rating outside the given categories', () => {
    const error = catchError(() => fleissKappa([[1, 2], [1, 9]], { categories: [1, 2, 3] })) as ValidationError;
    expect(error.issues[0]).toMatchObject({ path: ['ratings', 1, 1], expected: 'a category from 1 to 3' });
  });
});
