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
  return [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '');
};

/** The text of every cell (row header included) of the chart table's row whose cells include `text`. */
const chartCells = (caption: RegExp, text: string): string[] => {
  // By caption text, not by role: accessible names over a chart's SVG are slow to compute in jsdom.
  const table = screen.getByText(caption, { selector: 'caption' }).closest('table');
  if (table === null) throw new Error(`the caption ${String(caption)} is not inside a table`);
  const rows = [...table.querySelectorAll('tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
  const row = rows.find((cells) => cells.includes(text));
  if (row === undefined) throw new Error(`the chart's table has no row with a cell "${text}"`);
  return row;
};

// Each value is checked on the page and in a chart's table against what data/format makes of the
// record; so the page and the chart print it alike. Separate tests: on a loaded machine, a page
// and a chart rendered in one jsdom test can outrun the timeout.
describe('the Datasets page and the charts’ tables print a value alike', () => {
  const officers = byId(pkoFigures, 'officers-sent');
  const worth = byId(aidFigures, 'unpaid-rice-1996-value');
  const king = byId(timelineEvents, 'king-tran-nhan-tong');

  /** The officers' value and as-of date as data/format writes them ("43 people", "up to January 2020"). */
  const officersWords = (): [string, string] => {
    if (officers.asOf === undefined) throw new Error('officers-sent lost its as-of date: pick another record');
    return [formatHedgedQuantity(officers.value, officers.unit, officers.valueQualifier), formatEventDate(officers.asOf)];
  };

  it('the page prints the officers sent to South Sudan with their value and as-of date', () => {
    render(<AllDatasets />);
    expect(pageCells('pko', officers.id)).toEqual(expect.arrayContaining(officersWords()));
  });

  it('the PKO chart’s table prints the officers the same way', () => {
    render(<PkoPersonnelChart width={640} height={400} isAnimationActive={false} />);
    expect(chartCells(/^Data of/, officers.label)).toEqual(expect.arrayContaining(officersWords()));
  });

  it('the page prints the worth of the unpaid rice sale in millions, with its year', () => {
    render(<AllDatasets />);
    const value = formatHedgedQuantity(worth.value, worth.unit, worth.valueQualifier);
    expect(pageCells('aid', worth.id)).toEqual(expect.arrayContaining([value, formatEventDate(worth.asOf)]));
  });

  it('the aid chart’s table prints that worth the same way', () => {
    render(<DprkAidChart width={640} height={400} isAnimationActive={false} />);
    expect(chartCells(/^Data of/, worth.label)).toContain(formatHedgedQuantity(worth.value, worth.unit, worth.valueQualifier));
  });

  it('the page prints the span of King Tran Nhan Tong with an unspaced dash', () => {
    render(<AllDatasets />);
    expect(pageCells('timeline', king.id)).toContain(formatEventDate(king.date));
  });

  it('the Timeline’s table prints that span the same way', () => {
    render(<Timeline width={800} />);
    expect(chartCells(/^Events of/, king.title)).toContain(formatEventDate(king.date));
  });
});

describe('the Datasets page', () => {
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
