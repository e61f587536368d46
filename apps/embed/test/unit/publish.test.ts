// What a journalist publishes: the snippets for the folder's address, the oEmbed documents, the
// TimelineJS downloads and the `_headers` the static host applies, each read back with a strict
// parser (ajv against a schema written from the format's documentation, jsdom for HTML).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { JSDOM } from 'jsdom';
import { timelineEvents } from '@vn-mediation/data/timeline';
import { timelineModel } from '@vn-mediation/ui/model';
import { embeds as catalog } from '../../src/catalog';
import { timelineJsDocument } from '../../src/data/timelineJs';
import { contentSecurityPolicy, headersFor, IMMUTABLE_CACHE, parseHeaders, SHORT_CACHE } from '../../src/publish/headers';
import { DEFAULT_BASE_URL, IFRAME_REFERRER_POLICY, resolveBaseUrl } from '../../src/snippets';
import { builtEmbeds, builtFile, dist } from './builtEmbeds';

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv);
const schema = (name: string): unknown => JSON.parse(readFileSync(new URL(`../schemas/${name}`, import.meta.url), 'utf8'));
const validateTimelineJs = ajv.compile(schema('timelinejs.schema.json') as object);
const validateOembed = ajv.compile(schema('oembed.schema.json') as object);

const embeds = builtEmbeds();
const manifest: unknown = JSON.parse(builtFile('manifest.json'));

/** A field of a parsed JSON object, or a failed assertion naming it. */
function field(value: unknown, name: string): unknown {
  assert.ok(typeof value === 'object' && value !== null && name in value, `has "${name}"`);
  return Reflect.get(value, name);
}

/** The one element `selector` finds in `html`, parsed by jsdom. */
function only(html: string, selector: string): Element {
  const found = new JSDOM(html).window.document.querySelectorAll(selector);
  assert.equal(found.length, 1, `one ${selector} in ${html}`);
  const element = found[0];
  assert.ok(element);
  return element;
}

/** The snippets of a manifest entry, checked to be strings. */
function snippetsOf(entry: unknown): { iframe: string; script: string } {
  const snippets = field(entry, 'snippets');
  const iframe = field(snippets, 'iframe');
  const script = field(snippets, 'script');
  assert.ok(typeof iframe === 'string' && typeof script === 'string');
  return { iframe, script };
}

describe('the address snippets are written for', () => {
  test('is relative without EMBED_BASE_URL, and the folder address with a trailing slash when set', () => {
    assert.equal(resolveBaseUrl(undefined), DEFAULT_BASE_URL);
    assert.equal(resolveBaseUrl(''), DEFAULT_BASE_URL);
    assert.equal(resolveBaseUrl('https://cdn.example/embed'), 'https://cdn.example/embed/');
    assert.equal(resolveBaseUrl('http://127.0.0.1:4173/'), 'http://127.0.0.1:4173/');
  });

  test('refuses an address snippets could not use, saying why', () => {
    assert.throws(() => resolveBaseUrl('cdn.example/embed'), /EMBED_BASE_URL must be an absolute address.*"cdn\.example\/embed"/);
    assert.throws(() => resolveBaseUrl('javascript:alert(1)'), /must be an http or https address/);
    assert.throws(() => resolveBaseUrl('https://cdn.example/embed/?v=1'), /without \? or #/);
  });
});

describe('a build with EMBED_BASE_URL', { timeout: 120_000 }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'vnm-publish-'));
  const entry = catalog.find((candidate) => candidate.id === 'pko-women-share');
  let built: unknown;
  before(async () => {
    assert.ok(entry);
    process.env.EMBED_BASE_URL = 'https://cdn.example/vn/embed';
    const { runBuild } = await import('../../src/runBuild');
    await runBuild(folder, [entry]);
    delete process.env.EMBED_BASE_URL;
    built = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  test('writes every snippet, the oEmbed document and the page’s oEmbed link for that address', () => {
    assert.ok(entry);
    assert.equal(field(built, 'baseUrl'), 'https://cdn.example/vn/embed/');
    const [listed] = field(built, 'embeds') as unknown[];
    const { iframe, script } = snippetsOf(listed);
    const frame = only(iframe, 'iframe');
    assert.equal(frame.getAttribute('src'), 'https://cdn.example/vn/embed/pko-women-share/index.html?theme=auto');
    assert.equal(only(iframe, 'script').getAttribute('src'), 'https://cdn.example/vn/embed/host.js');
    assert.equal(only(script, 'script').getAttribute('src'), 'https://cdn.example/vn/embed/loader.js');
    assert.equal(only(script, '[data-vn-mediation-embed]').getAttribute('data-vn-mediation-embed'), 'pko-women-share');
    const oembed: unknown = JSON.parse(readFileSync(join(folder, 'pko-women-share', 'oembed.json'), 'utf8'));
    assert.equal(field(oembed, 'html'), iframe, 'the oEmbed html is the manifest’s iframe snippet');
    const page = readFileSync(join(folder, 'pko-women-share', 'index.html'), 'utf8');
    const link = only(page, 'link[rel="alternate"][type="application/json+oembed"]');
    assert.equal(link.getAttribute('href'), 'https://cdn.example/vn/embed/pko-women-share/oembed.json');
  });
});

