import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBaseline } from './baseline';
import { readPendingChangesets } from './changesets';
import { currentSnapshot, dataPackage } from './current';
import { diffSnapshots } from './data-diff';
import { checkDeclaredBump, classifyDiff } from './semver-rule';

const changesetDir = fileURLToPath(new URL('../../../../.changeset/', import.meta.url));

describe('the data in this tree against the last release (packages/data/released/)', () => {
  it('changed no more than the pending changesets declare for @vn-mediation/data', () => {
    const baseline = readBaseline();
    const { name, version } = dataPackage();
    const changes = classifyDiff(diffSnapshots(baseline, currentSnapshot(), { from: baseline.version, to: 'working tree' }));
    const check = checkDeclaredBump({ changes, changesets: readPendingChangesets(changesetDir), packageName: name, version });
    // The problems are the message: each names the dataset, record or field and the bump needed.
    expect(check.problems).toEqual([]);
  });

  it('has a baseline at the version in package.json or earlier', () => {
    const [major = 0, minor = 0, patch = 0] = readBaseline().version.split('.').map(Number);
    const [nowMajor = 0, nowMinor = 0, nowPatch = 0] = dataPackage().version.split('.').map(Number);
    expect(major * 1e6 + minor * 1e3 + patch).toBeLessThanOrEqual(nowMajor * 1e6 + nowMinor * 1e3 + nowPatch);
  });
});
