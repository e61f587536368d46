/**
 * The snapshot of the data at a git ref, read from that commit's own TypeScript sources.
 *
 * Why this way: the datasets live as typed TypeScript modules, and the JSON under dist/ is not
 * committed. `git archive` extracts `packages/data/src` of the commit into a temporary folder and
 * esbuild bundles its `dataset-records.ts` and `dataset-schemas.ts` (zod from this checkout), so
 * no install, build or second worktree is needed, any commit since the data's first release is
 * readable in about a second, and the result goes through the same snapshot code as the baseline.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { isJsonObject, toJsonValue } from './field-shapes';
import { snapshotOf } from './snapshot';
import type { DataSnapshot } from './snapshot';

const DATA_DIR = 'packages/data';
/** Where this checkout's dependencies (zod) are found for the bundle. */
const NODE_MODULES = fileURLToPath(new URL('../../node_modules/', import.meta.url));

function git(args: readonly string[], cwd: string): Buffer {
  return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

/** The commit a ref names, or a clear error when it names none. */
export function resolveCommit(ref: string, cwd: string): string {
  if (ref.startsWith('-')) throw new Error(`"${ref}" is not a git ref`);
  try {
    return git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd).toString('utf8').trim();
  } catch (error) {
    throw new Error(`"${ref}" does not name a commit in this repository`, { cause: error });
  }
}

function versionAt(commit: string, cwd: string): string {
  const pkg = toJsonValue(JSON.parse(git(['show', `${commit}:${DATA_DIR}/package.json`], cwd).toString('utf8')));
  return isJsonObject(pkg) && typeof pkg.version === 'string' ? pkg.version : 'unknown';
}

/** Reads the datasets and record schemas of `packages/data` as they were at `ref`, in the repository that holds the folder `from`. */
export async function snapshotAtRef(ref: string, from: string): Promise<DataSnapshot> {
  // git archive reads paths relative to its working directory: run everything at the top.
  const cwd = git(['rev-parse', '--show-toplevel'], from).toString('utf8').trim();
  const commit = resolveCommit(ref, cwd);
  for (const file of ['dataset-records.ts', 'dataset-schemas.ts']) {
    try {
      git(['cat-file', '-e', `${commit}:${DATA_DIR}/src/${file}`], cwd);
    } catch (error) {
      throw new Error(`${ref} has no ${DATA_DIR}/src/${file}: data:diff reads the datasets from it, which exists from the first data release on`, { cause: error });
    }
  }
  const version = versionAt(commit, cwd);
  const dir = mkdtempSync(join(tmpdir(), 'vn-mediation-data-at-ref-'));
  try {
    writeFileSync(join(dir, 'src.tar'), git(['archive', '--format=tar', commit, `${DATA_DIR}/src`], cwd));
    execFileSync('tar', ['-xf', 'src.tar'], { cwd: dir, stdio: 'ignore' });
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      [
        `import { z } from 'zod';`,
        `import { DATASETS } from './${DATA_DIR}/src/dataset-records';`,
        `import { DATASET_SCHEMAS } from './${DATA_DIR}/src/dataset-schemas';`,
        `export const records = DATASETS;`,
        `export const schemas = Object.fromEntries(Object.entries(DATASET_SCHEMAS).map(([name, schema]) => [name, z.toJSONSchema(schema)]));`,
        '',
      ].join('\n'),
    );
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
      logLevel: 'silent',
      nodePaths: [NODE_MODULES],
      define: { __DATA_VERSION__: JSON.stringify(version) },
    });
    const code = result.outputFiles[0]?.text;
    if (code === undefined) throw new Error(`esbuild produced no bundle for the datasets at ${ref}`);
    const bundle = join(dir, 'datasets.mjs');
    writeFileSync(bundle, code);
    const loaded: unknown = await import(pathToFileURL(bundle).href);
    if (typeof loaded !== 'object' || loaded === null) throw new Error(`the datasets at ${ref} did not load as a module`);
    const records: unknown = Reflect.get(loaded, 'records');
    const schemas: unknown = Reflect.get(loaded, 'schemas');
    if (typeof records !== 'object' || records === null || typeof schemas !== 'object' || schemas === null) {
      throw new Error(`the datasets at ${ref} exported no records or schemas`);
    }
    return snapshotOf(version, { ...records }, { ...schemas }, `${ref} (${commit.slice(0, 7)})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
