import { defineConfig } from 'tsup';

// One entry per public subpath, so a consumer importing one dataset bundles only that dataset.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  treeshake: true,
  splitting: true,
  target: 'es2020',
});
