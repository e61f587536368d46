// Browser tests of the enhancement script (run `pnpm run build` first; turbo does): the enhanced
// embed page against the React chart of the ui package driven with the same keys, the page
// without JavaScript, the timeline's filters, and the bytes a reader fetches.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchChromium, startStaticServer } from '@vn-mediation/browser-testing';
import type { StaticServer, TestBrowser } from '@vn-mediation/browser-testing';
import { CHART_TAB_STOP_SELECTOR } from '../src/client/enhance/markup';
import { collectErrors } from './collectErrors';

interface ManifestEmbed {
  id: string;
  chart: string;
  svgKind: 'chart' | 'text';
  files: { html: string };
}

/** The most a reader's browser may fetch for an embed with JavaScript on, once the chart is focused (gzip). */
const BUDGET_BYTES = 25_000;

/** Keys a reader presses on the chart, in order: every move of the keyboard map, and keys that do nothing. */
const KEYS = ['ArrowDown', 'ArrowRight', 'End', 'ArrowDown', 'ArrowUp', 'ArrowLeft', 'Home', 'ArrowUp', 'a', 'End'] as const;

// A snapshot of the build: a rebuild started elsewhere while the tests run cannot pull files away.
const dist = mkdtempSync(join(tmpdir(), 'vnm-enhance-dist-'));
cpSync(fileURLToPath(new URL('../dist/', import.meta.url)), dist, { recursive: true });
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { embeds: ManifestEmbed[] };
const embeds = manifest.embeds;
const reactRoot = mkdtempSync(join(tmpdir(), 'vnm-enhance-react-'));

let site: StaticServer;
let reactSite: StaticServer;
let withJs: TestBrowser;
let withoutJs: TestBrowser;

/** The island of a built page, copied verbatim into the React reference page. */
function islandOf(id: string): string {
  const html = readFileSync(join(dist, id, 'index.html'), 'utf8');
  const match = /<script type="application\/json" id="vnm-island">([^<]*)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error(`${id}: the page has no island`);
  return match[1];
}

before(async () => {
  await build({
    entryPoints: { react: fileURLToPath(new URL('./fixtures/reactChart.ts', import.meta.url)) },
    bundle: true,
    format: 'esm',
    splitting: true,
    outdir: reactRoot,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
    logOverride: { 'ignored-bare-import': 'silent' },
  });
  for (const embed of embeds) {
    writeFileSync(
      join(reactRoot, `${embed.id}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${embed.id}</title></head><body><div id="root"></div><script type="application/json" id="vnm-island">${islandOf(embed.id)}</script><script type="module" src="react.js"></script></body></html>`,
    );
  }
  [site, reactSite] = await Promise.all([startStaticServer({ root: dist }), startStaticServer({ root: reactRoot })]);
  const viewport = { width: 800, height: 900 };
  [withJs, withoutJs] = await Promise.all([launchChromium({ javaScriptEnabled: true, viewport }), launchChromium({ javaScriptEnabled: false, viewport })]);
});

after(async () => {
  await Promise.all([withJs.close(), withoutJs.close()]);
  await Promise.all([site.close(), reactSite.close()]);
  rmSync(dist, { recursive: true, force: true });
  rmSync(reactRoot, { recursive: true, force: true });
});

async function enhancedPage(id: string): Promise<{ page: Page; errors: string[] }> {
  const page = await withJs.context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${site.origin}/${id}/index.html`);
  await page.waitForSelector('html[data-vnm-live]', { state: 'attached' });
  return { page, errors };
}

async function reactPage(id: string): Promise<{ page: Page; errors: string[] }> {
  const page = await withJs.context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${reactSite.origin}/${id}.html`);
  await page.waitForSelector('[role="listbox"] [role="option"]', { state: 'attached' });
  return { page, errors };
}

/** What a screen reader and a sighted reader get after each key: the active option's index and name, the visible readout. */
interface Step {
  key: string;
  index: string | null;
  announced: string | null;
  readout: string | null;
}

