// Pure functions the scripts and the build rest on, tested in Node.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { flagsFromQuery } from '../src/client/flags';
import { isHelloMessage, isResizeMessage, isThemeMessage } from '../src/client/messages';
import { csvCell } from '../src/data/csv';
import { islandJson } from '../src/page/EmbedPage';
import { resolveVariables, wrapText } from '../src/render/standaloneSvg';
import { escapeAttribute, iframeSnippet, imageSnippet, scriptSnippet } from '../src/snippets';

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

describe('CSV cells', () => {
  test('quote commas, quotes and line breaks', () => {
    assert.equal(csvCell('a, "b"'), '"a, ""b"""');
    assert.equal(csvCell('line\nbreak'), '"line\nbreak"');
  });
  test('defuse text a spreadsheet would run as a formula', () => {
    assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('13,000 tonnes'), '"13,000 tonnes"');
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
    assert.ok(iframe.includes('height:812px'));
    assert.ok(iframe.includes('<script src="https://cdn.example/embed/host.js" async></script>'));
    const script = scriptSnippet(hostile, 'https://cdn.example/embed/', { plain: true });
    assert.ok(script.startsWith('<div data-vn-mediation-embed="timeline" data-theme="auto" data-plain style="min-height:812px"></div>'));
    assert.ok(script.includes('src="https://cdn.example/embed/loader.js"'));
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

describe('text wrapping for the text figure', () => {
  test('never exceeds the line length and keeps every word', () => {
    const text = 'Vietnam sends whole PKO unit forces with two Level-2 field hospitals to South Sudan';
    const lines = wrapText(text, 20);
    assert.ok(lines.every((line) => line.length <= 20));
    assert.equal(lines.join(' '), text);
  });
  test('breaks a word longer than a line', () => {
    assert.deepEqual(wrapText('abcdefghij', 4), ['abcd', 'efgh', 'ij']);
  });
});
