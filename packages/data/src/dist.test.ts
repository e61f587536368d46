import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASET_NAMES } from './dataset-names';
import { DATASETS } from './dataset-records';
import { parseCsv } from './tabular/csv';
import { freshBuild } from './test-support/fresh-build';

let dist = new URL('../dist/', import.meta.url);

beforeAll(async () => {
  dist = pathToFileURL(`${await freshBuild()}/`);
}, 60_000);

function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(new URL(relative, dist), 'utf8'));
}

interface Descriptor {
  version: string;
  resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
}

function isDescriptor(value: unknown): value is Descriptor {
  return typeof value === 'object' && value !== null && 'version' in value && 'resources' in value && Array.isArray(value.resources);
}

describe('the built data files', () => {
  it('describe the package version and one resource per dataset whose CSV header is its Table Schema', () => {
    const descriptor = readJson('datapackage.json');
    const pkg: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(isDescriptor(descriptor)).toBe(true);
    if (!isDescriptor(descriptor)) return;
    expect(descriptor.version).toBe(typeof pkg === 'object' && pkg !== null && 'version' in pkg ? pkg.version : undefined);
    expect(descriptor.resources.map((resource) => resource.name)).toEqual([...DATASET_NAMES]);
    for (const resource of descriptor.resources) {
      const header = parseCsv(readFileSync(new URL(resource.path, dist), 'utf8'))[0];
      expect(header).toEqual(resource.schema.fields.map((field) => field.name));
    }
  });

  it('hold the same records in JSON as the typed modules', () => {
    for (const name of DATASET_NAMES) expect(readJson(`data/${name}.json`)).toEqual(JSON.parse(JSON.stringify(DATASETS[name])));
  });

  it('ship a JSON Schema per dataset describing an array of records', () => {
    for (const name of DATASET_NAMES) expect(readJson(`json-schema/${name}.schema.json`)).toMatchObject({ type: 'array', items: { type: 'object' } });
  });
});