async function current(page: Page, key: string): Promise<Step> {
  return page.evaluate((pressed) => {
    const listbox = document.querySelector('[role="listbox"]');
    const id = listbox?.getAttribute('aria-activedescendant');
    const option = id ? document.getElementById(id) : null;
    // The option's accessible name: its aria-label (timeline events) or its text (bars).
    const announced = option ? (option.getAttribute('aria-label') ?? option.textContent) : null;
    const readout = document.querySelector('.vnm-readout, .vnm-tl-detail, .vnm-sp-detail')?.textContent ?? null;
    return { key: pressed, index: option?.getAttribute('data-vnm-point') ?? null, announced, readout };
  }, key);
}

async function drive(page: Page): Promise<Step[]> {
  await page.locator('[role="listbox"]').focus();
  const steps = [await current(page, 'focus')];
  for (const key of KEYS) {
    await page.keyboard.press(key);
    steps.push(await current(page, key));
  }
  return steps;
}

// The argument map has no listbox: its items are native disclosures (tested below, with and without script).
const listboxEmbeds = embeds.filter((embed) => embed.chart !== 'argument-map-chart');

describe('the enhanced page and the React chart', () => {
  for (const embed of listboxEmbeds) {
    test(`${embed.id}: the same keys move to the same points and announce the same texts`, async () => {
      const react = await reactPage(embed.id);
      const enhanced = await enhancedPage(embed.id);
      const expected = await drive(react.page);
      const actual = await drive(enhanced.page);
      assert.ok(expected.every((step) => step.announced !== null && step.announced.length > 0), 'the React chart announces a point at every step');
      assert.ok(new Set(expected.map((step) => step.index)).size > 1, 'the keys move the React chart’s active point');
      assert.deepEqual(actual, expected);
      assert.equal(await enhanced.page.evaluate(() => document.activeElement?.getAttribute('role')), 'listbox', 'focus stays on the one tab stop');
      assert.deepEqual([...react.errors, ...enhanced.errors], []);
      await Promise.all([react.page.close(), enhanced.page.close()]);
    });
  }
});

