import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pkoFigures } from '../../src/datasets/pko';
import { snapshotAtRef } from './at-ref';
import { diffSnapshots, hasChanges } from './data-diff';

const dataDir = fileURLToPath(new URL('../../', import.meta.url));

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

describe('snapshotAtRef', () => {
  // A throwaway repository: a commit without the data, one with this tree's data, one with a
  // label corrected, so the test needs no history of the real repository.
  const repo = mkdtempSync(join(tmpdir(), 'data-at-ref-'));
  const first = pkoFigures[0];

  beforeAll(() => {
    git(repo, 'init', '-q');
    writeFileSync(join(repo, 'README.md'), 'before the data\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'empty');
    mkdirSync(join(repo, 'packages/data'), { recursive: true });
    cpSync(join(dataDir, 'src'), join(repo, 'packages/data/src'), { recursive: true });
    cpSync(join(dataDir, 'package.json'), join(repo, 'packages/data/package.json'));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'data');
    const file = join(repo, 'packages/data/src/datasets/pko.ts');
    const text = readFileSync(file, 'utf8');
    const label = `label: '${first?.label ?? ''}'`;
    if (!text.includes(label)) throw new Error(`pko.ts no longer spells the first label as ${label}; update this test`);
    writeFileSync(file, text.replace(label, "label: 'Corrected label'"));
    git(repo, 'commit', '-qam', 'correct a label');
  }, 120_000);

  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('reads the datasets of a commit from its own sources and sees the one value changed since', async () => {
    const before = await snapshotAtRef('HEAD~1', repo);
    const after = await snapshotAtRef('HEAD', join(repo, 'packages/data'));
    expect(Object.keys(before.datasets)).toContain('pko');
    const diff = diffSnapshots(before, after, { from: 'HEAD~1', to: 'HEAD' });
    expect(diff.datasets.filter(hasChanges).map((dataset) => [dataset.dataset, dataset.changed])).toEqual([
      ['pko', [{ id: first?.id, changes: [{ path: 'label', before: first?.label, after: 'Corrected label' }] }]],
    ]);
  }, 120_000);

  it('says which ref names no commit', async () => {
    await expect(snapshotAtRef('no-such-branch', repo)).rejects.toThrow('"no-such-branch" does not name a commit in this repository');
  });

  it('says when the commit predates the data', async () => {
    await expect(snapshotAtRef('HEAD~2', repo)).rejects.toThrow('HEAD~2 has no packages/data/src/dataset-records.ts');
  });
});
