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

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(String).join(LIST_DELIMITER);
  return String(value);
}

function quoteCell(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes records as RFC 4180 CSV (CRLF line ends, a header row of column names). */
export function toCsv(records: readonly unknown[], columns: readonly Column[]): string {
  const rows = [columns.map((column) => quoteCell(column.name)).join(',')];
  for (const record of records) rows.push(columns.map((column) => quoteCell(cellText(valueAt(record, column.path)))).join(','));
  return `${rows.join('\r\n')}\r\n`;
}

/** Parses RFC 4180 CSV into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function readCell(text: string, column: Column): unknown {
  if (column.type === 'list') return text === '' ? [] : text.split(LIST_DELIMITER);
  if (text === '') return undefined;
  if (column.type === 'number' || column.type === 'integer') return Number(text);
  if (column.type === 'boolean') return text === 'true';
  return text;
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
 * Reads CSV rows back into records by the same columns: the inverse of `toCsv`. An empty cell
 * is an absent value, except in a required list column, where it is an empty list.
 */
export function fromCsvRows(rows: readonly string[][], columns: readonly Column[]): Record<string, unknown>[] {
  return rows.slice(1).map((cells) => {
    const record: Record<string, unknown> = {};
    columns.forEach((column, index) => {
      const value = readCell(cells[index] ?? '', column);
      if (value === undefined) return;
      if (Array.isArray(value) && value.length === 0 && !column.required) return;
      setAt(record, column.path, value);
    });
    return record;
  });
}
