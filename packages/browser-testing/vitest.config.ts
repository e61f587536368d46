import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // The Chromium-rendered comparisons start a browser; on two busy cores that takes seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
