import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable } from './DataTable';

const source = { article: 'iseas-2021-6', quote: 'q' } as const;

describe('DataTable', () => {
  it('is a captioned table whose rows are headed by their first column', () => {
    render(
      <DataTable
        table={{
          caption: 'Rice aid by year',
          columns: [
            { key: 'year', header: 'Year', align: 'start' },
            { key: 'tonnes', header: 'Tonnes', align: 'end' },
          ],
          rows: [
            { key: 'a', cells: ['1995', '100'], sources: [source], notes: [] },
            { key: 'b', cells: ['1997', '13,000'], sources: [source], notes: [] },
          ],
        }}
      />,
    );
    const table = screen.getByRole('table', { name: 'Rice aid by year' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Year', 'Tonnes']);
    expect(within(table).getByRole('rowheader', { name: '1997' })).toBeTruthy();
    expect(within(table).getByRole('cell', { name: '13,000' }).getAttribute('data-align')).toBe('end');
  });
});
