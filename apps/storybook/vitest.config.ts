import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'jsdom',
    // test/ holds the browser test of the static build, run by node's test runner (test:browser).
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    // Rendering all eleven datasets, or a chart, in jsdom takes seconds, and turbo runs this
    // beside typecheck and lint on shared 2-core machines (a test took over 30 s under a load
    // of 33): a tight limit would fail a test for being slow, not wrong.
    testTimeout: 60_000,
  },
});
