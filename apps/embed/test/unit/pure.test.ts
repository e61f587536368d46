// Pure functions the scripts and the build rest on, tested in Node.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { JSDOM } from 'jsdom';
import type { ModelTable } from '@vn-mediation/ui/model';
import { flagsFromQuery } from '../../src/client/flags';
import { isHelloMessage, isResizeMessage, isThemeMessage } from '../../src/client/messages';
import { modelTableToCsv } from '../../src/data/csv';
import { modelDataJson } from '../../src/data/json';
import { islandJson } from '../../src/page/EmbedPage';
import { footnoteReference, linkFootnotes } from '../../src/page/sourceLine';
import { cardSvg } from '../../src/render/card';
import { resolveVariables } from '../../src/render/chartSvg';
import { reservedHeightAt, reservedHeightsOf } from '../../src/heights/reservedHeights';
import { drawingCss, drawingWidthsFor } from '../../src/render/drawings';
import { escapeAttribute, iframeSnippet, imageSnippet, scriptSnippet } from '../../src/snippets';

describe('resize messages', () => {
  test('accepts exactly a type, a kebab-case id and a sane height', () => {
    assert.equal(isResizeMessage({ type: 'vn-mediation:resize', id: 'timeline-korea', height: 812 }), true);
  });
  test('rejects extra keys, missing keys, other types and strings', () => {
    assert.equal(isResizeMessage({ type: 'vn-mediation:resize', id: 'timeline', height: 812, extra: true }), false);
    assert.equal(isResizeMessage({ type: 'vn-mediation:resize', id: 'timeline' }), false);
    assert.equal(isResizeMessage({ type: 'vn-mediation:theme', id: 'timeline', height: 812 }), false);
    assert.equal(isResizeMessage(JSON.stringify({ type: 'vn-mediation:resize', id: 'timeline', height: 812 })), false);
    assert.equal(isResizeMessage(null), false);
  });
  test('rejects ids that are not kebab-case and heights that are not a positive finite size', () => {
    for (const id of ['../x', 'Timeline', '', 'a b', '<img>']) assert.equal(isResizeMessage({ type: 'vn-mediation:resize', id, height: 10 }), false, id);
    for (const height of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, 1e9, '100']) {
      assert.equal(isResizeMessage({ type: 'vn-mediation:resize', id: 'timeline', height }), false, String(height));
    }
  });
});

describe('theme and hello messages', () => {
  test('a theme message names one of the three themes and nothing else', () => {
    assert.equal(isThemeMessage({ type: 'vn-mediation:theme', theme: 'dark' }), true);
    assert.equal(isThemeMessage({ type: 'vn-mediation:theme', theme: 'purple' }), false);
    assert.equal(isThemeMessage({ type: 'vn-mediation:theme', theme: 'dark', id: 'x' }), false);
  });
  test('a hello message has only its type', () => {
    assert.equal(isHelloMessage({ type: 'vn-mediation:hello' }), true);
    assert.equal(isHelloMessage({ type: 'vn-mediation:hello', height: 1 }), false);
  });
});

describe('page flags', () => {
  test('read the theme and plain from the query string', () => {
    assert.deepEqual(flagsFromQuery('?theme=dark&plain'), { theme: 'dark', plain: true });
    assert.deepEqual(flagsFromQuery('?theme=light'), { theme: 'light', plain: false });
  });
  test('fall back to auto for an unknown theme, and treat plain=false as not plain', () => {
    assert.deepEqual(flagsFromQuery('?theme=<script>&plain=false'), { theme: 'auto', plain: false });
    assert.deepEqual(flagsFromQuery(''), { theme: 'auto', plain: false });
  });
});

