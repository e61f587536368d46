// Runs right after `changeset version` (root script `version-packages`, which the release
// workflow runs to build the "Version packages" pull request). When the data's version moved,
// it writes what changed since the baseline (the last release) into packages/data/CHANGELOG.md
// and makes the new data the baseline, so the commit that gets published carries both.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readBaseline, writeBaseline } from './baseline';
import { insertDataChanges } from './changelog';
import { currentSnapshot } from './current';
import { diffSnapshots, hasChanges, renderDiffMarkdown } from './data-diff';

const CHANGELOG = fileURLToPath(new URL('../../CHANGELOG.md', import.meta.url));

/** Updates the changelog and the baseline; returns what it did, in one line. */
export function afterVersion(): string {
  const baseline = readBaseline();
  const current = currentSnapshot();
  if (current.version === baseline.version) return `@vn-mediation/data stays ${current.version}: baseline and changelog untouched`;
  const diff = diffSnapshots(baseline, current, { from: baseline.version, to: current.version });
  let wrote = 'no data changes to record';
  if (diff.datasets.some(hasChanges)) {
    if (!existsSync(CHANGELOG)) throw new Error(`${CHANGELOG} is missing: changeset version should have written it`);
    writeFileSync(CHANGELOG, insertDataChanges(readFileSync(CHANGELOG, 'utf8'), current.version, renderDiffMarkdown(diff, 4)));
    wrote = 'data changes written to CHANGELOG.md';
  }
  writeBaseline(current);
  return `@vn-mediation/data ${baseline.version} → ${current.version}: ${wrote}; released/ now holds ${current.version}`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(afterVersion());
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