describe('the enhanced page with a pointer', () => {
  for (const embed of embeds.filter((entry) => entry.svgKind === 'chart')) {
    test(`${embed.id}: hovering a bar reads it out and outlines it`, async () => {
      const { page, errors } = await enhancedPage(embed.id);
      const bars = page.locator('.vnm-plot .vnm-bar');
      const last = (await bars.count()) - 1;
      await bars.nth(last).hover({ force: true });
      const announced = await page.evaluate(() => {
        const id = document.querySelector('[role="listbox"]')?.getAttribute('aria-activedescendant');
        return id ? document.getElementById(id)?.textContent : undefined;
      });
      assert.ok(announced, 'the hovered bar is the active point');
      assert.equal(await page.textContent('.vnm-readout'), announced);
      assert.equal(await bars.nth(last).getAttribute('data-vnm-active'), '');
      // Each drawing (one per width) marks the same bar; only the drawing that fits is visible.
      const visibleActive = await page.evaluate(() => Array.from(document.querySelectorAll('.vnm-bar[data-vnm-active]')).filter((bar) => bar.checkVisibility()).length);
      assert.equal(visibleActive, 1);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});

describe('embed pages without JavaScript', () => {
  for (const embed of embeds) {
    test(`${embed.id}: the chart is not a tab stop, and the table still opens`, async () => {
      const page = await withoutJs.context.newPage();
      await page.goto(`${site.origin}/${embed.files.html}`);
      assert.equal(await page.locator('[role="listbox"][tabindex]').count(), 0);
      const stops = await page.locator('a[href], button, input, select, summary, [tabindex]:not([tabindex="-1"])').count();
      const reached: (string | null)[] = [];
      for (let i = 0; i <= stops; i += 1) {
        await page.keyboard.press('Tab');
        reached.push(await page.evaluate(() => document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName ?? null));
      }
      assert.ok(!reached.includes('listbox'), `tab stops: ${reached.join(', ')}`);
      await page.click('figure details.vnm-table-disclosure > summary');
      assert.ok(await page.locator('figure details.vnm-table-disclosure table').isVisible(), 'the table is a <details> that opens without script');
      await page.close();
    });
  }
});

describe('the timeline’s filters', () => {
  async function untick(page: Page, label: string): Promise<{ count: string | null; events: string[]; description: string | null; rows: number }> {
    const before = (await page.textContent('.vnm-tl-count')) ?? '';
    await page.getByRole('checkbox', { name: label }).uncheck();
    await page.waitForFunction((text) => document.querySelector('.vnm-tl-count')?.textContent !== text, before);
    return {
      count: await page.textContent('.vnm-tl-count'),
      events: await page.locator('[role="listbox"] [role="option"]').evaluateAll((options) => options.map((option) => option.getAttribute('aria-label') ?? '')),
      description: await page.textContent('.vnm-description'),
      rows: await page.locator('.vnm-table tbody tr').count(),
    };
  }

  test('unticking a topic shows the events the React chart shows and announces their count', async () => {
    const react = await reactPage('timeline');
    const enhanced = await enhancedPage('timeline');
    const before = await enhanced.page.locator('[role="listbox"] [role="option"]').count();
    const expected = await untick(react.page, 'Korean Peninsula');
    const actual = await untick(enhanced.page, 'Korean Peninsula');
    assert.ok(actual.events.length > 0 && actual.events.length < before, `${String(before)} events → ${String(actual.events.length)}`);
    assert.equal(actual.count, `Showing ${String(actual.events.length)} of ${String(before)} events.`);
    assert.equal(await enhanced.page.getAttribute('.vnm-tl-count', 'aria-live'), 'polite', 'the count is announced');
    assert.equal(actual.rows, actual.events.length, 'the table lists the events shown');
    assert.deepEqual(actual, expected);
    // The keyboard walks the events left.
    await enhanced.page.locator('[role="listbox"]').focus();
    await enhanced.page.keyboard.press('End');
    const last = await current(enhanced.page, 'End');
    assert.equal(last.announced, actual.events.at(-1));
    assert.deepEqual([...react.errors, ...enhanced.errors], []);
    await Promise.all([react.page.close(), enhanced.page.close()]);
  });

  test('unticking every topic says no event matches, as the React chart does', async () => {
    const react = await reactPage('timeline-aid');
    const enhanced = await enhancedPage('timeline-aid');
    for (const page of [react.page, enhanced.page]) await page.getByRole('checkbox', { name: 'Aid' }).uncheck();
    const status = (page: Page) => page.getByRole('status', { name: 'No data to show' }).textContent();
    await enhanced.page.getByRole('status', { name: 'No data to show' }).waitFor();
    assert.equal(await status(enhanced.page), await status(react.page));
    assert.equal(await enhanced.page.textContent('.vnm-tl-count'), await react.page.textContent('.vnm-tl-count'));
    assert.equal(await enhanced.page.locator('[role="listbox"]:visible').count(), 0);
    assert.deepEqual([...react.errors, ...enhanced.errors], []);
    await Promise.all([react.page.close(), enhanced.page.close()]);
  });

  test('Enter on an event shows its source as the React chart does', async () => {
    const react = await reactPage('timeline-korea');
    const enhanced = await enhancedPage('timeline-korea');
    const panels: (string | null)[] = [];
    for (const page of [react.page, enhanced.page]) {
      await page.locator('[role="listbox"]').focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.locator('.vnm-tl-source blockquote').first().waitFor();
      panels.push(await page.locator('.vnm-tl-detail').innerText());
    }
    assert.match(panels[1] ?? '', /footnote|Samuel Ramani|Hoang Oanh/);
    assert.equal(panels[1], panels[0]);
    await Promise.all([react.page.close(), enhanced.page.close()]);
  });
});

describe('the embed pages’ content security policy', () => {
  for (const id of ['timeline', 'pko-personnel']) {
    test(`${id}: the script enhances the page, filters included, under the CSP every embed page is served with`, async () => {
      const page = await withJs.context.newPage();
      const errors = collectErrors(page);
      await page.route(`${site.origin}/${id}/index.html`, async (route) => {
        const response = await route.fetch();
        const body = await response.text();
        // The page's small inline script (flags, theme, messaging) is allowed by its hash, as _headers lists it.
        const inline = /<script>([\s\S]*?)<\/script>/.exec(body)?.[1] ?? '';
        const hash = createHash('sha256').update(inline).digest('base64');
        const policy = `default-src 'none'; script-src 'self' 'sha256-${hash}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'`;
        await route.fulfill({ response, body, headers: { ...response.headers(), 'content-security-policy': policy } });
      });
      await page.goto(`${site.origin}/${id}/index.html`);
      await page.waitForSelector('html[data-vnm-live]', { state: 'attached' });
      await page.locator('[role="listbox"]').focus();
      await page.keyboard.press('End');
      assert.ok(await page.getAttribute('[role="listbox"]', 'aria-activedescendant'));
      if (id === 'timeline') {
        const count = await page.textContent('.vnm-tl-count');
        await page.getByRole('checkbox', { name: 'Korean Peninsula' }).uncheck();
        await page.waitForFunction((before) => document.querySelector('.vnm-tl-count')?.textContent !== before, count);
      }
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});

describe('bytes a reader fetches', () => {
  for (const embed of embeds) {
    test(`${embed.id}: with JavaScript on and the chart focused, at most 25 KB gzip`, async (t) => {
      const page = await withJs.context.newPage();
      const session = await withJs.context.newCDPSession(page);
      await session.send('Network.setCacheDisabled', { cacheDisabled: true });
      const bodies: Promise<{ url: string; gzip: number }>[] = [];
      page.on('response', (response) => {
        bodies.push(response.body().then((body) => ({ url: response.url(), gzip: gzipSync(body, { level: 9 }).byteLength })));
      });
      await page.goto(`${site.origin}/${embed.files.html}`);
      await page.waitForSelector('html[data-vnm-live]', { state: 'attached' });
      // The chart's tab stop: its listbox, or the argument map's first disclosure.
      await page.locator(CHART_TAB_STOP_SELECTOR).first().focus();
      await page.keyboard.press('ArrowDown');
      await page.waitForLoadState('networkidle');
      const fetched = await Promise.all(bodies);
      const total = fetched.reduce((sum, file) => sum + file.gzip, 0);
      t.diagnostic(`${embed.id}: ${String(fetched.length)} files, ${String(total)} bytes gzip`);
      assert.ok(total <= BUDGET_BYTES, `${String(total)} bytes: ${fetched.map((file) => `${file.url} ${String(file.gzip)}`).join(', ')}`);
      await page.close();
    });
  }
});

describe('the argument map', () => {
  const map = embeds.find((embed) => embed.chart === 'argument-map-chart');
  for (const withScript of [true, false]) {
    test(`every item is a tab stop whose quotes open with Enter, ${withScript ? 'with' : 'without'} JavaScript`, async () => {
      assert.ok(map, 'the catalog has an argument map embed');
      const page = await (withScript ? withJs : withoutJs).context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${site.origin}/${map.files.html}`);
      if (withScript) await page.waitForSelector('html[data-vnm-live]', { state: 'attached' });
      const items = page.locator('.vnm-am details > summary');
      const count = await items.count();
      assert.ok(count > 10, `the map shows its items (${String(count)})`);
      const first = items.first();
      await first.focus();
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.querySelector('.vnm-am details')?.hasAttribute('open')), true, 'Enter opens the focused item');
      assert.ok(await page.locator('.vnm-am details[open] blockquote').first().isVisible(), 'the opened item shows its quote');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.closest('.vnm-am details') !== document.querySelector('.vnm-am details')), true, 'Tab moves to the next item');
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
