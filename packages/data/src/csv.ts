/**
 * `@vn-mediation/data/csv`: the one CSV cell writer of the project, for the data files and the
 * embeds' "get the data" downloads alike. Free of zod and of every dataset.
 *
 * Formula defusing: a spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return as a formula, so such a text cell gets a leading apostrophe (`'=SUM(A1)`).
 * Only text is defused: a number stays a number, so `-5` in a numeric column is still -5.
 */

/** The first characters that make a spreadsheet read a text cell as a formula. */
export const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/** A value of one CSV cell: text is defused and quoted as needed; numbers and booleans are written as they are. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * One CSV cell per RFC 4180: quoted when it holds a comma, a double quote, a line break or
 * leading or trailing whitespace; text a spreadsheet would run as a formula gets a leading
 * apostrophe; `null` and `undefined` are an empty cell.
 *
 * @example
 * csvCell('=HYPERLINK("http://x")'); // "'=HYPERLINK(""http://x"")" (quoted, apostrophe added)
 * csvCell(-5); // -5
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const defused = FORMULA_TRIGGER.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused;
}

/** Options of `toCsvText`. */
export interface CsvTextOptions {
  /** Starts the text with a UTF-8 byte order mark, which older Excel needs to read UTF-8; off by default. */
  byteOrderMark?: boolean;
}

/** Rows of cells as CSV text: cells by `csvCell`, commas between, CRLF after every row. */
export function toCsvText(rows: readonly (readonly CsvValue[])[], options: CsvTextOptions = {}): string {
  const text = rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
  return options.byteOrderMark === true ? `\uFEFF${text}` : text;
}
