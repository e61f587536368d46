import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'jsdom',
    // test/ holds the browser test of the static build, run by node's test runner (test:browser).
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    // Rendering all eleven datasets in jsdom takes seconds; on a loaded 2-core machine the
    // default 5 s would fail the test for being slow, not wrong.
    testTimeout: 30_000,
  },
});
