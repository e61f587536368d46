import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isJsonObject, toJsonValue } from './field-shapes';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const changesetBin = join(root, 'node_modules/@changesets/cli/bin.js');

function run(command: string, args: readonly string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function readJson(file: string): Record<string, unknown> {
  const value = toJsonValue(JSON.parse(readFileSync(file, 'utf8')));
  if (!isJsonObject(value)) throw new Error(`${file} is not a JSON object`);
  return value;
}

/** Every workspace member's folder (relative to the root), as pnpm lists them. */
function workspaceFolders(): string[] {
  const listed = toJsonValue(JSON.parse(run('pnpm', ['ls', '-r', '--json', '--depth', '-1'], root)));
  if (!Array.isArray(listed)) throw new Error('pnpm ls did not return a list');
  return listed.flatMap((entry) => (isJsonObject(entry) && typeof entry.path === 'string' ? [relative(root, entry.path)] : [])).filter((folder) => folder !== '');
}

const copies: string[] = [];
afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

/**
 * A copy of the repository's manifests and Changesets config with one pending changeset, after
 * `changeset version`: the versions each workspace member ends up with, and ui's packed manifest.
 */
function versionWith(changeset: string): { versions: Record<string, unknown>; packedUi: Record<string, unknown> } {
  const copy = mkdtempSync(join(tmpdir(), 'changeset-version-'));
  copies.push(copy);
  const folders = workspaceFolders();
  for (const file of ['package.json', 'pnpm-workspace.yaml', '.changeset/config.json', ...folders.map((folder) => `${folder}/package.json`)]) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  writeFileSync(join(copy, '.changeset/only-data.md'), changeset);
  run('git', ['init', '-q'], copy);
  run('git', ['add', '-A'], copy);
  run('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', 'commit', '-qm', 'copy'], copy);
  run(process.execPath, [changesetBin, 'version'], copy);
  const versions = Object.fromEntries(folders.map((folder) => [folder, readJson(join(copy, folder, 'package.json')).version]));
  // pnpm resolves `workspace:` ranges at pack time from the linked package: link data as an install would.
  mkdirSync(join(copy, 'packages/ui/node_modules/@vn-mediation'), { recursive: true });
  symlinkSync(join(copy, 'packages/data'), join(copy, 'packages/ui/node_modules/@vn-mediation/data'));
  const out = join(copy, 'packed');
  run('pnpm', ['pack', '--pack-destination', out], join(copy, 'packages/ui'));
  const tarball = readdirSync(out).find((name) => name.endsWith('.tgz'));
  if (tarball === undefined) throw new Error('pnpm pack wrote no tarball');
  const packedUi = toJsonValue(JSON.parse(run('tar', ['-xOzf', join(out, tarball), 'package/package.json'], copy)));
  if (!isJsonObject(packedUi)) throw new Error('the packed package.json is not an object');
  return { versions, packedUi };
}

function dependencies(manifest: Record<string, unknown>): unknown {
  return isJsonObject(toJsonValue(manifest.dependencies)) ? manifest.dependencies : {};
}

describe("ui's dependency on data when data alone is released", () => {
  const data = readJson(join(root, 'packages/data/package.json'));
  const ui = readJson(join(root, 'packages/ui/package.json'));
  const [major = 0, minor = 0, patch = 0] = String(data.version).split('.').map(Number);
  const [uiMajor = 0, uiMinor = 0, uiPatch = 0] = String(ui.version).split('.').map(Number);
  const uiNext = `${uiMajor}.${uiMinor}.${uiPatch + 1}`;

  it('a data patch releases ui too, pinned to exactly the new data', () => {
    const { versions, packedUi } = versionWith("---\n'@vn-mediation/data': patch\n---\n\nCorrected a quote.\n");
    const dataNext = `${major}.${minor}.${patch + 1}`;
    expect(versions['packages/data']).toBe(dataNext);
    expect(versions['packages/ui']).toBe(uiNext);
    expect(dependencies(packedUi)).toEqual({ '@vn-mediation/data': dataNext });
  }, 120_000);

  it('a data minor releases ui too, pinned to exactly the new data, and versions no private package', () => {
    const { versions, packedUi } = versionWith("---\n'@vn-mediation/data': minor\n---\n\nAdded a record.\n");
    const dataNext = `${major}.${minor + 1}.0`;
    expect(versions['packages/data']).toBe(dataNext);
    expect(versions['packages/ui']).toBe(uiNext);
    expect(dependencies(packedUi)).toEqual({ '@vn-mediation/data': dataNext });
    for (const [folder, version] of Object.entries(versions)) {
      if (folder !== 'packages/data' && folder !== 'packages/ui') expect([folder, version]).toEqual([folder, '0.0.0']);
    }
  }, 120_000);
});
