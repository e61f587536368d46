/**
 * The baseline: the data of the last release, one file per dataset under
 * `packages/data/released/`. The versioning step rewrites it (see released/README.md).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDatasetFile, parseDatasetFile, snapshotFromFiles } from './snapshot';
import type { DataSnapshot } from './snapshot';

/** The baseline folder, `packages/data/released/`. */
export const BASELINE_DIR = fileURLToPath(new URL('../../released/', import.meta.url));

/** Reads every `<dataset>.json` of a baseline folder into one snapshot. */
export function readBaseline(dir: string = BASELINE_DIR): DataSnapshot {
  const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  if (files.length === 0) throw new Error(`${dir}: no dataset files; run the versioning step (pnpm version-packages) to write the baseline`);
  const parsed = files.map((name) => {
    const file = parseDatasetFile(readFileSync(join(dir, name), 'utf8'), `released/${name}`);
    if (`${file.dataset}.json` !== name) throw new Error(`released/${name}: holds dataset "${file.dataset}"; the file must be named ${file.dataset}.json`);
    return file;
  });
  return snapshotFromFiles(parsed, 'released/');
}

/** Replaces the baseline with a snapshot: one file per dataset, none left from removed datasets. */
export function writeBaseline(snapshot: DataSnapshot, dir: string = BASELINE_DIR): void {
  for (const name of readdirSync(dir)) if (name.endsWith('.json')) rmSync(join(dir, name));
  for (const [dataset, data] of Object.entries(snapshot.datasets)) {
    writeFileSync(join(dir, `${dataset}.json`), formatDatasetFile(dataset, snapshot.version, data));
  }
}
