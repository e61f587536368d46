/**
 * The snapshot of the data in this working tree: the records of every dataset and the JSON
 * Schema of its record type, at the version in package.json.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DATASET_NAMES } from '../../src/dataset-names';
import { DATASETS } from '../../src/dataset-records';
import { DATASET_SCHEMAS } from '../../src/dataset-schemas';
import { snapshotOf } from './snapshot';
import type { DataSnapshot } from './snapshot';

/** The name and version in packages/data/package.json. */
export function dataPackage(): { name: string; version: string } {
  const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const name = typeof pkg === 'object' && pkg !== null && 'name' in pkg && typeof pkg.name === 'string' ? pkg.name : '';
  const version = typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string' ? pkg.version : '';
  if (name === '' || version === '') throw new Error('packages/data/package.json needs a name and a version');
  return { name, version };
}

/** The data as this working tree would publish it. */
export function currentSnapshot(): DataSnapshot {
  const schemas = Object.fromEntries(DATASET_NAMES.map((name) => [name, z.toJSONSchema(DATASET_SCHEMAS[name])]));
  return snapshotOf(dataPackage().version, DATASETS, schemas, 'working tree');
}