describe('manifest.json', () => {
  test('names the address its snippets were written for', () => {
    assert.equal(typeof field(manifest, 'baseUrl'), 'string');
  });

  for (const embed of embeds) {
    test(`${embed.id}: lists an iframe snippet, sandboxed, that loads the embed’s page, and a script snippet`, () => {
      const entry = (field(manifest, 'embeds') as unknown[]).find((candidate) => field(candidate, 'id') === embed.id);
      const base = String(field(manifest, 'baseUrl'));
      const { iframe, script } = snippetsOf(entry);
      const frame = only(iframe, 'iframe');
      // The snippet opens with the box that reserves its height per width; every address in it starts with baseUrl.
      assert.ok((frame.getAttribute('src') ?? '').startsWith(`${base}${embed.id}/index.html`), 'the iframe loads the page under baseUrl');
      assert.ok(iframe.includes(`src="${base}host.js"`), 'the iframe snippet loads host.js from baseUrl');
      assert.deepEqual((frame.getAttribute('sandbox') ?? '').split(/\s+/).sort(), ['allow-downloads', 'allow-popups', 'allow-popups-to-escape-sandbox', 'allow-same-origin', 'allow-scripts']);
      assert.equal(frame.getAttribute('referrerpolicy'), IFRAME_REFERRER_POLICY);
      assert.equal(frame.getAttribute('title'), embed.title);
      assert.equal(only(script, '[data-vn-mediation-embed]').getAttribute('data-vn-mediation-embed'), embed.id);
      assert.ok(script.includes(`src="${base}loader.js"`));
    });
  }
});

describe('oEmbed', () => {
  for (const embed of embeds) {
    test(`${embed.id}: the page announces an oEmbed document beside it, a valid rich response whose html is the iframe snippet`, () => {
      const link = only(builtFile(embed.files.html), 'link[rel="alternate"][type="application/json+oembed"]');
      const href = link.getAttribute('href') ?? '';
      // Resolve the link as a browser would, from the page's address in the published folder.
      const base = String(field(manifest, 'baseUrl'));
      const root = /^https?:/.test(base) ? base : 'https://relative.invalid/';
      const resolved = new URL(href, new URL(embed.files.html, root)).href;
      assert.ok(resolved.startsWith(root), `${resolved} is in the folder`);
      const path = resolved.slice(root.length);
      assert.equal(path, `${embed.id}/oembed.json`);
      const oembed: unknown = JSON.parse(builtFile(path));
      assert.equal(validateOembed(oembed), true, ajv.errorsText(validateOembed.errors));
      assert.equal(field(oembed, 'title'), embed.title);
      const entry = (field(manifest, 'embeds') as unknown[]).find((candidate) => field(candidate, 'id') === embed.id);
      assert.equal(field(oembed, 'html'), snippetsOf(entry).iframe);
    });
  }

  test('the schema refuses a response without html, or of another type', () => {
    assert.equal(validateOembed({ type: 'rich', version: '1.0', width: 10, height: 10 }), false);
    assert.equal(validateOembed({ type: 'video', version: '1.0', html: '<x>', width: 10, height: 10 }), false);
  });
});

