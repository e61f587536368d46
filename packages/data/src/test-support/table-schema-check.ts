// Checks CSV rows against a Table Schema (Data Package v2) as a standard validator would: the
// header, each cell's type, every constraint, the primary key and the foreign keys. Written for
// the tests from the Table Schema text; it reads the descriptor, never our column definitions.

/** A Table Schema field, as read from `datapackage.json`. */
export interface SchemaField {
  name: string;
  type?: string;
  delimiter?: string;
  constraints?: {
    required?: boolean;
    enum?: unknown[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
    exclusiveMinimum?: number;
    exclusiveMaximum?: number;
    minLength?: number;
    maxLength?: number;
  };
}

/** A Table Schema, as read from `datapackage.json`. */
export interface TableSchema {
  fields: SchemaField[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource?: string; fields: string[] } }[];
}

/** One resource of the package: its name, schema and parsed CSV rows (header first). */
export interface TableResource {
  name: string;
  schema: TableSchema;
  rows: string[][];
}

/** One violation: where (resource, data row counted from 1, field) and why. */
export interface TableProblem {
  resource: string;
  row: number | null;
  field: string | null;
  message: string;
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|NaN|[+-]?INF)$/i;
const TRUE_VALUES = ['true', 'True', 'TRUE', '1'];
const FALSE_VALUES = ['false', 'False', 'FALSE', '0'];

/** The logical value of a non-empty cell, or a problem text when the cell is not of the field's type. */
function logical(cell: string, field: SchemaField): { value: string | number | boolean | string[] } | { problem: string } {
  switch (field.type ?? 'any') {
    case 'integer':
      return INTEGER.test(cell) ? { value: Number(cell) } : { problem: `"${cell}" is not an integer` };
    case 'number':
      return NUMBER.test(cell) ? { value: Number(cell) } : { problem: `"${cell}" is not a number` };
    case 'boolean':
      if (TRUE_VALUES.includes(cell)) return { value: true };
      return FALSE_VALUES.includes(cell) ? { value: false } : { problem: `"${cell}" is not a boolean` };
    case 'list':
      return { value: cell.split(field.delimiter ?? ',') };
    default:
      return { value: cell };
  }
}

function constraintProblems(value: string | number | boolean | string[], field: SchemaField): string[] {
  const c = field.constraints ?? {};
  const problems: string[] = [];
  if (c.enum !== undefined && !c.enum.some((allowed) => allowed === value || String(allowed) === String(value))) problems.push(`${JSON.stringify(value)} is not one of ${JSON.stringify(c.enum)}`);
  if (typeof value === 'string') {
    // Table Schema patterns are XML Schema regular expressions: they match the whole value.
    if (c.pattern !== undefined && !new RegExp(`^(?:${c.pattern})$`, 'u').test(value)) problems.push(`"${value}" does not match ${c.pattern}`);
    const length = [...value].length;
    if (c.minLength !== undefined && length < c.minLength) problems.push(`shorter than ${c.minLength} characters`);
    if (c.maxLength !== undefined && length > c.maxLength) problems.push(`${length} characters, more than ${c.maxLength}`);
  }
  if (typeof value === 'number') {
    if (c.minimum !== undefined && value < c.minimum) problems.push(`${value} is below the minimum ${c.minimum}`);
    if (c.maximum !== undefined && value > c.maximum) problems.push(`${value} is above the maximum ${c.maximum}`);
    if (c.exclusiveMinimum !== undefined && value <= c.exclusiveMinimum) problems.push(`${value} is not above ${c.exclusiveMinimum}`);
    if (c.exclusiveMaximum !== undefined && value >= c.exclusiveMaximum) problems.push(`${value} is not below ${c.exclusiveMaximum}`);
  }
  return problems;
}

function keyOf(row: readonly string[], indexes: readonly number[]): string {
  return JSON.stringify(indexes.map((index) => row[index] ?? ''));
}

/** Every violation of every resource's Table Schema in its CSV rows, foreign keys across resources included. */
export function checkTables(resources: readonly TableResource[]): TableProblem[] {
  const problems: TableProblem[] = [];
  const byName = new Map(resources.map((resource) => [resource.name, resource]));
  for (const resource of resources) {
    const names = resource.schema.fields.map((field) => field.name);
    const [header = [], ...body] = resource.rows;
    if (JSON.stringify(header) !== JSON.stringify(names)) {
      problems.push({ resource: resource.name, row: null, field: null, message: `header ${JSON.stringify(header)} is not the schema's fields ${JSON.stringify(names)}` });
      continue;
    }
    body.forEach((cells, index) => {
      const row = index + 1;
      if (cells.length !== names.length) problems.push({ resource: resource.name, row, field: null, message: `${cells.length} cells for ${names.length} fields` });
      resource.schema.fields.forEach((field, column) => {
        const cell = cells[column] ?? '';
        const at = (message: string): void => {
          problems.push({ resource: resource.name, row, field: field.name, message });
        };
        // The default missing value: an empty cell is null.
        if (cell === '') {
          if (field.constraints?.required === true) at('required but empty');
          return;
        }
        const read = logical(cell, field);
        if ('problem' in read) at(read.problem);
        else for (const message of constraintProblems(read.value, field)) at(message);
      });
    });
    const primary = (resource.schema.primaryKey ?? []).map((name) => names.indexOf(name));
    const seen = new Set<string>();
    body.forEach((cells, index) => {
      if (primary.length === 0) return;
      const key = keyOf(cells, primary);
      if (seen.has(key)) problems.push({ resource: resource.name, row: index + 1, field: resource.schema.primaryKey?.join(',') ?? null, message: `duplicate primary key ${key}` });
      seen.add(key);
    });
    for (const foreignKey of resource.schema.foreignKeys ?? []) {
      const target = foreignKey.reference.resource === undefined ? resource : byName.get(foreignKey.reference.resource);
      if (target === undefined) {
        problems.push({ resource: resource.name, row: null, field: foreignKey.fields.join(','), message: `foreign key names no resource "${foreignKey.reference.resource ?? ''}"` });
        continue;
      }
      const [targetHeader = [], ...targetBody] = target.rows;
      const targetIndexes = foreignKey.reference.fields.map((name) => targetHeader.indexOf(name));
      const sourceIndexes = foreignKey.fields.map((name) => names.indexOf(name));
      if ([...targetIndexes, ...sourceIndexes].includes(-1)) {
        problems.push({ resource: resource.name, row: null, field: foreignKey.fields.join(','), message: `foreign key fields are not all in their tables` });
        continue;
      }
      const known = new Set(targetBody.map((cells) => keyOf(cells, targetIndexes)));
      body.forEach((cells, index) => {
        // SQL semantics: a key with a null part refers to nothing and is not checked.
        if (sourceIndexes.some((column) => (cells[column] ?? '') === '')) return;
        const key = keyOf(cells, sourceIndexes);
        if (!known.has(key)) problems.push({ resource: resource.name, row: index + 1, field: foreignKey.fields.join(','), message: `${key} is not a ${target.name} ${foreignKey.reference.fields.join(',')}` });
      });
    }
  }
  return problems;
}
