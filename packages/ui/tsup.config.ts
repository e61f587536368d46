import { defineConfig } from 'tsup';

// One entry per component subpath, so importing one chart does not bundle the others.
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
  external: ['react', 'react-dom', 'recharts', '@vn-mediation/data'],
});
