// Browser tests of the built embeds (run `pnpm run build` first; turbo does). Three origins on
// 127.0.0.1: A serves the embed folder, B is the journalist's page, C is a third party.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Frame, Page } from 'playwright-core';
import { launchChromium, settled, startStaticServer } from '@vn-mediation/browser-testing';
import type { StaticServer, TestBrowser } from '@vn-mediation/browser-testing';
import { reservedHeightAt, reservedHeightsOf } from '../src/heights/reservedHeights';
import { iframeSnippet, imageSnippet, scriptSnippet } from '../src/snippets';
import { collectErrors } from './collectErrors';
import { HOSTILE } from './fixtures/hostile';

interface ManifestEmbed {
  id: string;
  title: string;
  chart: string;
  description: string;
  image: { width: number; height: number };
  reservedHeight: number;
  svgKind: 'chart' | 'text';
  files: Record<'html' | 'svg' | 'png' | 'csv' | 'json', string> & { timelineJs?: string };
}

// A snapshot of the build: a rebuild started elsewhere while the tests run cannot pull files away.
const dist = mkdtempSync(join(tmpdir(), 'vnm-embed-dist-'));
cpSync(fileURLToPath(new URL('../dist/', import.meta.url)), dist, { recursive: true });
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { embeds: ManifestEmbed[] };
const embeds = manifest.embeds;

function hostPage(body: string, htmlAttributes = ''): string {
  return `<!doctype html><html lang="en"${htmlAttributes}><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host article</title></head><body><main><h1>Host article</h1>${body}</main></body></html>`;
}

let a: StaticServer;
let b: StaticServer;
let c: StaticServer;
let hostile: StaticServer;
let hostileDist: string;
let withJs: TestBrowser;
let withoutJs: TestBrowser;

before(async () => {
  hostileDist = mkdtempSync(join(tmpdir(), 'vnm-hostile-'));
  execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./fixtures/buildHostile.ts', import.meta.url)), hostileDist], {
    stdio: 'inherit',
  });
  // A and the hostile origin stand for the CDN the embed folder is deployed to, which sends CORS headers.
  [a, b, c, hostile] = await Promise.all([
    startStaticServer({ root: dist, cors: true }),
    startStaticServer(),
    startStaticServer(),
    startStaticServer({ root: hostileDist, cors: true }),
  ]);
  const viewport = { width: 800, height: 900 };
  [withJs, withoutJs] = await Promise.all([launchChromium({ javaScriptEnabled: true, viewport }), launchChromium({ javaScriptEnabled: false, viewport })]);
});

