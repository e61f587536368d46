import type { ModelTable } from '../model/chartModel';

/** Props of the table alternative every chart offers. */
export interface DataTableProps {
  /** The table as the chart's model writes it: caption, columns, and rows of strings. */
  table: ModelTable;
}

/** A plain, captioned HTML table of a chart's data; the first column heads each row. */
export function DataTable({ table }: DataTableProps) {
  const [first, ...rest] = table.columns;
  return (
    <div className="vnm-table-scroll">
      <table className="vnm-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.key} scope="col" data-align={column.align}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              {first === undefined ? null : (
                <th scope="row" data-align={first.align}>
                  {row.cells[0]}
                </th>
              )}
              {rest.map((column, i) => (
                <td key={column.key} data-align={column.align}>
                  {row.cells[i + 1]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
