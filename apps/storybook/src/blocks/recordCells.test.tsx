import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatQuantity } from '@vn-mediation/data/format';
import { dateCell, valueCell } from './recordCells';

afterEach(cleanup);

describe('valueCell', () => {
  it('writes each number an organisation carries with what it counts', () => {
    const members = { label: 'members', value: 15, unit: 'members' };
    const intellectuals = { label: 'overseas Vietnamese intellectuals among the members', value: 4, unit: 'members' };
    render(<>{valueCell({ quantities: [members, intellectuals] })}</>);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      `members: ${formatQuantity(15, 'members')}`,
      `overseas Vietnamese intellectuals among the members: ${formatQuantity(4, 'members')}`,
    ]);
  });

  it('shows both a figure’s own value and the quantities it carries', () => {
    const { container } = render(<>{valueCell({ value: 43, unit: 'persons', quantity: { label: 'field hospitals', value: 2, unit: 'field-hospitals' } })}</>);
    expect([...container.querySelectorAll('div')].map((block) => block.textContent)).toEqual([
      formatQuantity(43, 'persons'),
      `field hospitals: ${formatQuantity(2, 'field-hospitals')}`,
    ]);
  });

  it('shows a malformed value, flagged with the field and why, instead of leaving the cell empty', () => {
    render(<>{valueCell({ value: 3, unit: 'ships' })}</>);
    expect(screen.getByText(/^Unreadable value: unit: /, { selector: 'strong' })).toBeTruthy();
  });

  it('leaves the cell to the table when the record has no number', () => {
    expect(valueCell({ id: 'hoang-oanh', name: 'Hoang Oanh' })).toBeUndefined();
  });
});

describe('dateCell', () => {
  it('shows a malformed date, flagged with the field and why', () => {
    render(<>{dateCell({ date: { kind: 'span', start: { year: 1308 }, end: { year: 1258 } } })}</>);
    expect(screen.getByText(/^Unreadable date: end\.year: span ends before it starts$/, { selector: 'strong' })).toBeTruthy();
  });

  it('leaves the cell to the table when the record has no date', () => {
    expect(dateCell({ id: 'hoang-oanh', name: 'Hoang Oanh' })).toBeUndefined();
  });
});
