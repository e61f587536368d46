import { FORMULA_TRIGGER, toCsvText } from '../csv';
import type { CsvValue } from '../csv';
import { LIST_DELIMITER } from './columns';
import type { Column } from './columns';

function valueAt(record: unknown, path: (string | number)[]): unknown {
  let value: unknown = record;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

/** A record's value as a cell: numbers and booleans stay typed (never defused) unless the column is text. */
function cellValue(value: unknown, column: Column): CsvValue {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map(String).join(LIST_DELIMITER);
  if ((typeof value === 'number' || typeof value === 'boolean') && column.type !== 'string' && column.type !== 'list') return value;
  return String(value);
}

/** Writes records as RFC 4180 CSV (CRLF line ends, a header row of column names, formula text defused). */
export function toCsv(records: readonly unknown[], columns: readonly Column[]): string {
  return toCsvText([columns.map((column) => column.name), ...records.map((record) => columns.map((column) => cellValue(valueAt(record, column.path), column)))]);
}

/** Undoes the apostrophe `csvCell` puts before text a spreadsheet would run as a formula. */
function restoredText(text: string): string {
  return text.startsWith("'") && FORMULA_TRIGGER.test(text.slice(1)) ? text.slice(1) : text;
}

function readCell(text: string, column: Column): unknown {
  if (column.type === 'list') return text === '' ? [] : restoredText(text).split(LIST_DELIMITER);
  if (text === '') return undefined;
  if (column.type === 'number' || column.type === 'integer') return Number(text);
  if (column.type === 'boolean') return text === 'true';
  return restoredText(text);
}

function setAt(target: object, path: (string | number)[], value: unknown): void {
  let node: object = target;
  path.forEach((key, depth) => {
    if (depth === path.length - 1) {
      Reflect.set(node, key, value);
      return;
    }
    let child: unknown = Reflect.get(node, key);
    if (typeof child !== 'object' || child === null) {
      child = typeof path[depth + 1] === 'number' ? [] : {};
      Reflect.set(node, key, child);
    }
    if (typeof child === 'object' && child !== null) node = child;
  });
}

/**
 * Reads CSV rows (parsed by a CSV parser, header first) back into records by the same columns:
 * the inverse of `toCsv`. An empty cell is an absent value, except in a required list column,
 * where it is an empty list.
 */
export function fromCsvRows(rows: readonly string[][], columns: readonly Column[]): Record<string, unknown>[] {
  return rows.slice(1).map((cells) => {
    const record: Record<string, unknown> = {};
    columns.forEach((column, index) => {
      const value = readCell(cells[index] ?? '', column);
      if (value === undefined) return;
      if (Array.isArray(value) && value.length === 0 && !column.required && column.alwaysPresent !== true) return;
      setAt(record, column.path, value);
    });
    return record;
  });
}
