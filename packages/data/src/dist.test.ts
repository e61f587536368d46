import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { SchemaObject } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASET_NAMES } from './dataset-names';
import { DATASETS } from './dataset-records';
import { parse } from 'csv-parse/sync';
import { freshBuild } from './test-support/fresh-build';

let dist = new URL('../dist/', import.meta.url);

beforeAll(async () => {
  dist = pathToFileURL(`${await freshBuild()}/`);
}, 60_000);

function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(new URL(relative, dist), 'utf8'));
}

function isSchemaObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A strict draft 2020-12 validator for one of the built JSON Schemas. */
function validatorFor(name: string) {
  const schema = readJson(`json-schema/${name}.schema.json`);
  if (!isSchemaObject(schema)) throw new Error(`json-schema/${name}.schema.json is not a JSON Schema object`);
  return new Ajv2020({ strict: true, allErrors: true }).compile(schema);
}

interface Descriptor {
  version: string;
  resources: { name: string; path: string; schema: { fields: { name: string; description?: unknown }[] } }[];
}

function descriptionOf(node: unknown): string {
  const description: unknown = typeof node === 'object' && node !== null ? Reflect.get(node, 'description') : undefined;
  return typeof description === 'string' ? description.trim() : '';
}

/** Every property of a JSON Schema at any depth (object properties, list items, union branches), with its description. */
function propertiesOf(node: unknown, path: string): { path: string; description: string }[] {
  if (typeof node !== 'object' || node === null) return [];
  const found: { path: string; description: string }[] = [];
  for (const key of ['oneOf', 'anyOf']) {
    const branches: unknown = Reflect.get(node, key);
    if (Array.isArray(branches)) for (const branch of branches) found.push(...propertiesOf(branch, path));
  }
  const items: unknown = Reflect.get(node, 'items');
  if (items !== undefined) found.push(...propertiesOf(items, `${path}[]`));
  const properties: unknown = Reflect.get(node, 'properties');
  if (typeof properties === 'object' && properties !== null) {
    const entries: [string, unknown][] = Object.entries(properties);
    for (const [key, child] of entries) {
      const childPath = path === '' ? key : `${path}.${key}`;
      found.push({ path: childPath, description: descriptionOf(child) }, ...propertiesOf(child, childPath));
    }
  }
  return found;
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
      const header: unknown = parse(readFileSync(new URL(resource.path, dist), 'utf8'), { toLine: 1 })[0];
      expect(header).toEqual(resource.schema.fields.map((field) => field.name));
    }
  });

  it('hold the same records in JSON as the typed modules', () => {
    for (const name of DATASET_NAMES) expect(readJson(`data/${name}.json`)).toEqual(JSON.parse(JSON.stringify(DATASETS[name])));
  });

  it('ship a JSON Schema per dataset describing an array of records', () => {
    for (const name of DATASET_NAMES) expect(readJson(`json-schema/${name}.schema.json`)).toMatchObject({ type: 'array', items: { type: 'object' } });
  });

  it.each(DATASET_NAMES)('describe every property of the %s JSON Schema, nested ones included', (name) => {
    const properties = propertiesOf(Reflect.get(Object(readJson(`json-schema/${name}.schema.json`)), 'items'), '');
    expect(properties.map((property) => property.path)).toEqual(expect.arrayContaining(['id', 'sources', 'sources[].article', 'sources[].quote']));
    expect(properties.filter((property) => property.description === '').map((property) => property.path)).toEqual([]);
  });

  it('reach the fields of dates inside unions and of list items when checking descriptions', () => {
    const paths = propertiesOf(Reflect.get(Object(readJson('json-schema/timeline.schema.json')), 'items'), '').map((property) => property.path);
    expect(paths).toEqual(expect.arrayContaining(['date.kind', 'date.date.year', 'date.qualifier', 'date.start.month', 'date.end.day', 'quantity.unit', 'sources[].footnote']));
  });

  it.each(DATASET_NAMES)('hold %s JSON that its JSON Schema accepts, checked by a strict draft 2020-12 validator', (name) => {
    const check = validatorFor(name);
    expect(check(readJson(`data/${name}.json`)) ? [] : check.errors).toEqual([]);
  });

  it('refuse in the JSON Schemas what the zod schemas refuse: an event without topics or with one twice, a recipient outside the vocabulary', () => {
    const timeline = validatorFor('timeline');
    const event = DATASETS.timeline[0];
    expect(timeline([{ ...event, topics: [] }])).toBe(false);
    expect(timeline([{ ...event, topics: ['korea', 'korea'] }])).toBe(false);
    expect(timeline([event])).toBe(true);
    const aid = validatorFor('aid');
    expect(aid([{ ...DATASETS.aid[0], recipient: 'North Korea' }])).toBe(false);
  });

  it('describe every Table Schema field of the data package', () => {
    const descriptor = readJson('datapackage.json');
    expect(isDescriptor(descriptor)).toBe(true);
    if (!isDescriptor(descriptor)) return;
    const undescribed = descriptor.resources.flatMap((resource) =>
      resource.schema.fields.filter((field) => descriptionOf(field) === '').map((field) => `${resource.name}.${field.name}`),
    );
    expect(undescribed).toEqual([]);
    expect(descriptor.resources.every((resource) => resource.schema.fields.length > 0)).toBe(true);
  });
});
