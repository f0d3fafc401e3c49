import { describe, expect, it } from 'vitest';
import { cohenKappa, fleissKappa } from '../../src/index.js';
import { fc, PROPERTY_RUNS } from '../support/fc.js';

const weights = fc.constantFrom('none', 'linear', 'quadratic' as const);

/** Two raters' grades on 1–5 for the same cases. */
const pairs = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 60 })
  .map((list) => ({ a: list.map(([x]) => x), b: list.map(([, y]) => y) }));

const finiteIn = (value: number, min: number, max: number) => {
  expect(Number.isFinite(value)).toBe(true);
  expect(value).toBeGreaterThanOrEqual(min - 1e-12);
  expect(value).toBeLessThanOrEqual(max + 1e-12);
};

describe('Cohen’s kappa properties', () => {
  it('is symmetric in a and b', () => {
    fc.assert(
      fc.property(pairs, weights, ({ a, b }, w) => {
        const ab = cohenKappa(a, b, { weights: w, categories: [1, 2, 3, 4, 5] });
        const ba = cohenKappa(b, a, { weights: w, categories: [1, 2, 3, 4, 5] });
        expect(ab.degenerate).toBe(ba.degenerate);
        if (ab.kappa !== null) expect(ba.kappa).toBeCloseTo(ab.kappa, 12);
        expect(ba.observed).toBeCloseTo(ab.observed, 12);
        expect(ba.expected).toBeCloseTo(ab.expected, 12);
      }),
      PROPERTY_RUNS,
    );
  });

  it('is 1 for identical ratings that use at least two categories', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 60 }), weights, (a, w) => {
        fc.pre(new Set(a).size >= 2);
        expect(cohenKappa(a, [...a], { weights: w, scale: { min: 1, max: 5 } }).kappa).toBeCloseTo(1, 12);
      }),
      PROPERTY_RUNS,
    );
  });

  it('observed and expected lie in [0, 1], kappa is finite and at most 1, or null exactly when degenerate; never NaN', () => {
    fc.assert(
      fc.property(pairs, weights, ({ a, b }, w) => {
        const result = cohenKappa(a, b, { weights: w });
        finiteIn(result.observed, 0, 1);
        finiteIn(result.expected, 0, 1);
        finiteIn(result.exactAgreement, 0, 1);
        finiteIn(result.withinOneAgreement, result.exactAgreement, 1);
        const oneCategory = new Set([...a, ...b]).size === 1;
        expect(result.degenerate).toBe(oneCategory);
        if (result.kappa === null) expect(oneCategory).toBe(true);
        else finiteIn(result.kappa, -1, 1);
      }),
      PROPERTY_RUNS,
    );
  });

  it('the 95 % interval lies within −1…1, lower bound first, around kappa (to rounding); the standard error is finite', () => {
    fc.assert(
      fc.property(pairs, weights, fc.integer({ min: 5, max: 9 }), ({ a, b }, w, top) => {
        const result = cohenKappa(a, b, { weights: w, scale: { min: 1, max: top } });
        if (result.degenerate) return;
        finiteIn(result.standardError, 0, Infinity);
        const { lower, upper } = result.confidenceInterval;
        expect(-1).toBeLessThanOrEqual(lower);
        expect(lower).toBeLessThanOrEqual(upper);
        expect(upper).toBeLessThanOrEqual(1);
        finiteIn(result.kappa, lower, upper);
      }),
      PROPERTY_RUNS,
    );
  });

  it('no kappa depends on unused categories beyond the ends of the grades given', () => {
    fc.assert(
      fc.property(pairs, weights, ({ a, b }, w) => {
        const tight = cohenKappa(a, b, { weights: w, scale: { min: Math.min(...a, ...b), max: Math.max(...a, ...b) } });
        const wide = cohenKappa(a, b, { weights: w, categories: [0, 1, 2, 3, 4, 5, 6, 7] });
        if (tight.kappa === null) expect(wide.kappa).toBeNull();
        else expect(wide.kappa).toBeCloseTo(tight.kappa, 12);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('Fleiss’ kappa properties', () => {
  const table = fc.integer({ min: 2, max: 6 }).chain((raters) =>
    fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: raters, maxLength: raters }), { minLength: 1, maxLength: 30 }),
  );

  it('does not depend on the order of cases or of the raters within a case; never NaN', () => {
    fc.assert(
      fc.property(table, (ratings) => {
        const result = fleissKappa(ratings);
        const shuffled = fleissKappa([...ratings].reverse().map((row) => [...row].reverse()));
        finiteIn(result.observed, 0, 1);
        finiteIn(result.expected, 0, 1);
        expect(result.degenerate).toBe(new Set(ratings.flat()).size === 1);
        if (result.kappa === null) expect(shuffled.kappa).toBeNull();
        else {
          expect(Number.isFinite(result.kappa)).toBe(true);
          expect(result.kappa).toBeLessThanOrEqual(1 + 1e-12);
          expect(shuffled.kappa).toBeCloseTo(result.kappa, 12);
        }
        expect(result.proportions.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
      }),
      PROPERTY_RUNS,
    );
  });

  it('its test against chance: a positive standard error, z of kappa\'s sign, a p-value in 0…1; a category kappa exactly where the category is used but not always', () => {
    fc.assert(
      fc.property(table, (ratings) => {
        const result = fleissKappa(ratings);
        if (result.kappa === null) expect([result.standardErrorUnderNull, result.z, result.pValue]).toEqual([null, null, null]);
        else {
          expect(result.standardErrorUnderNull).toBeGreaterThan(0);
          expect(Number.isFinite(result.z)).toBe(true);
          expect(Math.sign(result.z)).toBe(Math.sign(result.kappa));
          finiteIn(result.pValue, 0, 1);
        }
        result.byCategory.forEach((c, j) => {
          const p = result.proportions[j] as number;
          expect(c.category).toBe(result.categories[j]);
          expect(c.kappa === null).toBe(p === 0 || p === 1);
          if (c.kappa !== null) {
            expect(c.kappa).toBeLessThanOrEqual(1 + 1e-12);
            finiteIn(c.pValue as number, 0, 1);
          }
        });
      }),
      PROPERTY_RUNS,
    );
  });
});
