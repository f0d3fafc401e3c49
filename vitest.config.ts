import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test-prop.ts'],
    // Property tests run a fixed number of cases from a fixed seed (see test/support/fc.ts).
    testTimeout: 60_000,
  },
});
