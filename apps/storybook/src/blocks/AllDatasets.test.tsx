import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { aidFigures } from '@vn-mediation/data/aid';
import { formatEventDate, formatHedgedQuantity, shortCitation } from '@vn-mediation/data/format';
import { pkoFigures } from '@vn-mediation/data/pko';
import { timelineEvents } from '@vn-mediation/data/timeline';
import { DprkAidChart, PkoPersonnelChart, Timeline } from '@vn-mediation/ui';
import { AllDatasets } from './AllDatasets';
import { DATASET_CATALOGUE } from './datasetCatalogue';
import type { DatasetName } from '@vn-mediation/data';

afterEach(cleanup);

/** One record of the package, by id, or a failure naming the id that is gone. */
const byId = <R extends { id: string }>(records: readonly R[], id: string): R => {
  const record = records.find((candidate) => candidate.id === id);
  if (record === undefined) throw new Error(`no record "${id}" in the dataset any more: pick another for this test`);
  return record;
};

/** The text of every data cell in the Datasets page's row of one record. */
const pageCells = (dataset: DatasetName, id: string): string[] => {
  // By text, not by role: computing accessible names over 244 records takes jsdom seconds.
  const section = screen.getByText(DATASET_CATALOGUE[dataset].caption, { selector: 'h2' }).closest('section');
  if (section === null) throw new Error(`the heading of ${dataset} is not inside its section`);
  const row = within(section).getByText(id, { selector: 'code' }).closest('tr');
  if (row === null) throw new Error(`the id "${id}" is not inside a table row`);
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');
};

/** The text of every cell (row header included) of the chart table's row whose cells include `text`. */
const chartCells = (tableName: RegExp, text: string): string[] => {
  const table = screen.getByRole('table', { name: tableName });
  const rows = within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
  const row = rows.find((cells) => cells.includes(text));
  if (row === undefined) throw new Error(`the chart's table has no row with a cell "${text}"`);
  return row;
};

describe('the Datasets page', () => {
  it('prints the officers sent to South Sudan with the value and as-of date of the PKO chart’s table', () => {
    const officers = byId(pkoFigures, 'officers-sent');
    if (officers.asOf === undefined) throw new Error('officers-sent lost its as-of date: pick another record');
    const value = formatHedgedQuantity(officers.value, officers.unit, officers.valueQualifier);
    const asOf = formatEventDate(officers.asOf);

    render(<AllDatasets />);
    expect(pageCells('pko', officers.id)).toEqual(expect.arrayContaining([value, asOf]));
    cleanup();

    render(<PkoPersonnelChart width={640} height={400} isAnimationActive={false} />);
    expect(chartCells(/^Data of/, officers.label)).toEqual(expect.arrayContaining([value, asOf]));
  });

  it('prints the worth of the unpaid rice sale as the aid chart’s table does', () => {
    const worth = byId(aidFigures, 'unpaid-rice-1996-value');
    const value = formatHedgedQuantity(worth.value, worth.unit, worth.valueQualifier);

    render(<AllDatasets />);
    expect(pageCells('aid', worth.id)).toEqual(expect.arrayContaining([value, formatEventDate(worth.asOf)]));
    cleanup();

    render(<DprkAidChart width={640} height={400} isAnimationActive={false} />);
    expect(chartCells(/^Data of/, worth.label)).toContain(value);
  });

  it('prints the span of King Tran Nhan Tong as the Timeline’s table does', () => {
    const king = byId(timelineEvents, 'king-tran-nhan-tong');
    const span = formatEventDate(king.date);

    render(<AllDatasets />);
    expect(pageCells('timeline', king.id)).toContain(span);
    cleanup();

    render(<Timeline width={800} />);
    expect(chartCells(/^Events of/, king.title)).toContain(span);
  });

  it('cites each source by the author and year the charts’ tables name', () => {
    const officers = byId(pkoFigures, 'officers-sent');
    render(<AllDatasets />);
    const cells = pageCells('pko', officers.id);
    for (const source of officers.sources) {
      expect(cells.some((cell) => cell.startsWith(shortCitation({ article: source.article })))).toBe(true);
    }
  });

  it('writes no number, unit or span the way the deleted formatRecord did', () => {
    const { container } = render(<AllDatasets />);
    const text = container.textContent ?? '';
    // The page does print these values, so the absences below are not an empty page passing.
    expect(text).toContain(formatEventDate(byId(timelineEvents, 'king-tran-nhan-tong').date));
    expect(text).not.toContain('persons');
    expect(text).not.toContain('18,000,000');
    // A span with spaces around its dash ("1258 – 1308"); names with a spaced dash, such as
    // "ISEAS – Yusof Ishak Institute", are the articles' own words and stay.
    expect(text).not.toMatch(/\d – \d/);
  });
});
