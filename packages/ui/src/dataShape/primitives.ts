/** A plain object we may read fields from. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite number (NaN and ±Infinity are refused). */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A string with something other than white space in it. */
export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** Reads a required non-empty string field, recording a problem when it is not one. */
export function readString(record: Record<string, unknown>, key: string, path: string, problems: string[]): string | undefined {
  const value = record[key];
  if (isNonEmptyString(value)) return value;
  problems.push(`${path}.${key} must be a non-empty string`);
  return undefined;
}

/** Reads a required finite number field, recording a problem when it is not one. */
export function readNumber(record: Record<string, unknown>, key: string, path: string, problems: string[]): number | undefined {
  const value = record[key];
  if (isFiniteNumber(value)) return value;
  problems.push(`${path}.${key} must be a finite number`);
  return undefined;
}

/** Reads an optional list of non-empty strings (notes, actors), recording a problem when it is malformed. */
export function readStringList(record: Record<string, unknown>, key: string, path: string, problems: string[], required: boolean): string[] | undefined {
  const value = record[key];
  if (value === undefined && !required) return undefined;
  if (!Array.isArray(value) || !value.every(isNonEmptyString)) {
    problems.push(`${path}.${key} must be a list of non-empty strings`);
    return undefined;
  }
  return value;
}

/** A short description of a value's type for problem messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}
