// The downloads of every built embed, read back with strict parsers: the CSV and the JSON come from
// two writers and must hold the same rows; every SVG is well-formed XML.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { JSDOM } from 'jsdom';
import { findFonts } from '../../src/render/rasterise';
import { SVG_ATTRIBUTES } from '../../src/render/svgAttributes';
import { builtBytes, builtEmbeds, builtFile, dist } from './builtEmbeds';

const embeds = builtEmbeds();

/** `value` as a list of records, or a failed assertion naming what it is. */
function records(value: unknown, what: string): Record<string, unknown>[] {
  assert.ok(Array.isArray(value), `${what} is a list`);
  return value.map((item, i) => {
    assert.ok(typeof item === 'object' && item !== null && !Array.isArray(item), `${what}[${String(i)}] is an object`);
    return Object.fromEntries(Object.entries(item));
  });
}

describe('every embed’s data.csv and data.json', () => {
  test('the build wrote embeds to check', () => {
    assert.ok(embeds.length >= 5, `${String(embeds.length)} embeds in the manifest`);
  });

  for (const embed of embeds) {
    test(`${embed.id}: hold the same rows, in the same order, with the same cell text`, () => {
      const csv: unknown = parse(builtFile(embed.files.csv), { bom: true, relax_column_count: false });
      assert.ok(Array.isArray(csv) && csv.every((row) => Array.isArray(row) && row.every((cell) => typeof cell === 'string')), 'the CSV parses into rows of cells');
      const [header, ...body] = csv as string[][];
      const json: unknown = JSON.parse(builtFile(embed.files.json));
      assert.ok(typeof json === 'object' && json !== null, 'data.json is an object');
      const columns = records(Reflect.get(json, 'columns'), 'columns');
      const rows = records(Reflect.get(json, 'rows'), 'rows');
      assert.deepEqual(header, columns.map((column) => column.header), 'the CSV’s header row is the JSON’s column headers');
      assert.ok(body.length > 0, 'there are rows');
      assert.equal(body.length, rows.length, 'as many rows in both');
      // The CSV has no id column: its first cell heads the row. Match the cells row by row.
      body.forEach((cells, i) => {
        const row = rows[i] ?? {};
        // Undo the formula defusing the CSV writer applies: the JSON keeps the text as it is.
        const restored = cells.map((cell) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell));
        assert.deepEqual(restored, columns.map((column) => row[String(column.key)]), `row ${String(i + 1)} (${String(row.id)})`);
      });
      const ids = rows.map((row) => row.id);
      assert.ok(ids.every((id) => typeof id === 'string' && id !== ''), 'every JSON row has an id');
      assert.equal(new Set(ids).size, ids.length, 'the ids are unique');
    });

    test(`${embed.id}: data.csv starts with a UTF-8 byte-order mark and no cell can run as a formula`, () => {
      const bytes = builtBytes(embed.files.csv);
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the file’s first bytes are EF BB BF');
      assert.notEqual(bytes[3], 0xef, 'one mark, not two');
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
      const cells: unknown = parse(text);
      assert.ok(Array.isArray(cells));
      for (const row of cells) {
        assert.ok(Array.isArray(row));
        for (const cell of row) assert.doesNotMatch(String(cell), /^[=+\-@\t\r]/, `a cell a spreadsheet would run: ${String(cell)}`);
      }
    });

    test(`${embed.id}: data.json carries each row’s sources and the chart’s provenance`, () => {
      const json: unknown = JSON.parse(builtFile(embed.files.json));
      assert.ok(typeof json === 'object' && json !== null);
      assert.equal(Reflect.get(json, 'title'), embed.title);
      assert.equal(Reflect.get(json, 'description'), embed.description);
      assert.match(String(Reflect.get(json, 'sourceLine')), /^Sources?: .+ Data: @vn-mediation\/data \d+\.\d+\.\d+\.$/);
      assert.match(String(Reflect.get(json, 'dataVersion')), /^\d+\.\d+\.\d+/);
      for (const row of records(Reflect.get(json, 'rows'), 'rows')) {
        const sources = records(row.sources, `${String(row.id)}.sources`);
        assert.ok(sources.length > 0, `${String(row.id)} names its sources`);
        for (const source of sources) assert.ok(typeof source.quote === 'string' && source.quote !== '', `${String(row.id)} quotes its article`);
      }
    });

    test(`${embed.id}: chart.svg and chart-dark.svg are well-formed XML with one xmlns`, () => {
      for (const path of [embed.files.svg, embed.files.svgDark]) {
        const svg = builtFile(path);
        const result = XMLValidator.validate(svg);
        assert.equal(result, true, `${path}: ${JSON.stringify(result)}`);
        const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
        assert.equal(root.match(/\sxmlns="/g)?.length, 1, `${path}: the root declares its namespace once`);
      }
    });

    test(`${embed.id}: chart.svg and chart-dark.svg carry only SVG elements, each with attributes SVG defines for it, and no CSS`, () => {
      for (const path of [embed.files.svg, embed.files.svgDark]) {
        const problems: string[] = [];
        const walk = (nodes: unknown): void => {
          if (!Array.isArray(nodes)) return;
          for (const node of nodes) {
            if (typeof node !== 'object' || node === null) continue;
            for (const [name, value] of Object.entries(node)) {
              if (name === ':@' || name === '#text' || name === '?xml') continue;
              const allowed = SVG_ATTRIBUTES[name];
              if (allowed === undefined) problems.push(`<${name}> is not an SVG element this file may hold`);
              const attributes: unknown = Reflect.get(node, ':@');
              for (const [attribute, text] of Object.entries(typeof attributes === 'object' && attributes !== null ? attributes : {})) {
                const bare = attribute.replace(/^@_/, '');
                if (allowed !== undefined && !allowed.has(bare)) problems.push(`<${name} ${bare}>`);
                if (/var\(|calc\(/.test(String(text))) problems.push(`<${name} ${bare}="${String(text)}"> needs CSS to resolve`);
              }
              walk(value);
            }
          }
        };
        walk(new XMLParser({ preserveOrder: true, ignoreAttributes: false, allowBooleanAttributes: false }).parse(builtFile(path)));
        assert.deepEqual([...new Set(problems)], [], path);
        assert.doesNotMatch(builtFile(path), /\sstyle="|tabindex|aria-activedescendant|role="(?!img")/, `${path}: no inline CSS, focus or widget roles`);
      }
    });

    test(`${embed.id}: resvg draws chart.svg and chart-dark.svg, and the PNGs are those drawings`, () => {
      for (const [svgPath, pngPath] of [[embed.files.svg, embed.files.png], [embed.files.svgDark, embed.files.pngDark]] as const) {
        const svg = builtFile(svgPath);
        const fonts = findFonts();
        const drawn = new Resvg(svg, { font: { fontFiles: fonts.files, loadSystemFonts: fonts.loadSystemFonts } }).render();
        assert.ok(drawn.width > 300 && drawn.height > 200, `${svgPath} has a size`);
        const pixels = drawn.pixels;
        const background = pixels.readUInt32BE(0);
        let inked = 0;
        for (let i = 0; i < pixels.length; i += 4) if (pixels.readUInt32BE(i) !== background) inked += 1;
        assert.ok(inked > 1000, `${svgPath} draws more than its background (${String(inked)} pixels)`);
        const png = readFileSync(join(dist, pngPath));
        assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', `${pngPath} is a PNG`);
        const width = png.readUInt32BE(16);
        const height = png.readUInt32BE(20);
        assert.ok(Math.abs(width / height - drawn.width / drawn.height) < 0.01, `${pngPath} (${String(width)}×${String(height)}) has the proportions of ${svgPath} (${String(drawn.width)}×${String(drawn.height)})`);
      }
    });

    test(`${embed.id}: each footnote of the source line links to its reference on the page`, () => {
      const { document } = new JSDOM(builtFile(embed.files.html)).window;
      const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('.vnm-source a[href^="#"]'));
      const source = document.querySelector('.vnm-source')?.textContent ?? '';
      const numbers = /footnotes? ([\d, ]+)/.exec(source)?.[1]?.split(',').map((n) => n.trim()) ?? [];
      assert.deepEqual(links.map((link) => link.textContent), numbers, 'every footnote number is a link');
      for (const link of links) {
        const target = document.getElementById(link.getAttribute('href')?.slice(1) ?? '');
        assert.ok(target, `footnote ${String(link.textContent)} has a reference in the page`);
        assert.match(target.textContent ?? '', new RegExp(`^Footnote ${String(link.textContent)}: \\S`), 'the reference names its footnote');
      }
    });
  }
});
