import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant: the unit and property tests of the mutated
// layers, and the cross-cutting tables of refused options and sparse arrays that call them
// (tests that run the built package or a browser cannot see a mutant in src/).
export default defineConfig({
  test: {
    include: ['test/score/**/*.test.ts', 'test/score/**/*.test-prop.ts', 'test/progress/**/*.test.ts', 'test/progress/**/*.test-prop.ts', 'test/continuum/**/*.test.ts', 'test/continuum/**/*.test-prop.ts', 'test/agreement/**/*.test.ts', 'test/agreement/**/*.test-prop.ts', 'test/internal/option-names.test.ts', 'test/internal/sparse-arrays.test.ts'],
    testTimeout: 60_000,
  },
});
