/**
 * Flattens a record's JSON Schema (generated from its zod schema) into CSV columns, so the CSV
 * layout and the Table Schema are derived from the one record definition, never written twice.
 *
 * Rule: nested objects become dotted column names (`date.start.year`); the branches of a union
 * (an `EventDate`) contribute the union of their columns; arrays of scalars become one `list`
 * column joined with " | "; arrays of objects, and the lists of ids that refer to another dataset
 * (`personIds`), become indexed columns (`sources.0.quote`, `personIds.1`, ...) up to the longest
 * array in the dataset, so that each item is a cell a foreign key can name.
 *
 * Each column keeps the value constraints of its field's JSON Schema (pattern, minimum, maximum,
 * length, allowed values), so the Table Schema checks what the JSON Schema checks.
 *
 * Each column's description is the description of the field it was flattened from (the zod
 * schema's `.meta({ description })`), with what a dotted name alone leaves unclear in brackets:
 * which item of a list (`sources.0.quote`: "(source 1)") and which date of a union
 * (`date.start.year`: "(first date of the span, inclusive)").
 */

/** The subset of JSON Schema that `z.toJSONSchema` emits for our record schemas. */
export interface JsonSchemaNode extends ColumnLimits {
  $schema?: string;
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  oneOf?: JsonSchemaNode[];
  anyOf?: JsonSchemaNode[];
  enum?: unknown[];
  const?: unknown;
  minItems?: number;
}

const NUMERIC_KEYWORDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'minItems'] as const;

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
  const title = field(value, 'title');
  if (typeof title === 'string') node.title = title;
  const description = field(value, 'description');
  if (typeof description === 'string') node.description = description;
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
  const pattern = field(value, 'pattern');
  if (typeof pattern === 'string') node.pattern = pattern;
  for (const keyword of NUMERIC_KEYWORDS) {
    const limit = field(value, keyword);
    if (typeof limit === 'number') node[keyword] = limit;
  }
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
  /** Whether every record has a value in this cell (the Table Schema's `required`: no empty cell). */
  required: boolean;
  /** For a list that may be empty: whether the field is present in every record all the same (an empty cell then reads back as `[]`). */
  alwaysPresent?: boolean;
  /** What the value means, from the schema's description of the field it was flattened from. */
  description: string;
  /** Allowed values, when the schema restricts them. */
  enum?: string[];
  /** Value constraints of the field's JSON Schema, for the Table Schema's `constraints`. */
  limits?: ColumnLimits;
}

/** The JSON Schema value constraints a column carries (`pattern` is the JSON Schema's ECMAScript pattern). */
export interface ColumnLimits {
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
}

/** Options of `columnsFor`. */
export interface ColumnOptions {
  /** Top-level list fields written one item per column (ids that a foreign key names), not as one `list` cell. */
  indexedLists?: readonly string[];
}

function limitsOf(node: JsonSchemaNode): ColumnLimits | undefined {
  const limits: ColumnLimits = {};
  if (node.pattern !== undefined) limits.pattern = node.pattern;
  for (const keyword of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength'] as const) {
    const limit = node[keyword];
    if (limit !== undefined) limits[keyword] = limit;
  }
  return Object.keys(limits).length === 0 ? undefined : limits;
}

function leaf(node: JsonSchemaNode, name: string, path: (string | number)[], type: Column['type'], required: boolean, description: string): Column {
  const values = allowedValues(node);
  const limits = limitsOf(node);
  return { name, path, type, required, description, ...(values === undefined ? {} : { enum: values }), ...(limits === undefined ? {} : { limits }) };
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

/** Opens a description with a lower-case letter for use inside brackets, unless it starts with an acronym ("UN"). */
function asContext(description: string): string {
  return /^[A-Z][a-z]/.test(description) ? `${description.charAt(0).toLowerCase()}${description.slice(1)}` : description;
}

function describedIn(node: JsonSchemaNode, context: readonly string[]): string {
  const own = node.description ?? '';
  return context.length === 0 || own === '' ? own : `${own} (${context.join('; ')})`;
}

/**
 * `context` gathers what the column name alone does not say: the ordinal of each list item and
 * the meaning of each object nested below a top-level field.
 */
function walk(node: JsonSchemaNode, path: (string | number)[], required: boolean, records: readonly unknown[], out: Column[], context: readonly string[], options: ColumnOptions): void {
  const branches = node.oneOf ?? node.anyOf;
  if (branches !== undefined) {
    // A union: each branch adds its columns; a column is required only if every branch has it.
    const seen = new Map<string, Column>();
    const perBranch = branches.map((branch) => {
      const branchColumns: Column[] = [];
      walk(branch, path, required, records, branchColumns, context, options);
      return branchColumns;
    });
    for (const column of perBranch.flat()) {
      const known = seen.get(column.name);
      const everywhere = perBranch.every((columns) => columns.some((candidate) => candidate.name === column.name && candidate.required));
      if (known === undefined) seen.set(column.name, { ...column, required: everywhere });
      else if (column.enum !== undefined && known.enum !== undefined) known.enum = [...new Set([...known.enum, ...column.enum])];
    }
    out.push(...seen.values());
    return;
  }
  if (node.type === 'object' && node.properties !== undefined) {
    // An object reached by name below a top-level field (a span's `start`) names its leaves' meaning.
    const inner = path.length >= 2 && typeof path[path.length - 1] === 'string' && node.description !== undefined ? [...context, asContext(node.description)] : context;
    for (const [key, child] of Object.entries(node.properties)) {
      walk(child, [...path, key], required && (node.required ?? []).includes(key), records, out, inner, options);
    }
    return;
  }
  const name = path.join('.');
  if (node.type === 'array' && node.items !== undefined) {
    const items = node.items;
    const indexed = path.length === 1 && typeof path[0] === 'string' && (options.indexedLists ?? []).includes(path[0]);
    if (indexed || items.type === 'object' || items.oneOf !== undefined || items.anyOf !== undefined) {
      const length = lengthAt(records, path);
      const noun = items.title === undefined ? 'item' : asContext(items.title);
      // An item below the list's minimum length is present whenever the list is.
      const present = (index: number): boolean => required && index < (node.minItems ?? 0);
      // An indexed scalar item has no description of its own: it takes the list's.
      const item = indexed && items.description === undefined && node.description !== undefined ? { ...items, description: node.description } : items;
      for (let index = 0; index < length; index += 1) walk(item, [...path, index], present(index), records, out, [...context, `${noun} ${index + 1}`], options);
      return;
    }
    const values = allowedValues(items);
    // A list that may be empty (an event with no actor named) writes an empty cell: required only with a minimum length.
    out.push({ name, path, type: 'list', required: required && (node.minItems ?? 0) > 0, alwaysPresent: required, description: describedIn(node, context), ...(values === undefined ? {} : { enum: values }) });
    return;
  }
  out.push(leaf(node, name, path, scalarType(node), required, describedIn(node, context)));
}

/** The CSV columns of a dataset: derived from its record JSON Schema and the array lengths in its records. */
export function columnsFor(recordSchema: unknown, records: readonly unknown[], options: ColumnOptions = {}): Column[] {
  const out: Column[] = [];
  walk(toSchemaNode(recordSchema), [], true, records, out, [], options);
  return out;
}
