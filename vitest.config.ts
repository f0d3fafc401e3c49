import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test-prop.ts'],
    // Property tests run a fixed number of cases from a fixed seed (see test/support/fc.ts).
    testTimeout: 60_000,
    coverage: {
      provider: 'v8',
      // The core: everything a browser or a case system imports. The CLI is covered by the
      // tests that run the built binary, which v8 coverage of src/ cannot see.
      include: ['src/**/*.ts'],
      exclude: ['src/cli/**', 'src/**/types.ts'],
      reporter: ['text-summary', 'json-summary', 'html'],
      reportsDirectory: 'coverage',
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
    },
  },
});
