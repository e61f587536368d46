// `pnpm data:diff <git-ref> [<git-ref>]`: prints in Markdown, per dataset, the records added,
// removed and changed (each changed value old → new) and the schema fields that changed, between
// the data at a git ref and the working tree (or a second ref).
import { fileURLToPath } from 'node:url';
import { snapshotAtRef } from './release/at-ref';
import { currentSnapshot } from './release/current';
import { diffSnapshots, renderDiffMarkdown } from './release/data-diff';

const USAGE = 'usage: pnpm data:diff <git-ref> [<git-ref>]\n  compares the data at the first ref with the working tree, or with the second ref';

/** The Markdown diff between the data at `from` and at `to` (the working tree when `to` is undefined). */
export async function dataDiff(from: string, to: string | undefined, cwd: string): Promise<string> {
  const before = await snapshotAtRef(from, cwd);
  const after = to === undefined ? currentSnapshot() : await snapshotAtRef(to, cwd);
  return renderDiffMarkdown(diffSnapshots(before, after, { from: `${from} (${before.version})`, to: to === undefined ? `the working tree (${after.version})` : `${to} (${after.version})` }));
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const refs = process.argv.slice(2).filter((arg) => arg !== '--');
  const [from, to] = refs;
  if (from === undefined || refs.length > 2 || from === '--help' || from === '-h') {
    console.error(USAGE);
    process.exit(from === '--help' || from === '-h' ? 0 : 1);
  }
  try {
    process.stdout.write(await dataDiff(from, to, process.env.INIT_CWD ?? process.cwd()));
  } catch (error) {
    console.error(`data:diff: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
