/**
 * Reads the pending changesets (`.changeset/*.md` at the repository root) with Changesets' own
 * parser, so the semver check reads the front matter exactly as `changeset version` will.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import parseChangesetFile from '@changesets/parse';
import type { PendingChangeset } from './semver-rule';

/** Parses one changeset file's text; `file` names it in the error when the front matter is wrong. */
export function parseChangeset(text: string, file: string): PendingChangeset {
  try {
    const { releases, summary } = parseChangesetFile(text);
    return { file, releases: releases.map((release) => ({ name: release.name, type: release.type })), summary };
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Every pending changeset in `dir` (`.changeset/`): each `.md` file but the folder's README. */
export function readPendingChangesets(dir: string): PendingChangeset[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md')
    .sort()
    .map((name) => parseChangeset(readFileSync(join(dir, name), 'utf8'), `.changeset/${name}`));
}
