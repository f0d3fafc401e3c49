import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fleissKappa, OperationError, OptionsError, ValidationError } from '../../src/index.js';
import { catchError } from '../support/errors.js';

/*
 * Reference values from statsmodels' fleiss_kappa, made by
 *   /usr/bin/python3 scripts/kappa-reference.py > test/agreement/kappa-reference.json
 */
interface FleissCase {
  id: string;
  ratings: number[][];
  statsmodels: number;
}
const reference = JSON.parse(readFileSync(resolve(import.meta.dirname, 'kappa-reference.json'), 'utf8')) as { fleiss: FleissCase[] };
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
