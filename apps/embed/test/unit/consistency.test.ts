// One value, one wording: the same record prints the same way in a chart's data table (React
// render), on Storybook's Datasets page (which writes values and dates with these functions of
// @vn-mediation/data/format), in the built embed's description and in its CSV.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createElement } from 'react';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { parse } from 'csv-parse/sync';
import { JSDOM } from 'jsdom';
import { aidFigures } from '@vn-mediation/data/aid';
import { formatEventDate, formatHedgedQuantity } from '@vn-mediation/data/format';
import { pkoFigures } from '@vn-mediation/data/pko';
import { timelineEvents } from '@vn-mediation/data/timeline';
import { DprkAidChart } from '@vn-mediation/ui/dprk-aid-chart';
import { PkoPersonnelChart } from '@vn-mediation/ui/pko-personnel-chart';
import { Timeline } from '@vn-mediation/ui/timeline';
import { builtEmbeds, builtFile } from './builtEmbeds';

interface Case {
  /** What is checked. */
  readonly name: string;
  /** The chart that shows it, rendered as a server would. */
  readonly chart: ReactElement;
  /** The embed that shows it. */
  readonly embed: string;
  /** The table row that holds it: the column to look in and text its cell contains. */
  readonly row: { readonly column: string; readonly contains: string };
  /** The words it must print as, by table column. */
  readonly cells: Readonly<Record<string, string>>;
  /** The same words as Storybook's Datasets page writes them from the record. */
  readonly storybook: readonly string[];
}

function find<T extends { readonly id: string }>(records: readonly T[], id: string): T {
  const found = records.find((record) => record.id === id);
  if (found === undefined) throw new Error(`no record ${id}`);
  return found;
}

const officers = find(pkoFigures, 'officers-sent');
const unpaid = find(aidFigures, 'unpaid-rice-1996-value');
const king = find(timelineEvents, 'king-tran-nhan-tong');

const cases: Case[] = [
  {
    name: 'the 43 officers',
    chart: createElement(PkoPersonnelChart),
    embed: 'pko-personnel',
    row: { column: 'Figure', contains: officers.label },
    cells: { Value: '43 people', 'As of': 'up to January 2020' },
    storybook: [formatHedgedQuantity(officers.value, officers.unit, officers.valueQualifier), officers.asOf === undefined ? '' : formatEventDate(officers.asOf)],
  },
  {
    name: 'the US$18 million of unpaid rice',
    chart: createElement(DprkAidChart),
    embed: 'dprk-aid',
    row: { column: 'Figure', contains: unpaid.label },
    cells: { Value: 'US$18 million' },
    storybook: [formatHedgedQuantity(unpaid.value, unpaid.unit, unpaid.valueQualifier)],
  },
  {
    name: 'the reign of Tran Nhan Tong',
    chart: createElement(Timeline),
    embed: 'timeline',
    row: { column: 'Event', contains: 'Tran Nhan Tong' },
    cells: { Date: '1258–1308' },
    storybook: [formatEventDate(king.date)],
  },
];

/** The cells, by header, of the first row whose `column` cell contains `contains`, in a table given as rows of cell texts. */
function findRow(rows: readonly (readonly string[])[], { column, contains }: Case['row']): Map<string, string> {
  const [header = [], ...body] = rows;
  const index = header.indexOf(column);
  assert.ok(index >= 0, `a “${column}” column in ${JSON.stringify(header)}`);
  const row = body.find((cells) => (cells[index] ?? '').includes(contains));
  assert.ok(row, `a row whose “${column}” holds “${contains}”`);
  return new Map(header.map((name, i) => [name, row[i] ?? '']));
}

describe('the same value prints the same way everywhere', () => {
  const embeds = builtEmbeds();
  for (const item of cases) {
    const words = Object.values(item.cells);
    test(`${item.name}: ${words.map((text) => `“${text}”`).join(', ')}`, () => {
      assert.deepEqual(item.storybook, words, 'Storybook’s Datasets page');

      const { document } = new JSDOM(renderToStaticMarkup(item.chart)).window;
      const tableRows = Array.from(document.querySelectorAll('table tr')).map((tr) => Array.from(tr.children).map((cell) => (cell.textContent ?? '').trim()));
      const tableRow = findRow(tableRows, item.row);
      for (const [column, text] of Object.entries(item.cells)) assert.equal(tableRow.get(column), text, `the chart’s table, ${column}`);

      const embed = embeds.find((candidate) => candidate.id === item.embed);
      assert.ok(embed, `the ${item.embed} embed was built`);
      const page = new JSDOM(builtFile(embed.files.html)).window.document;
      const description = page.querySelector('.vnm-description')?.textContent ?? '';
      for (const text of words) assert.ok(description.includes(text), `the embed’s description says “${text}”: ${description}`);
      const csv: unknown = parse(builtFile(embed.files.csv), { bom: true });
      assert.ok(Array.isArray(csv));
      const csvRow = findRow(csv as string[][], item.row);
      for (const [column, text] of Object.entries(item.cells)) assert.equal(csvRow.get(column), text, `the embed’s CSV, ${column}`);
    });
  }
});
