import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    setupFiles: ['./vitest.setup.ts'],
    // axe and the 200-run property tests take seconds in jsdom; on a loaded 2-core CI machine the
    // default 5 s would fail them for being slow, not wrong. Speed is measured by `pnpm bench`.
    testTimeout: 30_000,
  },
});
