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
import { DprkAidChart } from '@vn-mediation/ui/dprk-aid-chart';
import { PkoPersonnelChart } from '@vn-mediation/ui/pko-personnel-chart';
import { builtEmbeds, builtFile } from './builtEmbeds';

interface Case {
  /** What is checked. */
  readonly name: string;
  /** The record, as its dataset publishes it. */
  readonly record: { readonly label: string; readonly value: number; readonly unit: string; readonly valueQualifier?: Parameters<typeof formatHedgedQuantity>[2]; readonly asOf?: Parameters<typeof formatEventDate>[0] };
  /** The chart that shows it, rendered as a server would. */
  readonly chart: ReactElement;
  /** The embed that shows it. */
  readonly embed: string;
  /** How its value must read. */
  readonly value: string;
  /** How its date must read. */
  readonly date: string;
}

function find<T extends { readonly id: string }>(records: readonly T[], id: string): T {
  const found = records.find((record) => record.id === id);
  if (found === undefined) throw new Error(`no record ${id}`);
  return found;
}

const cases: Case[] = [
  { name: 'the 43 officers', record: find(pkoFigures, 'officers-sent'), chart: createElement(PkoPersonnelChart), embed: 'pko-personnel', value: '43 people', date: 'up to January 2020' },
  { name: 'the US$18 million of unpaid rice', record: find(aidFigures, 'unpaid-rice-1996-value'), chart: createElement(DprkAidChart), embed: 'dprk-aid', value: 'US$18 million', date: '1996' },
];

/** The cells of the row headed by `label` in a table given as rows of cell texts, by header. */
function rowByLabel(rows: readonly (readonly string[])[], label: string): Map<string, string> {
  const [header = [], ...body] = rows;
  const row = body.find((cells) => cells[0] === label);
  assert.ok(row, `a row headed “${label}”`);
  return new Map(header.map((name, i) => [name, row[i] ?? '']));
}

describe('the same value prints the same way everywhere', () => {
  const embeds = builtEmbeds();
  for (const item of cases) {
    test(`${item.name}: “${item.value}”, “${item.date}”`, () => {
      // Storybook's Datasets page.
      assert.equal(formatHedgedQuantity(item.record.value, item.record.unit, item.record.valueQualifier), item.value);
      assert.equal(item.record.asOf === undefined ? undefined : formatEventDate(item.record.asOf), item.date);

      // The chart's data table, rendered by React.
      const { document } = new JSDOM(renderToStaticMarkup(item.chart)).window;
      const tableRows = Array.from(document.querySelectorAll('table tr')).map((tr) => Array.from(tr.children).map((cell) => (cell.textContent ?? '').trim()));
      const tableRow = rowByLabel(tableRows, item.record.label);
      assert.equal(tableRow.get('Value'), item.value);
      assert.equal(tableRow.get('As of'), item.date);

      // The embed's description and CSV, as the build wrote them.
      const embed = embeds.find((candidate) => candidate.id === item.embed);
      assert.ok(embed, `the ${item.embed} embed was built`);
      const page = new JSDOM(builtFile(embed.files.html)).window.document;
      const description = page.querySelector('.vnm-description')?.textContent ?? '';
      assert.ok(description.includes(item.value), `the description says “${item.value}”: ${description}`);
      assert.ok(description.includes(item.date), `the description says “${item.date}”: ${description}`);
      const csv: unknown = parse(builtFile(embed.files.csv));
      assert.ok(Array.isArray(csv));
      const csvRow = rowByLabel(csv as string[][], item.record.label);
      assert.equal(csvRow.get('Value'), item.value);
      assert.equal(csvRow.get('As of'), item.date);
    });
  }
});
