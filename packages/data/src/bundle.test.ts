import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASET_NAMES } from './dataset-names';
import { DATASETS } from './dataset-records';
import { freshBuild } from './test-support/fresh-build';


const root = fileURLToPath(new URL('../', import.meta.url));
const SUBPATHS = ['timeline', 'partnerships', 'pko', 'aid', 'economy', 'concepts', 'documents', 'people', 'organisations', 'bibliography'] as const;
const MODULE_OF: Readonly<Record<(typeof DATASET_NAMES)[number], (typeof SUBPATHS)[number]>> = {
  timeline: 'timeline',
  partnerships: 'partnerships',
  'former-foes': 'partnerships',
  'partnership-phrases': 'partnerships',
  pko: 'pko',
  aid: 'aid',
  economy: 'economy',
  concepts: 'concepts',
  documents: 'documents',
  people: 'people',
  organisations: 'organisations',
  bibliography: 'bibliography',
};

function bundle(entry: string): string {
  const result = buildSync({ entryPoints: [entry], bundle: true, format: 'esm', minify: true, write: false, platform: 'neutral', logLevel: 'silent' });
  return result.outputFiles?.[0]?.text ?? '';
}

/** Ids that belong to one dataset only, quoted as they appear in bundled code. */
function distinctiveIds(module: (typeof SUBPATHS)[number]): string[] {
  const elsewhere = new Set(
    DATASET_NAMES.filter((name) => MODULE_OF[name] !== module).flatMap((name) => DATASETS[name].map((record: { id: string }) => record.id)),
  );
  return DATASET_NAMES.filter((name) => MODULE_OF[name] === module)
    .flatMap((name) => DATASETS[name].map((record: { id: string }) => record.id))
    .filter((id) => !elsewhere.has(id));
}

/** Ids of other datasets found in the bundle, leaving out those this module's own records mention (a timeline event names its people). */
function leaks(code: string, module: (typeof SUBPATHS)[number]): string[] {
  const own = JSON.stringify(DATASET_NAMES.filter((name) => MODULE_OF[name] === module).map((name) => DATASETS[name]));
  return SUBPATHS.filter((other) => other !== module).flatMap((other) =>
    distinctiveIds(other)
      .filter((id) => !own.includes(`"${id}"`) && code.includes(`"${id}"`))
      .map((id) => `${other}/${id}`),
  );
}

// zod's own error text and internals, which survive minification.
const ZOD_MARKERS = ['ZodError', '$ZodType', 'Invalid input'];

beforeAll(async () => {
  await freshBuild();
}, 60_000);

describe.each(SUBPATHS)('a bundle of the %s entry', (module) => {
  it('carries neither zod nor another dataset (from source)', () => {
    const code = bundle(`${root}src/datasets/${module}.ts`);
    expect(ZOD_MARKERS.filter((marker) => code.includes(marker))).toEqual([]);
    expect(leaks(code, module)).toEqual([]);
    expect(distinctiveIds(module).every((id) => code.includes(`"${id}"`))).toBe(true);
  });

  it('carries neither zod nor another dataset (from the built ESM entry)', async () => {
    const code = bundle(join(await freshBuild(), `${module}.js`));
    expect(ZOD_MARKERS.filter((marker) => code.includes(marker))).toEqual([]);
    expect(leaks(code, module)).toEqual([]);
  });
});

describe('a bundle of the validate entry', () => {
  it('does carry zod, which the marker check would notice', () => {
    const code = bundle(`${root}src/validate.ts`);
    expect(ZOD_MARKERS.some((marker) => code.includes(marker))).toBe(true);
  });
});

describe('a bundle of the provenance entry', () => {
  it('carries the article citations and version but neither zod nor any dataset', async () => {
    const code = bundle(join(await freshBuild(), 'provenance.js'));
    expect(ZOD_MARKERS.filter((marker) => code.includes(marker))).toEqual([]);
    expect(SUBPATHS.flatMap((module) => distinctiveIds(module).filter((id) => code.includes(`"${id}"`)))).toEqual([]);
    expect(code).toContain('Regional Peace and Mediation');
    expect(code).toContain('Can Vietnam Help Mediate With North Korea?');
  });
});