describe('TimelineJS downloads', () => {
  const timelines = embeds.filter((embed) => embed.chart === 'timeline');

  test('every timeline embed has one, linked from its page and from the manifest', () => {
    assert.ok(timelines.length > 0);
    for (const embed of timelines) {
      const path = field(embed.files, 'timelineJs');
      assert.equal(path, `${embed.id}/timeline.json`);
      const link = only(builtFile(embed.files.html), '.vnm-downloads a[href="timeline.json"]');
      assert.equal(link.textContent, 'TimelineJS');
    }
    for (const embed of embeds.filter((candidate) => candidate.chart !== 'timeline')) assert.equal('timelineJs' in embed.files, false, embed.id);
  });

  for (const embed of timelines) {
    test(`${embed.id}: is valid TimelineJS JSON, each event dated at the article’s precision`, () => {
      const document: unknown = JSON.parse(builtFile(`${embed.id}/timeline.json`));
      assert.equal(validateTimelineJs(document), true, ajv.errorsText(validateTimelineJs.errors));
      const events = field(document, 'events') as unknown[];
      const csvRows = builtFile(embed.files.csv).trimEnd().split('\r\n').length - 1;
      assert.equal(events.length, csvRows, 'as many events as the CSV has rows');
      for (const event of events) {
        const record = timelineEvents.find((candidate) => candidate.id === field(event, 'unique_id'));
        assert.ok(record, `event ${String(field(event, 'unique_id'))} is a record`);
        const first = record.date.kind === 'point' ? record.date.date : record.date.start;
        const start = field(event, 'start_date');
        assert.equal(field(start, 'year'), first.year);
        assert.equal(Reflect.get(start as object, 'month'), first.precision === undefined ? first.month : undefined, `${record.id}: month only when the article gives it`);
        assert.equal(Reflect.get(start as object, 'day'), first.precision === undefined ? first.day : undefined, `${record.id}: day only when the article gives it`);
        assert.equal('end_date' in (event as object), record.date.kind === 'span', `${record.id}: an end only for a span`);
      }
    });
  }

  test('a year-only event carries only its year; a decade its first year and the article’s words', () => {
    const model = timelineModel(timelineEvents, {});
    assert.equal(model.state, 'ok');
    if (model.state !== 'ok') return;
    const document = timelineJsDocument(model, timelineEvents);
    const yearOnly = timelineEvents.find((event) => event.date.kind === 'point' && event.date.date.month === undefined && event.date.date.precision === undefined);
    assert.ok(yearOnly);
    assert.deepEqual(document.events.find((event) => event.unique_id === yearOnly.id)?.start_date, { year: yearOnly.date.kind === 'point' ? yearOnly.date.date.year : NaN });
    const decade = document.events.find((event) => event.unique_id === 'dprk-relations-early-1960s');
    assert.deepEqual(decade?.start_date, { year: 1960 });
    assert.match(decade?.display_date ?? '', /1960s/);
  });

  test('text with markup in it stays text: TimelineJS renders its fields as HTML', () => {
    const first = timelineEvents[0];
    assert.ok(first);
    const records = [{ ...first, title: '<img src=x onerror=alert(1)> & co' }];
    const model = timelineModel(records, { title: 'A <b>bold</b> title' });
    assert.equal(model.state, 'ok');
    if (model.state !== 'ok') return;
    const document = timelineJsDocument(model, records);
    assert.equal(document.events[0]?.text.headline, '&lt;img src=x onerror=alert(1)&gt; &amp; co');
    assert.equal(document.title.text.headline, 'A &lt;b&gt;bold&lt;/b&gt; title');
  });

  test('the schema refuses an event without a start, a day without its month, and an unknown field', () => {
    const event = { start_date: { year: 1990 }, text: { headline: 'x' } };
    assert.equal(validateTimelineJs({ events: [event] }), true);
    assert.equal(validateTimelineJs({ events: [{ text: { headline: 'x' } }] }), false);
    assert.equal(validateTimelineJs({ events: [{ ...event, start_date: { year: 1990, day: 3 } }] }), false);
    assert.equal(validateTimelineJs({ events: [{ ...event, startDate: { year: 1990 } }] }), false);
  });

  test('refuses a model event missing from the records, naming it', () => {
    const model = timelineModel(timelineEvents, {});
    if (model.state !== 'ok') assert.fail('the timeline model has events');
    assert.throws(() => timelineJsDocument(model, timelineEvents.slice(1)), new RegExp(`event "${timelineEvents[0]?.id ?? ''}" is shown but is not among the records`));
  });
});

