/**
 * A snapshot of the published data: for each dataset, its field shapes and its records. The
 * semver check and `data:diff` compare two snapshots; this module builds them from plain values
 * and reads and writes the baseline files under `packages/data/released/`, rejecting bad input
 * with the file, record and field at fault.
 */
import { fieldShapes, isJsonObject, toJsonValue } from './field-shapes';
import type { FieldShape, FieldShapes, JsonObject, JsonValue } from './field-shapes';

/** One dataset as consumers see it: its fields and its records (each with a string `id`). */
export interface DatasetSnapshot {
  fields: FieldShapes;
  records: JsonObject[];
}

/** Every dataset of one version of `@vn-mediation/data`, by dataset name. */
export interface DataSnapshot {
  /** The package version the data was (or will be) published in. */
  version: string;
  datasets: Record<string, DatasetSnapshot>;
}

/** The id of a record; snapshots only hold records that have one. */
export function recordId(record: JsonObject): string {
  return typeof record.id === 'string' ? record.id : '';
}

function checkedRecords(dataset: string, values: unknown, where: string): JsonObject[] {
  if (!Array.isArray(values)) throw new Error(`${where}: dataset "${dataset}" is not an array of records`);
  const seen = new Set<string>();
  return values.map((value: unknown, index) => {
    const record = toJsonValue(value);
    if (!isJsonObject(record)) throw new Error(`${where}: dataset "${dataset}", record ${index} is not an object`);
    const id = record.id;
    if (typeof id !== 'string' || id === '') throw new Error(`${where}: dataset "${dataset}", record ${index} has no string "id"`);
    if (seen.has(id)) throw new Error(`${where}: dataset "${dataset}", record ${index} repeats the id "${id}"`);
    seen.add(id);
    return record;
  });
}

/**
 * Builds a snapshot from each dataset's records and the JSON Schema of its record type (as
 * `z.toJSONSchema` returns it). `where` names the source in error messages.
 */
export function snapshotOf(version: string, records: Readonly<Record<string, unknown>>, recordSchemas: Readonly<Record<string, unknown>>, where: string): DataSnapshot {
  const datasets: Record<string, DatasetSnapshot> = {};
  for (const [name, values] of Object.entries(records)) {
    if (!(name in recordSchemas)) throw new Error(`${where}: dataset "${name}" has records but no schema`);
    datasets[name] = { fields: fieldShapes(recordSchemas[name]), records: checkedRecords(name, values, where) };
  }
  for (const name of Object.keys(recordSchemas)) {
    if (!(name in records)) throw new Error(`${where}: dataset "${name}" has a schema but no records`);
  }
  return { version, datasets };
}

function checkedShape(value: JsonValue, where: string): FieldShape {
  if (!isJsonObject(value)) throw new Error(`${where} is not an object`);
  const { types, required, constraints, description } = value;
  if (!Array.isArray(types) || !types.every((type) => typeof type === 'string')) throw new Error(`${where}.types is not a list of strings`);
  if (typeof required !== 'boolean') throw new Error(`${where}.required is not a boolean`);
  if (!isJsonObject(constraints)) throw new Error(`${where}.constraints is not an object`);
  const shape: FieldShape = { types: types.filter((type): type is string => typeof type === 'string'), required, constraints };
  if (value.enum !== undefined) {
    const allowed = value.enum;
    if (!Array.isArray(allowed) || !allowed.every((item) => typeof item === 'string')) throw new Error(`${where}.enum is not a list of strings`);
    shape.enum = allowed.filter((item): item is string => typeof item === 'string');
  }
  if (description !== undefined) {
    if (typeof description !== 'string') throw new Error(`${where}.description is not a string`);
    shape.description = description;
  }
  return shape;
}

/** The file of one dataset under `released/`, parsed and checked: its name, version, fields and records. */
export interface DatasetFile {
  dataset: string;
  version: string;
  snapshot: DatasetSnapshot;
}

/** Parses a baseline file (`released/<dataset>.json`); `fileName` names it in error messages. */
export function parseDatasetFile(text: string, fileName: string): DatasetFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${fileName}: not valid JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const value = toJsonValue(parsed);
  if (!isJsonObject(value)) throw new Error(`${fileName}: expected an object with dataset, version, fields and records`);
  const { dataset, version, fields, records } = value;
  if (typeof dataset !== 'string' || dataset === '') throw new Error(`${fileName}: "dataset" is not a non-empty string`);
  if (typeof version !== 'string' || version === '') throw new Error(`${fileName}: "version" is not a non-empty string`);
  if (!isJsonObject(fields)) throw new Error(`${fileName}: "fields" is not an object`);
  const shapes: FieldShapes = {};
  for (const [path, shape] of Object.entries(fields)) shapes[path] = checkedShape(shape, `${fileName}: fields["${path}"]`);
  return { dataset, version, snapshot: { fields: shapes, records: checkedRecords(dataset, records, fileName) } };
}

/**
 * Writes one dataset as a baseline file: valid JSON with one field and one record a line, so a
 * release's diff of `released/` reads record by record.
 */
export function formatDatasetFile(dataset: string, version: string, snapshot: DatasetSnapshot): string {
  const fields = Object.entries(snapshot.fields).map(([path, shape]) => `${JSON.stringify(path)}:${JSON.stringify(shape)}`);
  const records = snapshot.records.map((record) => JSON.stringify(record));
  return [
    `{"dataset":${JSON.stringify(dataset)},"version":${JSON.stringify(version)},`,
    `"fields":{`,
    fields.join(',\n'),
    `},`,
    `"records":[`,
    records.join(',\n'),
    `]}`,
    '',
  ].join('\n');
}

/** Joins the parsed files of one baseline into a snapshot; every file must carry the same version. */
export function snapshotFromFiles(files: readonly DatasetFile[], where: string): DataSnapshot {
  const versions = [...new Set(files.map((file) => file.version))];
  if (versions.length > 1) throw new Error(`${where}: the dataset files carry different versions (${versions.join(', ')}); refresh them together`);
  const datasets: Record<string, DatasetSnapshot> = {};
  for (const file of files) {
    if (file.dataset in datasets) throw new Error(`${where}: dataset "${file.dataset}" appears in two files`);
    datasets[file.dataset] = file.snapshot;
  }
  return { version: versions[0] ?? '', datasets };
}
