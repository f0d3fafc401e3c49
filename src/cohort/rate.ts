import { makeIssue, OptionsError, type Issue } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import { roundRatio } from '../internal/round.js';

/** What a population must be, in messages. */
export const POPULATION_EXPECTED = 'a whole number of children ≥ 1';

/**
 * The issues with a count and a population, for {@link ratePer10k} and the cohort options:
 * a count is a whole number ≥ 0, a population a whole number of at least one child. A count
 * above the population is allowed: it may count events (assessments), not children; the
 * cohort summary, whose counts are children, refuses it there.
 */
export function rateArgumentIssues(count: unknown, population: unknown, path: { count: (string | number)[]; population: (string | number)[] }): Issue[] {
  const issues: Issue[] = [];
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
    issues.push(makeIssue(path.count, 'a whole number of children ≥ 0', describeValue(count)));
  }
  if (!isPopulation(population)) issues.push(makeIssue(path.population, POPULATION_EXPECTED, describeValue(population)));
  return issues;
}

/**
 * The issue of a population smaller than the children counted in it: they are part of it, so
 * the data or the population is wrong, and a rate above 10,000 per 10,000 would hide that.
 */
export function populationBelowCountIssue(path: (string | number)[], population: number, counted: string): Issue {
  return makeIssue(path, `a whole number of children at least ${counted}`, describeValue(population));
}

/**
 * A usable denominator: a whole number of at least one child. Children are counted, so a
 * fraction (48,400.5) is a mistake in the data, not a population; and a number below one
 * would make a rate overflow to Infinity (1 per 5e-324).
 */
export function isPopulation(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

/**
 * `count / population × 10,000` rounded to one decimal place, halves up — for whole counts
 * and populations the rounding is exact, since the quotient is formed in one division.
 * Trusted arguments only: callers check them first.
 */
export function rateOf(count: number, population: number): number {
  return roundRatio(count * 10_000, population, 1);
}

/**
 * The rate per 10,000 children, to one decimal place, as DfE publishes rates per 10,000
 * children aged under 18.
 *
 * @throws {@link OptionsError} when `count` is not a whole number ≥ 0 or `population` is not a
 *   whole number ≥ 1. A count above the population is taken: it may count events, not children.
 * @example
 * ```ts
 * ratePer10k(1513, 48400); // 312.6 (Early Help Assessments per 10,000 children: the seed's figure)
 * ratePer10k(0, 9800); // 0
 * ```
 */
export function ratePer10k(count: number, population: number): number {
  const issues = rateArgumentIssues(count, population, { count: ['count'], population: ['population'] });
  if (issues.length > 0) throw new OptionsError(issues);
  return rateOf(count, population);
}

/**
 * `count / of × 100` to one decimal place, halves up.
 * Trusted arguments only: `of` > 0.
 */
export function percentOf(count: number, of: number): number {
  return roundRatio(count * 100, of, 1);
}
