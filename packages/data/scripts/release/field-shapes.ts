/**
 * What a consumer of a dataset relies on in its record schema, field by field: the JSON types,
 * whether the field is always there, the allowed values and the constraints. Read from the JSON
 * Schema that `z.toJSONSchema` makes of a record schema (the one published under
 * `dist/json-schema/`), so the semver check compares what users see, not how zod spells it.
 */

/** A JSON value, as read from a snapshot file or a record. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/** One field of a record schema, at any depth. */
export interface FieldShape {
  /** JSON types the field may hold, sorted (`integer` and `number` are told apart). */
  types: string[];
  /** Present whenever its parent is. */
  required: boolean;
  /** The allowed values, sorted, when the schema lists them (an `enum`, or the `const` of each union branch). */
  enum?: string[];
  /** Constraint keywords (`minimum`, `maxLength`, `pattern`, ...) and their values. */
  constraints: Record<string, JsonValue>;
  /** The field's description, when it has one. */
  description?: string;
}

/** Field shapes by path: `date.start.year`, `sources[].quote`, `actors[]` for the items of a list. */
export type FieldShapes = Record<string, FieldShape>;

/** Keywords that only document a field; a change to them is a patch. */
const DOCUMENTATION_KEYWORDS = new Set(['description', 'title', '$schema']);
/** Keywords read into `types`, `enum`, `required` or the walk itself rather than into `constraints`. */
const STRUCTURAL_KEYWORDS = new Set(['type', 'enum', 'const', 'properties', 'required', 'items', 'oneOf', 'anyOf']);

/** Whether a value is a JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an unknown value (parsed JSON, or what `z.toJSONSchema` returns) as a JSON value; anything else becomes its string form. */
export function toJsonValue(value: unknown): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (typeof value === 'object') {
    const out: JsonObject = {};
    for (const [key, child] of Object.entries(value)) if (child !== undefined) out[key] = toJsonValue(child);
    return out;
  }
  return String(value);
}

function typesOf(node: JsonObject): string[] {
  const { type } = node;
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((item): item is string => typeof item === 'string');
  if (node.const !== undefined) return [node.const === null ? 'null' : typeof node.const === 'object' ? 'object' : typeof node.const];
  return [];
}

function enumOf(node: JsonObject): string[] | undefined {
  if (Array.isArray(node.enum)) return node.enum.map((value) => (typeof value === 'string' ? value : JSON.stringify(value)));
  if (node.const !== undefined) return [typeof node.const === 'string' ? node.const : JSON.stringify(node.const)];
  return undefined;
}

function constraintsOf(node: JsonObject): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!DOCUMENTATION_KEYWORDS.has(key) && !STRUCTURAL_KEYWORDS.has(key)) out[key] = value;
  }
  return out;
}

function sortedUnion(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

function merge(known: FieldShape, next: FieldShape): FieldShape {
  const merged: FieldShape = {
    types: sortedUnion(known.types, next.types),
    required: known.required && next.required,
    constraints: { ...known.constraints },
  };
  if (known.enum !== undefined && next.enum !== undefined) merged.enum = sortedUnion(known.enum, next.enum);
  for (const [key, value] of Object.entries(next.constraints)) {
    const mine = merged.constraints[key];
    // Branches that disagree on a constraint keep every value, so a change to either shows.
    if (mine !== undefined && JSON.stringify(mine) !== JSON.stringify(value)) merged.constraints[key] = [mine, value];
    else merged.constraints[key] = value;
  }
  const description = known.description ?? next.description;
  if (description !== undefined) merged.description = description;
  return merged;
}

function walk(node: JsonObject, path: string, required: boolean, out: FieldShapes): void {
  const branches = Array.isArray(node.oneOf) ? node.oneOf : Array.isArray(node.anyOf) ? node.anyOf : undefined;
  if (branches !== undefined) {
    // A union: its own shape merges the branches', and a field inside it is required only when
    // every branch requires it (a span's `start` is absent from a point date).
    const perBranch = branches.filter(isJsonObject).map((branch) => {
      const fields: FieldShapes = {};
      walk(branch, path, required, fields);
      return fields;
    });
    const paths = new Set(perBranch.flatMap((fields) => Object.keys(fields)));
    for (const key of paths) {
      let merged: FieldShape | undefined;
      for (const fields of perBranch) {
        const shape = fields[key];
        if (shape === undefined) continue;
        merged = merged === undefined ? { ...shape } : merge(merged, shape);
      }
      if (merged === undefined) continue;
      // Only the union's direct fields depend on the branch; deeper ones keep their own rule.
      if (parentPath(key) === path && perBranch.some((fields) => fields[key] === undefined)) merged.required = false;
      if (key === path && typeof node.description === 'string') merged.description = node.description;
      out[key] = merged;
    }
    return;
  }

  if (path !== '') {
    const shape: FieldShape = { types: typesOf(node).sort(), required, constraints: constraintsOf(node) };
    const allowed = enumOf(node);
    if (allowed !== undefined) shape.enum = [...allowed].sort();
    if (typeof node.description === 'string') shape.description = node.description;
    out[path] = shape;
  }

  if (isJsonObject(node.properties)) {
    const requiredKeys = Array.isArray(node.required) ? node.required.filter((key): key is string => typeof key === 'string') : [];
    for (const [key, child] of Object.entries(node.properties)) {
      if (isJsonObject(child)) walk(child, path === '' ? key : `${path}.${key}`, requiredKeys.includes(key), out);
    }
  }
  if (isJsonObject(node.items)) walk(node.items, `${path}[]`, true, out);
}

/**
 * Every field of a record schema by path, nested ones included: `date.start.year`,
 * `sources[].quote`, and `actors[]` for the items of a list of strings.
 */
export function fieldShapes(recordSchema: unknown): FieldShapes {
  const out: FieldShapes = {};
  const root = toJsonValue(recordSchema);
  if (isJsonObject(root)) walk(root, '', true, out);
  return out;
}

/** The path of the field that holds `path`: `date` for `date.start`, `sources[]` for `sources[].quote`, `sources` for `sources[]`, '' at the top. */
export function parentPath(path: string): string {
  if (path.endsWith('[]')) return path.slice(0, -2);
  const dot = path.lastIndexOf('.');
  return dot === -1 ? '' : path.slice(0, dot);
}
