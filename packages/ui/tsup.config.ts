import { defineConfig } from 'tsup';
import { SUBPATH_ENTRIES } from './subpaths.config';

// One entry per component subpath, so importing one chart does not bundle the others; shared
// pieces (frame, table, theme) land in chunks that every entry imports.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...SUBPATH_ENTRIES,
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  splitting: true,
  target: 'es2020',
  // The charts hold state and effects: mark every output as a client module so a React Server
  // Components app (Next.js App Router) can import them from a server component.
  banner: { js: "'use client';" },
  external: ['react', 'react-dom', 'recharts', /^@vn-mediation\/data(\/.*)?$/],
});
