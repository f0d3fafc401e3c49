import fc from 'fast-check';

/** Every property test runs from this seed with this many cases, so `npm test` is repeatable. */
export const PROPERTY_RUNS: fc.Parameters<unknown> = { seed: 20_161_129, numRuns: 300 };

export { fc };
