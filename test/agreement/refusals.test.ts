import { describe, expect, it } from 'vitest';
import { cohenKappa, compareWithReference, fleissKappa, type Assessment } from '../../src/index.js';
import { all, gcp2At } from '../support/history.js';

/** The class, code (or null), first issue's path, expected and received — or "accepted". */
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    const e = error as Error & { code?: string; issues?: { path: (string | number)[]; expected: string; received: string }[] };
    const first = e.issues?.[0];
    return [e.constructor.name, e.code ?? null, first ? [first.path.join('.'), first.expected, first.received, e.issues?.length] : e.message];
  }
  return ['accepted'];
};

describe('cohenKappa refuses, exactly', () => {
  it.each([
    [() => cohenKappa([1], [1], 'linear' as never), ['OptionsError', null, ['weights', "the weighting named: 'none', 'linear', 'quadratic'", 'options the string "linear"', 1]]],
    [() => cohenKappa([1], [1], { weights: 'cubic' as never }), ['OptionsError', null, ['weights', "the weighting named: 'none', 'linear', 'quadratic'", 'the string "cubic"', 1]]],
    [() => cohenKappa('1,2' as never, [1, 2], { weights: 'none' }), ['ValidationError', null, ['a', 'an array of whole-number ratings', 'the string "1,2"', 1]]],
    [() => cohenKappa([1.5, 2], [1], { weights: 'none' }), ['ValidationError', null, ['a.0', 'a whole-number rating', 'the number 1.5', 1]]],
    [() => cohenKappa([1, 2], [1], { weights: 'none' }), ['ValidationError', null, ['b', '2 ratings, as many as a', '1', 1]]],
    [() => cohenKappa([], [], { weights: 'none' }), ['OperationError', 'no-ratings', 'cohenKappa: a and b are empty; kappa needs at least one pair of ratings']],
    [() => cohenKappa([1, 7], [1, 2], { weights: 'none', scale: { min: 1, max: 5 } }), ['ValidationError', null, ['a.1', 'a category from 1 to 5', 'the number 7', 1]]],
    [() => cohenKappa([1], [1], { weights: 'none', categories: [1], scale: { min: 1, max: 2 } }), ['OptionsError', null, ['scale', 'either categories or scale, not both', 'both', 1]]],
    [() => cohenKappa([1], [1], { weights: 'none', categories: [] }), ['OptionsError', null, ['categories', 'a non-empty array of whole numbers', 'an array of 0 items', 1]]],
    [() => cohenKappa([1], [1], { weights: 'none', categories: [1, 1.5] }), ['OptionsError', null, ['categories.1', 'a whole number', 'the number 1.5', 1]]],
    [() => cohenKappa([1], [1], { weights: 'none', categories: [1, 2, 1] }), ['OptionsError', null, ['categories.2', 'a category not listed before', 'the repeated number 1', 1]]],
    [() => cohenKappa([1], [1], { weights: 'none', scale: { min: 3, max: 1 } }), ['OptionsError', null, ['scale', 'a scale { min, max } of whole numbers with min ≤ max', 'an object', 1]]],
    [() => cohenKappa([1], [1], { weights: 'none', scale: { min: 1.5, max: 3 } }), ['OptionsError', null, ['scale', 'a scale { min, max } of whole numbers with min ≤ max', 'an object', 1]]],
    [() => cohenKappa([1], [1], { weights: 'none', scale: { min: 1, max: 3.5 } }), ['OptionsError', null, ['scale', 'a scale { min, max } of whole numbers with min ≤ max', 'an object', 1]]],
    // Past 2 ** 53, c + 1 === c: a range over such a scale never ended (and ran out of memory).
    [() => cohenKappa([1], [1], { weights: 'none', scale: { min: 2 ** 53, max: 2 ** 53 } }), ['OptionsError', null, ['scale', 'a scale { min, max } of whole numbers with min ≤ max', 'an object', 1]]],
    [() => fleissKappa([[1, 1]], { scale: { min: 2 ** 53 - 1, max: 2 ** 53 } }), ['OptionsError', null, ['scale', 'a scale { min, max } of whole numbers with min ≤ max', 'an object', 1]]],
    [() => cohenKappa([2 ** 53], [1], { weights: 'none' }), ['ValidationError', null, ['a.0', 'a whole-number rating', 'the number 9007199254740992', 1]]],
    [() => cohenKappa([1], [1], { weights: 'none', categories: [1, 2 ** 60] }), ['OptionsError', null, ['categories.1', 'a whole number', 'the number 1152921504606847000', 1]]],
    [() => cohenKappa([1], [1], { weights: 'none', scale: 5 as never }), ['OptionsError', null, ['scale', 'a scale { min, max } of whole numbers with min ≤ max', 'the number 5', 1]]],
    [() => cohenKappa([0], [0], { weights: 'none', scale: { min: 0, max: 1000 } }), ['OperationError', 'too-many-categories', 'Agreement: the categories run from 0 to 1000, more than 1000']],
    [() => cohenKappa([0], [0], { weights: 'none', categories: Array.from({ length: 1001 }, (_, i) => i) }), ['OperationError', 'too-many-categories', 'Agreement: 1001 categories, more than 1000']],
  ])('%#', (fn, expected) => {
    expect(refusal(fn)).toEqual(expected);
  });

  it('accepts the edges: one-grade scale, exactly 1,000 categories, a scale far from zero', () => {
    expect(cohenKappa([2, 2], [2, 2], { weights: 'none', scale: { min: 2, max: 2 } })).toMatchObject({ kappa: null, degenerate: true, categories: [2] });
    expect(cohenKappa([0, 999], [0, 999], { weights: 'none', scale: { min: 0, max: 999 } }).categories).toHaveLength(1000);
    expect(cohenKappa([500, 600], [500, 600], { weights: 'none', scale: { min: 500, max: 600 } })).toMatchObject({ kappa: 1, n: 2 });
  });

  it('sorts given categories, so positions (and weights) follow the numbers', () => {
    const sorted = cohenKappa([1, 2, 3, 3], [1, 3, 3, 2], { weights: 'linear', categories: [1, 2, 3] });
    const shuffled = cohenKappa([1, 2, 3, 3], [1, 3, 3, 2], { weights: 'linear', categories: [3, 1, 2] });
    expect(shuffled).toEqual(sorted);
    expect(shuffled.categories).toEqual([1, 2, 3]);
  });
});

