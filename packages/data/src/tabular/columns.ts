/**
 * Flattens a record's JSON Schema (generated from its zod schema) into CSV columns, so the CSV
 * layout and the Table Schema are derived from the one record definition, never written twice.
 *
 * Rule: nested objects become dotted column names (`date.start.year`); the branches of a union
 * (an `EventDate`) contribute the union of their columns; arrays of scalars become one `list`
 * column joined with " | "; arrays of objects become indexed columns (`sources.0.quote`,
 * `sources.1.quote`, ...) up to the longest array in the dataset.
 */

/** The subset of JSON Schema that `z.toJSONSchema` emits for our record schemas. */
export interface JsonSchemaNode {
  $schema?: string;
  type?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  oneOf?: JsonSchemaNode[];
  anyOf?: JsonSchemaNode[];
  enum?: unknown[];
  const?: unknown;
}

function field(value: object, key: string): unknown {
  return Reflect.get(value, key);
}

/** Reads a JSON Schema value (as `z.toJSONSchema` returns it) into the typed subset used here. */
export function toSchemaNode(value: unknown): JsonSchemaNode {
  if (typeof value !== 'object' || value === null) return {};
  const node: JsonSchemaNode = {};
  const schema = field(value, '$schema');
  if (typeof schema === 'string') node.$schema = schema;
  const type = field(value, 'type');
  if (typeof type === 'string') node.type = type;
  const properties = field(value, 'properties');
  if (typeof properties === 'object' && properties !== null) {
    node.properties = Object.fromEntries(Object.entries(properties).map(([key, child]: [string, unknown]) => [key, toSchemaNode(child)]));
  }
  const required = field(value, 'required');
  if (Array.isArray(required)) node.required = required.filter((key): key is string => typeof key === 'string');
  const items = field(value, 'items');
  if (items !== undefined) node.items = toSchemaNode(items);
  const oneOf = field(value, 'oneOf');
  if (Array.isArray(oneOf)) node.oneOf = oneOf.map(toSchemaNode);
  const anyOf = field(value, 'anyOf');
  if (Array.isArray(anyOf)) node.anyOf = anyOf.map(toSchemaNode);
  const allowed = field(value, 'enum');
  if (Array.isArray(allowed)) node.enum = allowed;
  const constant = field(value, 'const');
  if (constant !== undefined) node.const = constant;
  return node;
}

/** The separator of list cells. A test checks no stored string contains it. */
export const LIST_DELIMITER = ' | ';

/** One CSV column: its name, where its value sits in a record, and how to read it back. */
export interface Column {
  /** Dotted column name, also the Table Schema field name. */
  name: string;
  /** Path of the value in the record. */
  path: (string | number)[];
  /** Table Schema field type. */
  type: 'string' | 'number' | 'integer' | 'boolean' | 'list';
  /** Whether the value is present in every record. */
  required: boolean;
  /** Allowed values, when the schema restricts them. */
  enum?: string[];
}

function scalarType(node: JsonSchemaNode): Column['type'] {
  if (node.type === 'integer' || node.type === 'number' || node.type === 'boolean') return node.type;
  if (typeof node.const === 'number') return Number.isInteger(node.const) ? 'integer' : 'number';
  return 'string';
}

function allowedValues(node: JsonSchemaNode): string[] | undefined {
  if (Array.isArray(node.enum)) return node.enum.map(String);
  if (typeof node.const === 'string') return [node.const];
  return undefined;
}

function lengthAt(records: readonly unknown[], path: (string | number)[]): number {
  let longest = 0;
  for (const record of records) {
    let value: unknown = record;
    for (const key of path) value = typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
    if (Array.isArray(value)) longest = Math.max(longest, value.length);
  }
  return longest;
}

function walk(node: JsonSchemaNode, path: (string | number)[], required: boolean, records: readonly unknown[], out: Column[]): void {
  const branches = node.oneOf ?? node.anyOf;
  if (branches !== undefined) {
    // A union: each branch adds its columns; a column is required only if every branch has it.
    const seen = new Map<string, Column>();
    for (const branch of branches) {
      const branchColumns: Column[] = [];
      walk(branch, path, required, records, branchColumns);
      for (const column of branchColumns) {
        const known = seen.get(column.name);
        if (known === undefined) seen.set(column.name, { ...column, required: false });
        else if (column.enum !== undefined && known.enum !== undefined) known.enum = [...new Set([...known.enum, ...column.enum])];
      }
    }
    out.push(...seen.values());
    return;
  }
  if (node.type === 'object' && node.properties !== undefined) {
    for (const [key, child] of Object.entries(node.properties)) {
      walk(child, [...path, key], required && (node.required ?? []).includes(key), records, out);
    }
    return;
  }
  const name = path.join('.');
  if (node.type === 'array' && node.items !== undefined) {
    const items = node.items;
    if (items.type === 'object' || items.oneOf !== undefined || items.anyOf !== undefined) {
      const length = lengthAt(records, path);
      for (let index = 0; index < length; index += 1) walk(items, [...path, index], false, records, out);
      return;
    }
    const values = allowedValues(items);
    out.push({ name, path, type: 'list', required, ...(values === undefined ? {} : { enum: values }) });
    return;
  }
  const values = allowedValues(node);
  out.push({ name, path, type: scalarType(node), required, ...(values === undefined ? {} : { enum: values }) });
}

/** The CSV columns of a dataset: derived from its record JSON Schema and the array lengths in its records. */
export function columnsFor(recordSchema: unknown, records: readonly unknown[]): Column[] {
  const out: Column[] = [];
  walk(toSchemaNode(recordSchema), [], true, records, out);
  return out;
}
