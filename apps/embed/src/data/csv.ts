// The "get the data" CSV of an embed: the chart model's table, as a spreadsheet opens it. Cells go
// through the data package's one CSV writer, which quotes per RFC 4180 and defuses formula text.
// The file starts with a UTF-8 byte-order mark: without it Excel on Windows reads the text as
// Windows-1252 and shows "Vietnamâ€™s" for "Vietnam’s".
import { toCsvText } from '@vn-mediation/data/csv';
import type { ModelTable } from '@vn-mediation/ui/model';

/**
 * The model's table as CSV: a header row of the column headers, then one line per row with the
 * cells as the reader sees them, CRLF line ends, after a UTF-8 byte-order mark. Throws, naming the row, when a row's cell count
 * differs from the columns'.
 */
export function modelTableToCsv(table: ModelTable): string {
  for (const row of table.rows) {
    if (row.cells.length !== table.columns.length) {
      throw new Error(`table "${table.caption}", row "${row.key}": ${String(row.cells.length)} cells for ${String(table.columns.length)} columns`);
    }
  }
  return toCsvText([table.columns.map((column) => column.header), ...table.rows.map((row) => row.cells)], { byteOrderMark: true });
}
