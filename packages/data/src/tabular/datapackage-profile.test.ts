import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkTables } from '../test-support/table-schema-check';
import type { TableResource, TableSchema } from '../test-support/table-schema-check';
import { freshBuild } from '../test-support/fresh-build';

const profile: unknown = JSON.parse(readFileSync(new URL('../../vendor/datapackage-v2/profile.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, strictTypes: false });
addFormats(ajv);
const validateDescriptor = ajv.compile(typeof profile === 'object' && profile !== null ? profile : {});

let dist = new URL('../../dist/', import.meta.url);
beforeAll(async () => {
  dist = pathToFileURL(`${await freshBuild()}/`);
}, 60_000);

function descriptor(): Record<string, unknown> {
  const value: unknown = JSON.parse(readFileSync(new URL('datapackage.json', dist), 'utf8'));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('datapackage.json is not an object');
  return { ...value };
}

function errorsOf(value: unknown): string[] {
  return validateDescriptor(value) ? [] : (validateDescriptor.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

function isSchema(value: unknown): value is TableSchema {
  return typeof value === 'object' && value !== null && 'fields' in value && Array.isArray(value.fields);
}

/** Every resource of the built package with its CSV parsed by csv-parse. */
function resources(): TableResource[] {
  const list: unknown = descriptor().resources;
  if (!Array.isArray(list)) throw new Error('datapackage.json has no resources array');
  return list.map((resource: unknown): TableResource => {
    const name: unknown = Reflect.get(Object(resource), 'name');
    const path: unknown = Reflect.get(Object(resource), 'path');
    const schema: unknown = Reflect.get(Object(resource), 'schema');
    if (typeof name !== 'string' || typeof path !== 'string' || !isSchema(schema)) throw new Error(`resource ${String(name)} lacks a name, path or schema`);
    const rows: string[][] = parse(readFileSync(new URL(path, dist), 'utf8'), { bom: true });
    return { name, schema, rows };
  });
}

describe('the built datapackage.json', () => {
  it('validates against the Data Package v2 profile', () => {
    expect(errorsOf(descriptor())).toEqual([]);
  });

  it('would be refused by the profile with an absolute resource path or a resource without a name', () => {
    const valid = descriptor();
    const [first] = Array.isArray(valid.resources) ? valid.resources : [];
    expect(errorsOf({ ...valid, resources: [{ ...Object(first), path: '/etc/passwd' }] })).not.toEqual([]);
    expect(errorsOf({ ...valid, resources: [{ ...Object(first), name: undefined }] })).not.toEqual([]);
    expect(errorsOf({ ...valid, resources: [] })).not.toEqual([]);
  });

  it('declares the list field type, which the published profile leaves out', () => {
    const types = resources().flatMap((resource) => resource.schema.fields.map((field) => field.type));
    expect(types).toContain('list');
  });

  it('declares the cross-dataset references as foreign keys: people, documents and footnotes', () => {
    const keys = resources().flatMap((resource) =>
      (resource.schema.foreignKeys ?? []).map((key) => `${resource.name}.${key.fields.join(',')} -> ${key.reference.resource ?? resource.name}.${key.reference.fields.join(',')}`),
    );
    expect(keys).toEqual(
      expect.arrayContaining(['timeline.personIds.0 -> people.id', 'timeline.documentIds.0 -> documents.id', 'pko.sources.0.footnote -> bibliography.footnote', 'bibliography.sources.0.footnote -> bibliography.footnote']),
    );
  });

  it('carries the JSON Schema constraints into the Table Schemas', () => {
    const fields = new Map(resources().flatMap((resource) => resource.schema.fields.map((field) => [`${resource.name}.${field.name}`, field] as const)));
    expect(fields.get('timeline.id')?.constraints).toMatchObject({ required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*' });
    expect(fields.get('timeline.date.date.month')?.constraints).toMatchObject({ minimum: 1, maximum: 12 });
    expect(fields.get('pko.sources.0.quote')?.constraints).toMatchObject({ required: true, maxLength: 320 });
    expect(fields.get('pko.derivedFrom.denominator')?.constraints).toMatchObject({ exclusiveMinimum: 0 });
    expect(fields.get('timeline.date.kind')?.constraints).toMatchObject({ required: true, enum: ['point', 'span'] });
  });
});

describe('every CSV of the built package', () => {
  it('meets its Table Schema: types, required cells, constraints, primary and foreign keys', () => {
    expect(checkTables(resources())).toEqual([]);
  });

  it('would be reported with an empty required cell, a pattern mismatch or a dangling foreign key', () => {
    const all = resources();
    const timeline = all.find((resource) => resource.name === 'timeline');
    if (timeline === undefined) throw new Error('no timeline resource');
    const header = timeline.rows[0] ?? [];
    const broken = timeline.rows.map((row) => [...row]);
    const row = broken.findIndex((cells, index) => index > 0 && (cells[header.indexOf('personIds.0')] ?? '') !== '');
    const target = broken[row];
    if (target === undefined) throw new Error('no timeline event names a person');
    target[header.indexOf('id')] = 'Not Kebab';
    target[header.indexOf('title')] = '';
    target[header.indexOf('personIds.0')] = 'nobody';
    const problems = checkTables(all.map((resource) => (resource === timeline ? { ...timeline, rows: broken } : resource)));
    expect(problems.map((problem) => `${problem.row ?? ''} ${problem.field ?? ''}`)).toEqual([`${row} id`, `${row} title`, `${row} personIds.0`]);
  });
});
