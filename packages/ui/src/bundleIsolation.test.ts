// @vitest-environment node
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMPONENT_FOLDERS, EXTERNALS, SUBPATH_ENTRIES } from '../subpaths.config';

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function bundledFolders(entry: string): Promise<Set<string>> {
  const result = await build({
    entryPoints: [path.join(packageRoot, entry)],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    jsx: 'automatic',
    logLevel: 'silent',
    external: [...EXTERNALS],
  });
  return new Set(Object.keys(result.metafile.inputs).map((input) => input.split('/').at(-2) ?? ''));
}

describe('subpath bundles', () => {
  it('sees every chart folder in the root bundle (so the check below can see a leak)', async () => {
    const folders = await bundledFolders('src/index.ts');
    expect(COMPONENT_FOLDERS.filter((folder) => !folders.has(folder))).toEqual([]);
  });

  it.each(COMPONENT_FOLDERS)('bundling the %s subpath reaches no other chart’s folder', async (folder) => {
    const entry = Object.values(SUBPATH_ENTRIES).find((file) => file === `src/${folder}/index.ts`);
    expect(entry).toBeDefined();
    const folders = await bundledFolders(entry ?? '');
    expect(folders.has(folder)).toBe(true);
    expect(COMPONENT_FOLDERS.filter((other) => other !== folder && folders.has(other))).toEqual([]);
  });
});
