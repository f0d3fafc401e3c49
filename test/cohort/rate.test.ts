import { describe, expect, it } from 'vitest';
import { OptionsError, ratePer10k } from '../../src/index.js';

describe('ratePer10k', () => {
  it("gives the seed's figure: 1,513 Early Help Assessments among 48,400 children is 312.6 per 10,000", () => {
    // 1513 / 48400 × 10000 = 312.603… → 312.6 (Peterborough neglect strategy, December 2015).
    expect(ratePer10k(1513, 48400)).toBe(312.6);
  });

  it('rounds to one decimal place, halves up', () => {
    expect(ratePer10k(1, 40_000)).toBe(0.3); // 0.25 → 0.3
    expect(ratePer10k(1, 80_000)).toBe(0.1); // 0.125 → 0.1
    expect(ratePer10k(7, 9_800)).toBe(7.1); // 7.142… → 7.1
    expect(ratePer10k(49, 9_800)).toBe(50); // exactly 50.0
  });

  it('keeps a true zero', () => {
    expect(ratePer10k(0, 9_800)).toBe(0);
  });

  it.each([
    ['a negative count', -1, 100, ['count']],
    ['a fractional count', 1.5, 100, ['count']],
    ['a NaN count', Number.NaN, 100, ['count']],
    ['a count given as a string', '3', 100, ['count']],
    ['a zero population', 3, 0, ['population']],
    ['a negative population', 3, -100, ['population']],
    ['a NaN population', 3, Number.NaN, ['population']],
    ['an infinite population', 3, Number.POSITIVE_INFINITY, ['population']],
    // Found by the fuzz test: 1 per 5e-324 children overflowed to a rate of Infinity.
    ['a population below one child', 1, 5e-324, ['population']],
    ['a population of half a child', 1, 0.5, ['population']],
    ['a fractional population', 1513, 48_400.5, ['population']],
  ])('refuses %s with an OptionsError naming the argument', (_what, count, population, path) => {
    let caught: unknown;
    try {
      ratePer10k(count as number, population as number);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OptionsError);
    expect((caught as OptionsError).issues[0]?.path).toEqual(path);
    expect((caught as OptionsError).message).not.toMatch(/NaN.*expected|undefined/);
    if (path[0] === 'population') expect((caught as OptionsError).issues[0]?.expected).toBe('a whole number of children ≥ 1');
  });

  it('takes a count larger than the population: it may count events (12 assessments of 10 children)', () => {
    expect(ratePer10k(12, 10)).toBe(12_000);
    expect(ratePer10k(10, 10)).toBe(10_000);
  });
});
