import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import type { Options } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Dataset subpaths: each entry is a dataset module that imports only types, so it costs only its data. */
const DATASET_ENTRIES = ['timeline', 'partnerships', 'pko', 'aid', 'economy', 'argument', 'documents', 'people', 'organisations', 'bibliography'] as const;

/** One entry per public subpath, so a consumer importing one dataset bundles only that dataset. */
export const tsupOptions: Options = {
  entry: {
    index: 'src/index.ts',
    schemas: 'src/schemas.ts',
    validate: 'src/validate.ts',
    provenance: 'src/provenance.ts',
    format: 'src/format.ts',
    vocabulary: 'src/vocabulary.ts',
    cite: 'src/cite.ts',
    csv: 'src/csv.ts',
    ...Object.fromEntries(DATASET_ENTRIES.map((name) => [name, `src/datasets/${name}.ts`])),
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  treeshake: true,
  splitting: true,
  target: 'es2020',
  define: { __DATA_VERSION__: JSON.stringify(version) },
};

export default defineConfig(tsupOptions);