after(async () => {
  await Promise.all([withJs.close(), withoutJs.close()]);
  await Promise.all([a.close(), b.close(), c.close(), hostile.close()]);
  rmSync(hostileDist, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
});

async function open(browser: TestBrowser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

/** Waits until an embed page's enhancement script has made the static figure interactive. */
async function live(target: Page | Frame): Promise<void> {
  await target.waitForSelector('html[data-vnm-live]', { state: 'attached' });
}

async function embedFrame(page: Page, id: string): Promise<Frame> {
  const handle = await page.waitForSelector(`iframe[data-vn-mediation-frame="${id}"]`);
  const frame = await handle.contentFrame();
  assert.ok(frame, 'the iframe has a document');
  await live(frame);
  return frame;
}

function backgroundOf(target: Page | Frame, selector = 'figure'): Promise<string> {
  return target.$eval(selector, (element) => getComputedStyle(element).backgroundColor);
}

describe('embed pages without JavaScript', () => {
  for (const embed of embeds) {
    test(`${embed.id}: shows its title, chart, source and every record in its table`, async () => {
      const { page, errors } = await open(withoutJs, `${a.origin}/${embed.files.html}`);
      assert.equal((await page.textContent('figure .vnm-title'))?.trim(), embed.title);
      assert.equal(await page.title(), embed.title);
      const csvRows = readFileSync(join(dist, embed.files.csv), 'utf8').trimEnd().split('\r\n').length - 1;
      assert.ok(csvRows > 0, 'the CSV has data rows');
      if (embed.svgKind === 'chart') {
        // One drawing per width is in the page; the one that fits is shown.
        const box = await page.locator('figure .vnm-plot svg').filter({ visible: true }).first().boundingBox();
        assert.ok(box && box.width > 100 && box.height > 50, 'the chart SVG is drawn with a size');
        assert.ok((await page.locator('figure .vnm-plot svg path, figure .vnm-plot svg rect').count()) > 0, 'the SVG has marks');
      } else {
        // Points of a listbox (timeline, spectrum) or the argument map's disclosures: one per table row.
        const drawn = page.locator('figure [role="listbox"] [role="option"], figure .vnm-am details > summary');
        assert.equal(await drawn.count(), csvRows, 'every row is drawn');
      }
      await page.click('figure details.vnm-table-disclosure > summary');
      assert.ok(await page.locator('figure details.vnm-table-disclosure table').isVisible(), 'the table opens without script');
      assert.match((await page.textContent('figure .vnm-source')) ?? '', /Data: @vn-mediation\/data \d+\.\d+\.\d+/);
      for (const name of ['CSV', 'JSON', 'SVG', 'PNG']) {
        const href = await page.getAttribute(`.vnm-downloads a:text-is("${name}")`, 'href');
        assert.ok(href, `${name} link`);
        const response = await page.request.get(new URL(href, page.url()).href);
        assert.equal(response.status(), 200, `${name} file is served`);
      }
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});

describe('accessibility', { timeout: 120_000 }, () => {
  for (const embed of embeds) {
    test(`${embed.id}: axe finds no violation, static or live`, async () => {
      // axe runs as script, so the static page is the page with its interactivity script emptied.
      const staticPage = await withJs.context.newPage();
      const staticErrors = collectErrors(staticPage);
      await staticPage.route('**/embed.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
      await staticPage.goto(`${a.origin}/${embed.files.html}`);
      const staticResults = await new AxeBuilder({ page: staticPage }).analyze();
      assert.deepEqual(staticResults.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), []);
      await staticPage.close();
      const { page, errors } = await open(withJs, `${a.origin}/${embed.files.html}`);
      await live(page);
      const liveResults = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(liveResults.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), []);
      assert.deepEqual([...staticErrors, ...errors], []);
      await page.close();
    });
  }
});

describe('interactivity script', () => {
  for (const embed of embeds) {
    test(`${embed.id}: enhances the static figure in place without moving the page and keeps the download links`, async () => {
      // Hold the interactivity script until the static figure is measured and marked.
      let release = (): void => undefined;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const page = await withJs.context.newPage();
      const errors = collectErrors(page);
      await page.route('**/embed.js', async (route) => {
        await gate;
        await route.continue();
      });
      // Module scripts hold DOMContentLoaded back, so wait for the parsed figure instead.
      await page.goto(`${a.origin}/${embed.files.html}`, { waitUntil: 'commit' });
      await page.waitForSelector('.vnm-downloads');
      const staticHeight = await page.$eval('figure', (figure) => figure.getBoundingClientRect().height);
      await page.$eval('figure', (figure) => figure.setAttribute('data-test-static', ''));
      release();
      await live(page);
      assert.equal(await page.locator('figure[data-test-static]').count(), 1, 'the static figure is the one enhanced, not replaced');
      // The argument map is native disclosures, tab stops with or without script; every other chart has one listbox.
      if (embed.chart !== 'argument-map-chart') assert.equal(await page.getAttribute('figure [role="listbox"]', 'tabindex'), '0', 'the chart became a tab stop');
      const liveHeight = await page.$eval('figure', (figure) => figure.getBoundingClientRect().height);
      assert.ok(Math.abs(liveHeight - staticHeight) <= 2, `height ${String(staticHeight)} → ${String(liveHeight)}`);
      assert.equal(await page.locator('figure').count(), 1);
      // CSV, JSON, SVG, PNG, and a timeline's TimelineJS file.
      assert.equal(await page.locator('.vnm-downloads a').count(), embed.files.timelineJs === undefined ? 4 : 5);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});

describe('iframe embed', () => {
  for (const embed of embeds) {
    test(`${embed.id}: on another origin, the iframe ends at its content height, close to the reserved one`, async (t) => {
      b.page(`/iframe-${embed.id}.html`, hostPage(iframeSnippet(embed, `${a.origin}/`)));
      const { page, errors } = await open(withJs, `${b.origin}/iframe-${embed.id}.html`);
      const frame = await embedFrame(page, embed.id);
      const iframe = page.locator(`iframe[data-vn-mediation-frame="${embed.id}"]`);
      const outer = await settled(async () => (await iframe.boundingBox())?.height ?? 0);
      const inner = await frame.evaluate(() => document.body.getBoundingClientRect().height);
      assert.ok(Math.abs(outer - inner) <= 2, `iframe ${String(outer)}px, content ${String(inner)}px`);
      const width = (await iframe.boundingBox())?.width ?? 0;
      const reserved = reservedHeightAt(reservedHeightsOf(embed.id) ?? [], width);
      t.diagnostic(`${embed.id}: reserved ${String(reserved)}px at ${String(width)}px, rendered ${String(outer)}px`);
      const drift = Math.abs(reserved - outer);
      assert.ok(drift <= Math.max(24, outer * 0.05), `reserved ${String(reserved)}px, rendered ${String(outer)}px: run \`pnpm --filter @vn-mediation/embed measure-heights\``);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test('ignores a forged resize from a third origin, and from an embed iframe that navigated away', async () => {
    const embed = embeds[0];
    assert.ok(embed);
    const forgery = `<script>
      const forged = [
        { type: 'vn-mediation:resize', id: ${JSON.stringify(embed.id)}, height: 77 },
        { type: 'vn-mediation:resize', id: ${JSON.stringify(embed.id)}, height: 77, extra: 1 },
        { type: 'vn-mediation:resize', id: '../x', height: 77 },
        JSON.stringify({ type: 'vn-mediation:resize', id: ${JSON.stringify(embed.id)}, height: 77 }),
      ];
      setInterval(() => { for (const message of forged) parent.postMessage(message, '*'); }, 50);
    </script>`;
    c.page('/forger.html', `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><title>forger</title></head><body>${forgery}</body></html>`);
    // An iframe marked as our embed, pointing at origin A, whose page then navigates to C.
    a.page('/navigates-away.html', `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><title>x</title></head><body><script>location.href = ${JSON.stringify(`${c.origin}/forger.html`)};</script></body></html>`);
    const hijacked = `<iframe src="${a.origin}/navigates-away.html" title="hijacked" data-vn-mediation-frame="${embed.id}" style="width:100%;height:50px;border:0"></iframe>`;
    const thirdParty = `<iframe src="${c.origin}/forger.html" title="advert" style="width:100%;height:50px;border:0"></iframe>`;
    b.page('/forged.html', hostPage(`${iframeSnippet(embed, `${a.origin}/`)}${thirdParty}${hijacked}`));
    const { page, errors } = await open(withJs, `${b.origin}/forged.html`);
    const frame = await embedFrame(page, embed.id);
    await page.waitForTimeout(1000);
    const heights = await page.$$eval('iframe', (frames) => frames.map((element) => element.getBoundingClientRect().height));
    const inner = await frame.evaluate(() => document.body.getBoundingClientRect().height);
    assert.ok(Math.abs((heights[0] ?? 0) - inner) <= 2, `the embed is ${String(heights[0])}px for ${String(inner)}px of content`);
    assert.deepEqual(heights.slice(1), [50, 50], 'the other iframes keep their own height');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('script-tag embed', () => {
  for (const embed of embeds) {
    test(`${embed.id}: turns the placeholder into the chart on a plain page of another origin`, async () => {
      b.page(`/script-${embed.id}.html`, hostPage(scriptSnippet(embed, `${a.origin}/`)));
      const { page, errors } = await open(withJs, `${b.origin}/script-${embed.id}.html`);
      const title = page.locator('[data-vn-mediation-embed] figure .vnm-title');
      await title.waitFor();
      assert.equal((await title.textContent())?.trim(), embed.title);
      const csvRows = readFileSync(join(dist, embed.files.csv), 'utf8').trimEnd().split('\r\n').length - 1;
      assert.equal(await page.locator('[data-vn-mediation-embed] figure details table tbody tr').count(), csvRows);
      if (embed.svgKind === 'chart') assert.equal(await page.locator('[data-vn-mediation-embed] .vnm-plot svg').filter({ visible: true }).count() > 0, true, 'a drawing is shown');
      else assert.equal(await page.locator('[data-vn-mediation-embed] [role="option"], [data-vn-mediation-embed] .vnm-am details > summary').count(), csvRows);
      const csv = await page.locator('[data-vn-mediation-embed] .vnm-downloads a:text-is("CSV")').getAttribute('href');
      assert.equal(csv, `${a.origin}/${embed.files.csv}`, 'links point at the embed folder, not the host');
      assert.equal(await page.locator('[data-vn-mediation-embed] script').count(), 0, 'no script of the embed page is inserted');
      assert.equal(await page.locator('h2[aria-level], h3[aria-level]').count(), 0, 'the title keeps its level in the host outline');
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test('a footnote link takes the reader to its reference inside the embed, not away from the article', async () => {
    const embed = embeds.find((candidate) => candidate.id === 'pko-personnel');
    assert.ok(embed);
    b.page('/script-footnotes.html', hostPage(scriptSnippet(embed, `${a.origin}/`)));
    const { page, errors } = await open(withJs, `${b.origin}/script-footnotes.html`);
    const link = page.locator('[data-vn-mediation-embed] .vnm-source a').first();
    await link.waitFor();
    const number = (await link.textContent()) ?? '';
    await link.click();
    assert.equal(page.url(), `${b.origin}/script-footnotes.html`, 'the host page stays where it was');
    const focused = await page.evaluate(() => document.querySelector('[data-vn-mediation-embed]')?.shadowRoot?.activeElement?.textContent ?? '');
    assert.ok(focused.startsWith(`Footnote ${number}: `), `focus is on the reference: ${focused}`);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('image embed', () => {
  test('shows every chart’s PNG at its reserved size, described by the chart’s description, without script', async () => {
    b.page('/images.html', hostPage(embeds.map((embed) => imageSnippet(embed, `${a.origin}/`)).join('\n')));
    const { page, errors } = await open(withoutJs, `${b.origin}/images.html`);
    for (const embed of embeds) {
      const image = page.locator(`img[src$="/${embed.id}/chart.png"]`);
      await image.evaluate((element) => (element instanceof HTMLImageElement ? element.decode() : undefined));
      assert.equal(await image.getAttribute('alt'), `${embed.title}. ${embed.description}`);
      const natural = await image.evaluate((element) => (element instanceof HTMLImageElement ? [element.naturalWidth, element.naturalHeight] : []));
      const [width = 0, height = 0] = natural;
      assert.ok(Math.abs(width / height - embed.image.width / embed.image.height) < 0.01, `${embed.id}: the PNG has the reserved proportions`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('dark mode', () => {
  test('the iframe follows the reader’s colour scheme, and a theme the host forces', async () => {
    const embed = embeds[0];
    assert.ok(embed);
    const { page: darkRef, errors: refErrors } = await open(withJs, `${a.origin}/${embed.files.html}?theme=dark`);
    await live(darkRef);
    const dark = await backgroundOf(darkRef);
    await darkRef.goto(`${a.origin}/${embed.files.html}?theme=light`);
    await live(darkRef);
    const light = await backgroundOf(darkRef);
    assert.notEqual(dark, light);
    await darkRef.close();

    b.page('/dark.html', hostPage(iframeSnippet(embed, `${a.origin}/`)));
    const { page, errors } = await open(withJs, `${b.origin}/dark.html`);
    let frame = await embedFrame(page, embed.id);
    assert.equal(await backgroundOf(frame), light, 'light by default');
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.equal(await backgroundOf(frame), dark, 'auto follows prefers-color-scheme: dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate(() => document.documentElement.setAttribute('data-vnm-theme', 'dark'));
    await frame.waitForFunction(() => document.documentElement.getAttribute('data-vnm-theme') === 'dark');
    assert.equal(await backgroundOf(frame), dark, 'the host forced dark at run time');

    b.page('/forced.html', hostPage(iframeSnippet(embed, `${a.origin}/`), ' data-vnm-theme="dark"'));
    await page.goto(`${b.origin}/forced.html`);
    frame = await embedFrame(page, embed.id);
    await frame.waitForFunction(() => document.documentElement.getAttribute('data-vnm-theme') === 'dark');
    assert.equal(await backgroundOf(frame), dark, 'a host page that is dark from the start');
    assert.deepEqual([...refErrors, ...errors], []);
    await page.close();
  });

  test('the script embed follows the reader’s colour scheme, and a theme the host forces', async () => {
    const embed = embeds[0];
    assert.ok(embed);
    const { page: reference } = await open(withJs, `${a.origin}/${embed.files.html}?theme=dark`);
    await live(reference);
    const dark = await backgroundOf(reference);
    await reference.close();
    b.page('/script-dark.html', hostPage(scriptSnippet(embed, `${a.origin}/`)));
    const { page, errors } = await open(withJs, `${b.origin}/script-dark.html`);
    const figure = '[data-vn-mediation-embed] figure';
    await page.waitForSelector(figure);
    const light = await backgroundOf(page, figure);
    assert.notEqual(light, dark);
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.equal(await backgroundOf(page, figure), dark);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate(() => document.documentElement.setAttribute('data-vnm-theme', 'dark'));
    await page.waitForFunction(
      (expected) => {
        const figure = document.querySelector('[data-vn-mediation-embed]')?.shadowRoot?.querySelector('figure');
        return figure !== null && figure !== undefined && getComputedStyle(figure).backgroundColor === expected;
      },
      dark,
      { timeout: 5000 },
    );
    assert.equal(await backgroundOf(page, figure), dark);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('plain flag', () => {
  test('hides the header and footer from sight but keeps the chart named', async () => {
    const embed = embeds[0];
    assert.ok(embed);
    const { page, errors } = await open(withJs, `${a.origin}/${embed.files.html}?plain`);
    await live(page);
    const titleBox = await page.locator('figure .vnm-title').boundingBox();
    const captionBox = await page.locator('figure .vnm-caption').boundingBox();
    assert.ok(titleBox && titleBox.height <= 1 && captionBox && captionBox.height <= 1);
    const snapshot = await page.locator('figure').ariaSnapshot();
    assert.ok(snapshot.includes(embed.title), 'the figure is still named by its title');
    await page.goto(`${a.origin}/${embed.files.html}`);
    await live(page);
    const fullTitle = await page.locator('figure .vnm-title').boundingBox();
    assert.ok(fullTitle && fullTitle.height > 10);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('unsafe text in data', () => {
  test('a title and records carrying markup are shown as text in the page, the iframe and the script embed', async () => {
    const { page, errors } = await open(withJs, `${hostile.origin}/hostile/index.html`);
    await live(page);
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.evaluate(() => 'pwned' in window || '__pwned' in window), false);
    assert.equal((await page.textContent('figure .vnm-title'))?.trim(), `Hostile ${HOSTILE}`);
    assert.ok((await page.textContent('figure [role="listbox"]'))?.includes(HOSTILE));

    const target = { id: 'hostile', title: `Hostile ${HOSTILE}`, reservedHeight: 400 };
    b.page('/hostile.html', hostPage(`${iframeSnippet(target, `${hostile.origin}/`)}${scriptSnippet(target, `${hostile.origin}/`)}`));
    await page.goto(`${b.origin}/hostile.html`);
    const frame = await embedFrame(page, 'hostile');
    await page.waitForSelector('[data-vn-mediation-embed] figure');
    assert.equal(await page.getAttribute('iframe', 'title'), `Hostile ${HOSTILE}`, 'the iframe title attribute is the text');
    assert.equal(await page.locator('img').count(), 0, 'no <img> in the host page or the script embed');
    assert.equal(await frame.locator('img').count(), 0, 'no <img> in the iframe');
    assert.equal(await page.evaluate(() => '__pwned' in window), false);
    assert.equal(await frame.evaluate(() => '__pwned' in window), false);
    assert.equal((await page.textContent('[data-vn-mediation-embed] figure .vnm-title'))?.trim(), `Hostile ${HOSTILE}`);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
