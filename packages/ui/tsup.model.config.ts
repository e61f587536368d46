import { defineConfig } from 'tsup';
import { MODEL_ENTRY, NAVIGATION_ENTRY } from './subpaths.config';

// The models are plain functions: built apart from the components, without their 'use client'
// banner, so a React Server Component (or any server) can call them.
export default defineConfig({
  entry: { index: MODEL_ENTRY, navigation: NAVIGATION_ENTRY },
  outDir: 'dist/model',
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  splitting: false,
  target: 'es2020',
  external: [/^@vn-mediation\/data(\/.*)?$/],
});