describe('snippets', () => {
  const hostile = { id: 'timeline', title: '"><img src=x onerror=alert(1)>', reservedHeight: 812.4 };
  test('escape the title in the iframe’s attribute', () => {
    const snippet = iframeSnippet(hostile, 'https://cdn.example/embed');
    assert.ok(!snippet.includes('<img'), snippet);
    assert.ok(snippet.includes('title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"'));
  });
  test('point at the embed folder under the base, reserve the height and carry the flags', () => {
    const iframe = iframeSnippet(hostile, 'https://cdn.example/embed', { theme: 'dark', plain: true });
    assert.ok(iframe.includes('src="https://cdn.example/embed/timeline/index.html?theme=dark&amp;plain"'));
    assert.ok(iframe.includes('<script src="https://cdn.example/embed/host.js" async></script>'));
    const script = scriptSnippet(hostile, 'https://cdn.example/embed/', { plain: true });
    assert.ok(script.includes('<div data-vn-mediation-embed="timeline" data-theme="auto" data-plain style="min-height:var(--vnm-reserve,'));
    assert.ok(script.includes('src="https://cdn.example/embed/loader.js"'));
  });
  test('reserve a height per width of the embed’s box, with one fallback height when the style block is stripped', () => {
    const reservedHeights = [
      { minWidth: 0, width: 304, height: 1500, slope: -2 },
      { minWidth: 404, width: 404, height: 1300, slope: -1 },
      { minWidth: 752, width: 752, height: 900.4, slope: 0 },
    ];
    const target = { id: 'pko-personnel', title: 'PKO', reservedHeight: 1, reservedHeights };
    for (const snippet of [iframeSnippet(target, 'https://cdn.example/'), scriptSnippet(target, 'https://cdn.example/')]) {
      const document = new JSDOM(snippet).window.document;
      const box = document.querySelector('div[style*="container-type:inline-size"]');
      assert.ok(box, 'the element sits in an inline-size container');
      const css = box.querySelector('style')?.textContent ?? '';
      assert.match(
        css,
        /^\S+\{--vnm-reserve:calc\(1500px \+ \(100cqw - 304px\) \* -2\)\}@container \(min-width:404px\)\{\S+\{--vnm-reserve:calc\(1300px \+ \(100cqw - 404px\) \* -1\)\}\}@container \(min-width:752px\)\{\S+\{--vnm-reserve:900px\}\}$/,
      );
      const element = box.querySelector('iframe, [data-vn-mediation-embed]');
      assert.ok(element && css.startsWith(element.tagName === 'IFRAME' ? 'iframe[data-vn-mediation-frame="pko-personnel"]' : '[data-vn-mediation-embed="pko-personnel"]'));
      assert.match(element.getAttribute('style') ?? '', /height:var\(--vnm-reserve,900px\)/, 'the tablet height when the style is stripped');
    }
  });
  test('reserve the measured heights of a catalog embed by its id, and the one given height for an unknown one', () => {
    const measured = reservedHeightsOf('pko-personnel');
    assert.ok(measured, 'pko-personnel was measured');
    const snippet = iframeSnippet({ id: 'pko-personnel', title: 'PKO', reservedHeight: 1 }, 'https://cdn.example/');
    for (const { height } of measured) assert.ok(snippet.includes(`--vnm-reserve:${String(height)}px`) || snippet.includes(`--vnm-reserve:calc(${String(height)}px `), String(height));
    const unknown = iframeSnippet({ id: 'not-measured', title: 'X', reservedHeight: 812.4 }, 'https://cdn.example/');
    assert.ok(unknown.includes('{--vnm-reserve:812px}') && unknown.includes('var(--vnm-reserve,812px)'));
  });
  test('the image snippet is described by the chart’s description, reserves its size and links to the page', () => {
    const image = imageSnippet({ id: 'dprk-aid', title: 'Aid', description: 'Rice: 100 "tonnes" <b>', image: { width: 688, height: 602 } }, 'https://cdn.example/embed/');
    assert.ok(image.startsWith('<a href="https://cdn.example/embed/dprk-aid/index.html"><img src="https://cdn.example/embed/dprk-aid/chart.png"'));
    assert.ok(image.includes('alt="Aid. Rice: 100 &quot;tonnes&quot; &lt;b&gt;"'));
    assert.ok(image.includes('width="688" height="602"'));
  });
  test('escapeAttribute leaves no character that could end an attribute or open a tag', () => {
    assert.doesNotMatch(escapeAttribute(`"'<>&`), /["<>]|&(?!amp;|quot;|lt;|gt;)/);
  });
});

describe('the page’s JSON island', () => {
  test('cannot be closed by data containing a script end tag', () => {
    const json = islandJson({ title: '</script><script>alert(1)</script>' });
    assert.ok(!json.includes('</'));
    assert.deepEqual(JSON.parse(json), { title: '</script><script>alert(1)</script>' });
  });
});

describe('CSS variables in standalone SVG', () => {
  const properties = new Map([
    ['--vnm-text', '#1a1a1a'],
    ['--vnm-alias', 'var(--vnm-text)'],
  ]);
  test('resolve to the theme’s value, through aliases and fallbacks', () => {
    assert.equal(resolveVariables('var(--vnm-text)', properties), '#1a1a1a');
    assert.equal(resolveVariables('var(--vnm-alias)', properties), '#1a1a1a');
    assert.equal(resolveVariables('var(--missing, #ff0000)', properties), '#ff0000');
  });
  test('report a variable with neither a value nor a fallback', () => {
    assert.equal(resolveVariables('var(--missing)', properties), undefined);
  });
});

const table: ModelTable = {
  caption: 'Data of “Aid”',
  columns: [
    { key: 'figure', header: 'Figure', align: 'start' },
    { key: 'value', header: 'Value', align: 'end' },
  ],
  rows: [
    { key: 'rice-1995', cells: ['Rice, "gift"', '5,000 tonnes'], sources: [{ article: 'diplomat-2016', quote: 'q' }], notes: [] },
    { key: 'formula', cells: ['=HYPERLINK("http://x")', 'line\nbreak'], sources: [{ article: 'iseas-2021-6', quote: 'q', footnote: 9 }], notes: ['n'] },
  ],
};

describe('the model table as CSV', () => {
  test('parses back, with a real CSV parser, into the header and the cells (formulas defused)', () => {
    const rows: unknown = parse(modelTableToCsv(table), { bom: true });
    assert.deepEqual(rows, [
      ['Figure', 'Value'],
      ['Rice, "gift"', '5,000 tonnes'],
      ["'=HYPERLINK(\"http://x\")", 'line\nbreak'],
    ]);
  });

  test('starts with a UTF-8 byte-order mark, so Excel on Windows reads the curly quotes and dashes', () => {
    const bytes = Buffer.from(modelTableToCsv(table), 'utf8');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.subarray(3, 9).toString('utf8'), 'Figure', 'the header follows the mark directly');
    // In the bytes a spreadsheet reads, the formula cell starts with the apostrophe inside its quotes.
    assert.ok(bytes.includes(Buffer.from(`\r\n"'=HYPERLINK(""http://x"")",`, 'utf8')), 'the formula is defused in the file itself');
    assert.equal(bytes.includes(Buffer.from('\r\n=', 'utf8')) || bytes.includes(Buffer.from(',=', 'utf8')), false, 'no cell starts with = in the file');
  });

  test('refuses a row whose cells do not match the columns, naming it', () => {
    const broken: ModelTable = { ...table, rows: [{ key: 'short', cells: ['only one'], sources: [], notes: [] }] };
    assert.throws(() => modelTableToCsv(broken), /row "short": 1 cells for 2 columns/);
  });
});

describe('the model table as JSON', () => {
  const model = { title: 'Aid', description: 'D', sourceLine: 'S', citations: [], dataVersion: '1.2.3', notes: [], table };

  test('keys each row by column and adds its id, sources and notes', () => {
    const json = modelDataJson('dprk-aid', model);
    assert.deepEqual(json.rows[0], { id: 'rice-1995', figure: 'Rice, "gift"', value: '5,000 tonnes', sources: [{ article: 'diplomat-2016', quote: 'q' }], notes: [] });
    assert.equal(json.rows[1]?.figure, '=HYPERLINK("http://x")');
    assert.deepEqual(json.columns, [{ key: 'figure', header: 'Figure' }, { key: 'value', header: 'Value' }]);
  });

  test('refuses a column whose key would overwrite a row’s own id, sources or notes', () => {
    const clash = { ...model, table: { ...table, columns: [{ key: 'id', header: 'Id', align: 'start' as const }, { key: 'value', header: 'Value', align: 'end' as const }] } };
    assert.throws(() => modelDataJson('x', clash), /column key "id" clashes/);
  });
});

describe('the source line’s footnotes', () => {
  test('link each number to its reference, listed under the line', () => {
    const { document } = new JSDOM('<figure><figcaption><p class="vnm-source">old</p></figcaption></figure>').window;
    const figure = document.querySelector('figure');
    assert.ok(figure);
    linkFootnotes(figure, {
      title: 'T',
      sourceLineParts: [
        { kind: 'text', text: 'Source: X, footnotes ' },
        { kind: 'footnote', article: 'iseas-2021-6', footnote: 5, text: '5' },
        { kind: 'text', text: ', ' },
        { kind: 'footnote', article: 'iseas-2021-6', footnote: 9, text: '9' },
        { kind: 'text', text: '. Data: @vn-mediation/data 1.0.0.' },
      ],
    });
    assert.equal(figure.querySelector('.vnm-source')?.textContent, 'Source: X, footnotes 5, 9. Data: @vn-mediation/data 1.0.0.');
    const targets = Array.from(figure.querySelectorAll('.vnm-source a')).map((link) => document.getElementById(link.getAttribute('href')?.slice(1) ?? '')?.textContent);
    assert.match(targets[0] ?? '', /^Footnote 5: Lonicera Vu \(2020\), “Vietnamese peacekeepers/);
    // Footnote 9 prints two references; both are listed.
    assert.match(targets[1] ?? '', /^Footnote 9: .+\. Huileng Tan \(2019\), “North Korea has been studying/);
  });

  test('refuse a footnote the bibliography does not hold', () => {
    assert.throws(() => footnoteReference({ article: 'iseas-2021-6', footnote: 99 }), /footnote 99 of iseas-2021-6 has no entry/);
    assert.throws(() => footnoteReference({ article: 'diplomat-2016', footnote: 1 }), /footnote 1 of diplomat-2016/);
  });
});

describe('the SVG card', () => {
  test('is well-formed XML that keeps markup in data as text', () => {
    const { document } = new JSDOM('').window;
    const hostile = '<img src=x onerror="alert(1)"> & “quotes”';
    const svg = cardSvg(document, { title: hostile, description: hostile, blocks: [{ kind: 'text', text: hostile, size: 14, bold: false, gapBefore: 4, indent: 12 }], source: hostile, contentWidth: 300 }, 'dark');
    assert.equal(XMLValidator.validate(svg), true);
    assert.ok(!svg.includes('<img'));
    assert.equal(svg.match(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g)?.length, 1);
  });

  test('grows with the text it wraps, so nothing is cut off', () => {
    const { document } = new JSDOM('').window;
    const height = (words: number): number => {
      const svg = cardSvg(document, { title: 'T', description: 'word '.repeat(words), blocks: [], source: 'S', contentWidth: 200 }, 'light');
      return Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
    };
    assert.ok(height(200) > height(5) + 100, `${String(height(200))} vs ${String(height(5))}`);
  });
});

describe('drawings per width', () => {
  test('an embed is drawn at each catalog step narrower than its own width, then at its own', () => {
    assert.deepEqual(drawingWidthsFor(640), [272, 352, 448, 560, 640]);
    assert.deepEqual(drawingWidthsFor(720), [272, 352, 448, 560, 720]);
  });
  test('each width of the box shows exactly one drawing: the widest that fits, the narrowest below it', () => {
    const widths = [272, 352, 640];
    const css = drawingCss(widths);
    const shown = (box: number): number[] =>
      widths.filter((width) => {
        const rule = new RegExp(`(?:@container ([^{]*)\\{)?\\.vnm-drawing\\[data-vnm-drawing-width="${String(width)}"\\]\\{display:block\\}`).exec(css);
        assert.ok(rule, `a rule shows the ${String(width)} px drawing`);
        const min = /([\d.]+)px<=/.exec(rule[1] ?? '')?.[1];
        const max = /<([\d.]+)px/.exec(rule[1] ?? '')?.[1];
        return (min === undefined || box >= Number(min)) && (max === undefined || box < Number(max));
      });
    assert.deepEqual(shown(200), [272]);
    assert.deepEqual(shown(288), [272]);
    assert.deepEqual(shown(351.99), [272]);
    assert.deepEqual(shown(352), [352]);
    assert.deepEqual(shown(639), [352]);
    assert.deepEqual(shown(1168), [640]);
  });
});

describe('reserved heights', () => {
  test('a box reserves the measured height at a measured width, on the line between two measured widths, flat past the widest', () => {
    const heights = [
      { minWidth: 0, width: 304, height: 1500, slope: -2 },
      { minWidth: 404, width: 404, height: 1300, slope: -1 },
      { minWidth: 752, width: 752, height: 952, slope: 0 },
    ];
    assert.equal(reservedHeightAt(heights, 304), 1500);
    assert.equal(reservedHeightAt(heights, 354), 1400);
    assert.equal(reservedHeightAt(heights, 404), 1300);
    assert.equal(reservedHeightAt(heights, 578), 1126);
    assert.equal(reservedHeightAt(heights, 752), 952);
    assert.equal(reservedHeightAt(heights, 2000), 952);
  });
  test('the measured heights of an embed are joined range to range', () => {
    const heights = reservedHeightsOf('pko-personnel') ?? [];
    assert.ok(heights.length > 2);
    heights.slice(0, -1).forEach((range, i) => {
      const next = heights[i + 1];
      assert.ok(next);
      assert.equal(reservedHeightAt(heights, next.width - 0.001), Math.round(range.height + range.slope * (next.width - 0.001 - range.width)));
      assert.ok(Math.abs(range.height + range.slope * (next.width - range.width) - next.height) < 0.001, `range ${String(i)} ends where the next starts`);
    });
  });
});