/** Every file of the build, as the path a browser asks for. */
function servedPaths(folder: string, prefix = ''): string[] {
  return readdirSync(join(folder, prefix)).flatMap((name) => {
    const path = prefix === '' ? name : `${prefix}/${name}`;
    return statSync(join(folder, path)).isDirectory() ? servedPaths(folder, path) : [`/${path}`];
  });
}

describe('_headers', () => {
  const rules = parseHeaders(builtFile('_headers'));
  const paths = servedPaths(dist).filter((path) => path !== '/_headers');

  test('gives every file one Cache-Control: immutable for the content-hashed chunks, short for the rest', () => {
    const chunks = paths.filter((path) => path.startsWith('/chunks/'));
    assert.ok(chunks.length > 0, 'the build has chunks');
    for (const path of chunks) assert.match(path, /-[A-Z0-9]{8}\.js$/, `${path} is named by its content hash`);
    for (const path of [...paths, ...embeds.map((embed) => `/${embed.id}/`)]) {
      const cache = headersFor(rules, path).get('cache-control');
      assert.equal(cache, path.startsWith('/chunks/') ? IMMUTABLE_CACHE : SHORT_CACHE, path);
    }
  });

  test('sends nosniff, a referrer policy, CORS and the embed CSP with every file', () => {
    for (const path of paths) {
      const headers = headersFor(rules, path);
      assert.equal(headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(headers.get('referrer-policy'), 'strict-origin-when-cross-origin', path);
      assert.equal(headers.get('access-control-allow-origin'), '*', path);
      assert.match(headers.get('content-security-policy') ?? '', /^default-src 'none'; script-src 'self'/, path);
    }
  });

  for (const embed of embeds) {
    test(`${embed.id}: the CSP lists the sha256 of each inline script the page runs, and no inline handler`, () => {
      const { document } = new JSDOM(builtFile(embed.files.html)).window;
      const csp = headersFor(rules, `/${embed.files.html}`).get('content-security-policy') ?? '';
      const inline = Array.from(document.querySelectorAll('script:not([src])')).filter((script) => script.getAttribute('type') !== 'application/json');
      assert.ok(inline.length > 0, 'the page has its inline script');
      for (const script of inline) {
        const hash = createHash('sha256').update(script.textContent).digest('base64');
        assert.ok(csp.includes(`'sha256-${hash}'`), `the CSP lists ${hash}`);
      }
      const elements = Array.from(document.querySelectorAll('*'));
      assert.deepEqual(elements.flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on'))), [], 'no inline event handler');
      assert.deepEqual(elements.filter((element) => /^\s*javascript:/i.test(element.getAttribute('href') ?? '')).length, 0, 'no javascript: URL');
    });
  }

  test('the CSP is the one the embed pages are built to', () => {
    assert.equal(
      contentSecurityPolicy(['b', 'a', 'a']),
      "default-src 'none'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'",
    );
  });

  test('parsing refuses a malformed file, naming the line', () => {
    assert.throws(() => parseHeaders('  X-A: b\n'), /line 1: a header before any path/);
    assert.throws(() => parseHeaders('/*\n  not a header\n'), /line 2: expected "Name: value"/);
    assert.throws(() => parseHeaders('*.html\n'), /line 1: a rule's path starts with "\/"/);
  });

  test('a path gets every matching rule’s headers, a repeated one joined as the hosts do', () => {
    const parsed = parseHeaders('/*\n  A: 1\n/x/*\n  A: 2\n  B: 3\n');
    assert.deepEqual([...headersFor(parsed, '/x/y.html')], [['a', '1, 2'], ['b', '3']]);
    assert.deepEqual([...headersFor(parsed, '/y.html')], [['a', '1']]);
  });
});
