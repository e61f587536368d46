import type { ReactNode } from 'react';

/** One column of a data table. */
export interface DataTableColumn<Row> {
  /** Stable key, unique among the columns. */
  key: string;
  /** Column header text. */
  header: string;
  /** `end` right-aligns numbers so digits line up. */
  align?: 'start' | 'end';
  /** The cell's content for a row. */
  cell: (row: Row) => ReactNode;
}

/** Props of the table alternative every chart offers. */
export interface DataTableProps<Row> {
  /** The table's caption (its accessible name). */
  caption: string;
  /** Columns; the first one heads each row. */
  columns: readonly DataTableColumn<Row>[];
  /** One row per data point. */
  rows: readonly Row[];
  /** Stable key of a row. */
  rowKey: (row: Row) => string;
}

/** A plain, captioned HTML table of a chart's data; the first column heads each row. */
export function DataTable<Row>({ caption, columns, rows, rowKey }: DataTableProps<Row>) {
  const [first, ...rest] = columns;
  return (
    <div className="vnm-table-scroll">
      <table className="vnm-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" data-align={column.align ?? 'start'}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {first === undefined ? null : (
                <th scope="row" data-align={first.align ?? 'start'}>
                  {first.cell(row)}
                </th>
              )}
              {rest.map((column) => (
                <td key={column.key} data-align={column.align ?? 'start'}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
