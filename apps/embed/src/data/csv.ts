// The "get the data" CSV of an embed: the chart's own data table, as a spreadsheet opens it.
// Cells go through the data package's one CSV writer, which defuses formula text.
import { csvCell, toCsvText } from '@vn-mediation/data/csv';

export { csvCell };

/**
 * The chart's data table as CSV: the header row, then one line per body row, each cell's text
 * with its whitespace collapsed, CRLF line ends. The download is exactly the table a reader sees.
 */
export function tableToCsv(table: HTMLTableElement): string {
  const text = (cell: Element): string => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
  const rows = Array.from(table.rows).filter((row) => row.parentElement?.tagName !== 'TFOOT');
  return toCsvText(rows.map((row) => Array.from(row.cells).map((cell) => text(cell))));
}
