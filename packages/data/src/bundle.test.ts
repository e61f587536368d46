import { buildSync } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASET_NAMES } from './dataset-names';
import { DATASETS } from './dataset-records';
import { freshBuild } from './test-support/fresh-build';


const root = fileURLToPath(new URL('../', import.meta.url));
const SUBPATHS = ['timeline', 'partnerships', 'pko', 'aid', 'economy', 'argument', 'documents', 'people', 'organisations', 'bibliography'] as const;
const MODULE_OF: Readonly<Record<(typeof DATASET_NAMES)[number], (typeof SUBPATHS)[number]>> = {
  timeline: 'timeline',
  partnerships: 'partnerships',
  'former-foes': 'partnerships',
  'partnership-phrases': 'partnerships',
  pko: 'pko',
  aid: 'aid',
  economy: 'economy',
  argument: 'argument',
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

describe.each(['format', 'vocabulary'])('a bundle of the %s entry', (entry) => {
  it('carries neither zod nor any dataset, so a page can format and narrow data cheaply', async () => {
    const code = bundle(join(await freshBuild(), `${entry}.js`));
    expect(ZOD_MARKERS.filter((marker) => code.includes(marker))).toEqual([]);
    // A record's quote is what only its dataset carries (an id may double as a vocabulary value).
    // Only plain-ASCII quotes are looked for: esbuild escapes typographic characters.
    const quotes = DATASET_NAMES.flatMap((name) => DATASETS[name].flatMap((record: { sources: readonly { quote: string }[] }) => record.sources.map((source) => source.quote)));
    const findable = quotes.filter((quote) => /^[ !#-[\]-~]+$/.test(quote));
    expect(findable.length).toBeGreaterThan(100);
    expect(findable.filter((quote) => code.includes(quote))).toEqual([]);
  });
});
/**
 * A browser bundle of a consumer module that imports from the built entries in `dir`. The folder
 * gets the package's `sideEffects: false`, as the published package has it, so the bundler may
 * drop the chunks a consumer does not use.
 */
function consumerBundle(dir: string, source: string): string {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', sideEffects: false }));
  const result = buildSync({
    stdin: { contents: source, resolveDir: dir, sourcefile: 'consumer.js' },
    nodePaths: [join(root, 'node_modules')],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    platform: 'browser',
    logLevel: 'silent',
  });
  return result.outputFiles?.[0]?.text ?? '';
}

function kilobytesGzip(code: string): number {
  return Math.round(gzipSync(code).length / 102.4) / 10;
}

describe('a browser bundle that cites one record', () => {
  it('with cite carries no zod and stays well under 60 KB gzip, though it finds the record among every dataset', async () => {
    const code = consumerBundle(await freshBuild(), "import { cite } from './cite.js'; document.title = cite('pko/officers-sent');");
    expect(ZOD_MARKERS.filter((marker) => code.includes(marker))).toEqual([]);
    // A reference is looked up at run time, so every dataset is in: the price of `cite('pko/…')`.
    expect(SUBPATHS.every((module) => distinctiveIds(module).some((id) => code.includes(`"${id}"`)))).toBe(true);
    const size = kilobytesGzip(code);
    console.log(`cite('pko/officers-sent') consumer bundle: ${size} KB gzip`);
    expect(size).toBeLessThan(60);
  });

  it('with citeRecord and the pko subpath carries only the pko records and the article metadata', async () => {
    const dir = await freshBuild();
    const code = consumerBundle(dir, "import { citeRecord } from './cite.js'; import { pkoFigures } from './pko.js'; document.title = citeRecord('pko', pkoFigures[1]);");
    expect(ZOD_MARKERS.filter((marker) => code.includes(marker))).toEqual([]);
    expect(leaks(code, 'pko')).toEqual([]);
    expect(code).toContain('Yusof Ishak Institute');
    const size = kilobytesGzip(code);
    const alone = kilobytesGzip(consumerBundle(dir, "import { citeRecord } from './cite.js'; document.title = citeRecord('pko', { id: 'x', sources: [] });"));
    console.log(`citeRecord + pkoFigures consumer bundle: ${size} KB gzip; citeRecord alone: ${alone} KB gzip`);
    expect(alone).toBeLessThan(5);
  });
});