describe('fleissKappa refuses, exactly', () => {
  it.each([
    [() => fleissKappa('x' as never), ['ValidationError', null, ['ratings', 'an array of cases, each an array of ratings', 'the string "x"', 1]]],
    [() => fleissKappa([]), ['OperationError', 'no-ratings', 'fleissKappa: no cases; kappa needs at least one case']],
    [() => fleissKappa([[1]]), ['ValidationError', null, ['ratings.0', "at least two raters' ratings", '1', 1]]],
    [() => fleissKappa([[1, 2], [1]]), ['ValidationError', null, ['ratings.1', '2 ratings, as many as ratings[0]', '1', 1]]],
    [() => fleissKappa([[1, 2], [1, 2, 3]]), ['ValidationError', null, ['ratings.1', '2 ratings, as many as ratings[0]', '3', 1]]],
    [() => fleissKappa([[1, 2], 'x' as never]), ['ValidationError', null, ['ratings.1', 'an array of whole-number ratings', 'the string "x"', 1]]],
    // A bad first case is the one issue: the well-formed cases after it are not measured against it.
    [() => fleissKappa(['x' as never, [1, 2], [2, 2]]), ['ValidationError', null, ['ratings.0', 'an array of whole-number ratings', 'the string "x"', 1]]],
    [() => fleissKappa([, [1, 2], [2, 2]] as never), ['ValidationError', null, ['ratings.0', 'an array of whole-number ratings', 'nothing (a hole in the array)', 1]]],
    [() => fleissKappa([[1], [1, 2], [2, 2]]), ['ValidationError', null, ['ratings.0', "at least two raters' ratings", '1', 1]]],
    [() => fleissKappa([[], [1, 2]]), ['ValidationError', null, ['ratings.0', "at least two raters' ratings", '0', 1]]],
  ])('%#', (fn, expected) => {
    expect(refusal(fn)).toEqual(expected);
  });

  it('states its error in words', () => {
    expect(() => fleissKappa([[1, 2], [1]])).toThrow('Invalid ratings: ratings[1]: expected 2 ratings, as many as ratings[0], received 1');
  });
});

describe('compareWithReference refuses, exactly', () => {
  const trainee = gcp2At('T', '2025-06-02', all(2)) as unknown as Assessment;
  it.each([
    [() => compareWithReference(trainee, trainee, { weights: 'cubic' as never }), ['OptionsError', null, ['weights', "'none', 'linear', 'quadratic'", 'the string "cubic"', 1]]],
    [() => compareWithReference(trainee, gcp2At('R', '2025-06-02', all(2), { id: 'C-2' }) as never), ['OperationError', 'mixed-children', 'compareWithReference: the trainee graded child "C-1" and the reference child "C-2"; compare gradings of the same case']],
    [() => compareWithReference(trainee, gcp2At('R', '2025-06-02', {}) as never), ['OperationError', 'nothing-to-compare', 'compareWithReference: no sub-area was graded in both the trainee’s and the reference grading']],
  ])('%#', (fn, expected) => {
    expect(refusal(fn)).toEqual(expected);
  });

  it('lists every sub-area at the furthest distance, and none when all agree', () => {
    const reference = gcp2At('R', '2025-06-02', all(2, { 'physical.nutrition': 4, 'safety.home': 4, 'emotional.responsiveness': 'not-scored' })) as unknown as Assessment;
    expect(compareWithReference(trainee, reference).furthestApart).toEqual({ difference: 2, subAreas: ['physical.nutrition', 'safety.home'] });
    expect(compareWithReference(trainee, trainee).furthestApart).toEqual({ difference: 0, subAreas: [] });
  });
});
