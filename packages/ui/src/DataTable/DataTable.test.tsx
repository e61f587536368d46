import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable } from './DataTable';

const rows = [
  { year: 1995, tonnes: 100 },
  { year: 1997, tonnes: 13000 },
];

describe('DataTable', () => {
  it('is a captioned table whose rows are headed by their first column', () => {
    render(
      <DataTable
        caption="Rice aid by year"
        rows={rows}
        rowKey={(row) => String(row.year)}
        columns={[
          { key: 'year', header: 'Year', cell: (row) => row.year },
          { key: 'tonnes', header: 'Tonnes', align: 'end', cell: (row) => row.tonnes.toLocaleString('en-US') },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Rice aid by year' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Year', 'Tonnes']);
    expect(within(table).getByRole('rowheader', { name: '1997' })).toBeTruthy();
    expect(within(table).getByRole('cell', { name: '13,000' })).toBeTruthy();
  });
});
