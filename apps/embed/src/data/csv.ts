// The "get the data" CSV of an embed: the chart model's table, as a spreadsheet opens it.
import type { ModelTable } from '@vn-mediation/ui/model';

/**
 * Quotes a cell per RFC 4180, and defuses text a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@`, tab or carriage return at the start) by prefixing an apostrophe.
 */
export function csvCell(value: string): string {
  const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused;
}

/**
 * The model's table as CSV: a header row of the column headers, then one line per row with the
 * cells as the reader sees them, CRLF line ends. Throws, naming the row, when a row's cell count
 * differs from the columns'.
 */
export function modelTableToCsv(table: ModelTable): string {
  const lines = [table.columns.map((column) => column.header), ...table.rows.map((row) => {
    if (row.cells.length !== table.columns.length) {
      throw new Error(`table "${table.caption}", row "${row.key}": ${String(row.cells.length)} cells for ${String(table.columns.length)} columns`);
    }
    return row.cells;
  })];
  return lines.map((cells) => `${cells.map(csvCell).join(',')}\r\n`).join('');
}
