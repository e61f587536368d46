// The "get the data" CSV of an embed: the chart's own data table, as a spreadsheet opens it.

/**
 * Quotes a cell per RFC 4180, and defuses text a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@`, tab or carriage return at the start) by prefixing an apostrophe.
 */
export function csvCell(value: string): string {
  const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused;
}

/**
 * The chart's data table as CSV: the header row, then one line per body row, each cell's text
 * with its whitespace collapsed, CRLF line ends. The download is exactly the table a reader sees.
 */
export function tableToCsv(table: HTMLTableElement): string {
  const text = (cell: Element): string => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
  const rows = Array.from(table.rows).filter((row) => row.parentElement?.tagName !== 'TFOOT');
  const lines = rows.map((row) => Array.from(row.cells).map((cell) => csvCell(text(cell))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
