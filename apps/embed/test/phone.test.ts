// Browser tests of the embeds as phone and desktop readers get them (run `pnpm run build` first):
// every page at 320, 375, 768, 1200 and 1600 px wide, JavaScript on and off, shows no text under
// 11 CSS px, does not scroll sideways and has no blank under its chart; and the snippets reserve,
// before any script runs, the height the embed ends at (within 5%), so the host page barely shifts;
// and in every per-width drawing, as Chromium sets its text, no two labels overprint.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium, measurePage, settled, startStaticServer } from '@vn-mediation/browser-testing';
import type { StaticServer, TestBrowser } from '@vn-mediation/browser-testing';
import { DRAWING_CLASS, DRAWING_WIDTH_ATTRIBUTE } from '../src/render/drawings';
import { reservedHeightAt, reservedHeightsOf } from '../src/heights/reservedHeights';
import { iframeSnippet, scriptSnippet } from '../src/snippets';
import { collectErrors } from './collectErrors';

interface ManifestEmbed {
  id: string;
  title: string;
  reservedHeight: number;
  files: { html: string };
}

const dist = mkdtempSync(join(tmpdir(), 'vnm-embed-phone-'));
cpSync(fileURLToPath(new URL('../dist/', import.meta.url)), dist, { recursive: true });
const embeds = (JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { embeds: ManifestEmbed[] }).embeds;

/** Smallest text a reader should have to read, in CSS pixels. */
const SMALLEST_TEXT = 11;
/** How far a reserved height may be from the final one. */
const HEIGHT_TOLERANCE = 0.05;
/** How far two texts of a drawing may reach into each other, in CSS pixels, before they overprint. */
const OVERPRINT_TOLERANCE = 1;
/** Cumulative layout shift a host page may suffer while an embed loads. */
const MAX_CLS = 0.02;
/** The host page's margins on both sides: the iframe is this much narrower than the viewport. */
const HOST_MARGINS = 16;
const RUN_MEASURE = 'run `pnpm --filter @vn-mediation/embed measure-heights` after a build and commit src/heights/measuredHeights.generated.ts';

let a: StaticServer;
let b: StaticServer;
let withJs: TestBrowser;
let withoutJs: TestBrowser;

before(async () => {
  [a, b] = await Promise.all([startStaticServer({ root: dist, cors: true }), startStaticServer()]);
  [withJs, withoutJs] = await Promise.all([launchChromium({ javaScriptEnabled: true }), launchChromium({ javaScriptEnabled: false })]);
});

after(async () => {
  await Promise.all([withJs.close(), withoutJs.close()]);
  await Promise.all([a.close(), b.close()]);
  rmSync(dist, { recursive: true, force: true });
});

/** Lets the page's interactivity script draw, when the page has one and scripts run. */
async function settle(page: Page, js: boolean): Promise<void> {
  if (js) {
    await page.dispatchEvent('[data-vnm-content]', 'pointerover');
    await page.waitForSelector('html[data-vnm-live]', { state: 'attached', timeout: 8000 }).catch(() => undefined);
  }
  await settled(() => page.evaluate(() => document.body.getBoundingClientRect().height));
}

const READ_WIDTHS = [320, 375, 768, 1200, 1600];

describe('every embed page at phone and desktop widths', () => {
  for (const embed of embeds) {
    for (const js of [false, true]) {
      test(`${embed.id}, JavaScript ${js ? 'on' : 'off'}: no text under ${String(SMALLEST_TEXT)} px, no sideways scroll, no blank under the chart`, async (t) => {
        const page = await (js ? withJs : withoutJs).context.newPage();
        const errors = collectErrors(page);
        const problems: string[] = [];
        for (const width of READ_WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(`${a.origin}/${embed.files.html}`, { waitUntil: 'load' });
          await settle(page, js);
          const metrics = await measurePage(page);
          t.diagnostic(`${String(width)} px: smallest text ${String(metrics.smallest?.size)} px ("${metrics.smallest?.text ?? ''}"), overflow ${String(metrics.overflow)} px, plot gaps [${metrics.plotGaps.join(', ')}], height ${String(metrics.height)} px`);
          if (metrics.smallest !== undefined && metrics.smallest.size < SMALLEST_TEXT) problems.push(`${String(width)} px: "${metrics.smallest.text}" is ${String(metrics.smallest.size)} px`);
          if (metrics.overflow > 0) problems.push(`${String(width)} px: the page scrolls ${String(metrics.overflow)} px sideways`);
          for (const gap of metrics.plotGaps) if (Math.abs(gap) > 1) problems.push(`${String(width)} px: the chart box is ${String(gap)} px taller than its drawing`);
        }
        assert.deepEqual(problems, []);
        assert.deepEqual(errors, []);
        await page.close();
      });
    }
  }
});

/**
 * Runs in the page: shows each per-width drawing alone (or takes the page as one drawing when it
 * has none) and lists the pairs of non-empty SVG texts whose boxes reach more than `tolerance`
 * pixels into each other both across and down.
 */
function overprintedTexts({ drawingClass, widthAttribute, tolerance }: { drawingClass: string; widthAttribute: string; tolerance: number }): string[] {
  const found: string[] = [];
  const drawings = Array.from(document.querySelectorAll<HTMLElement>(`.${drawingClass}`));
  for (const drawing of drawings.length === 0 ? [document.body] : drawings) {
    for (const other of drawings) other.style.display = other === drawing ? 'block' : 'none';
    const texts = Array.from(drawing.querySelectorAll('svg text'))
      .map((text) => ({ text: (text.textContent ?? '').trim(), box: text.getBoundingClientRect() }))
      .filter(({ text, box }) => text !== '' && box.width > 0 && box.height > 0);
    texts.forEach((a, i) => {
      for (const b of texts.slice(i + 1)) {
        const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (across > tolerance && down > tolerance) found.push(`${drawing.getAttribute(widthAttribute) ?? 'page'} px: "${a.text}" over "${b.text}" (${across.toFixed(1)} × ${down.toFixed(1)} px)`);
      }
    });
  }
  return found;
}

describe('the text of every drawing, as Chromium sets it', () => {
  for (const embed of embeds) {
    test(`${embed.id}: no two texts of any drawing overprint by more than ${String(OVERPRINT_TOLERANCE)} px`, async () => {
      const page = await withoutJs.context.newPage();
      // Wide enough that every drawing shows at the size it was laid out for.
      await page.setViewportSize({ width: 1200, height: 900 });
      await page.goto(`${a.origin}/${embed.files.html}`, { waitUntil: 'load' });
      const overprinted = await page.evaluate(overprintedTexts, { drawingClass: DRAWING_CLASS, widthAttribute: DRAWING_WIDTH_ATTRIBUTE, tolerance: OVERPRINT_TOLERANCE });
      assert.deepEqual(overprinted, []);
      await page.close();
    });
  }
});

/** Sums layout shifts the host page records, from its first paint. */
const RECORD_SHIFTS = `window.__shifts = 0;
new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value; }).observe({ type: 'layout-shift', buffered: true });`;

function hostPage(body: string): string {
  // Text above and below the embed, as in an article: what moves when the embed's height changes.
  const text = '<p>Paragraph of the host article, before and after the embedded chart, long enough to wrap on a phone.</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Host article</title><script>${RECORD_SHIFTS}</script></head><body><main><h1>Host article</h1>${text}${body}${text}${text}</main></body></html>`;
}

const HEIGHT_WIDTHS_TESTED = [320, 375, 414, 768, 1100, 1200];

describe('heights reserved by the snippets before any script', () => {
  test('every embed in the manifest has measured heights', () => {
    const missing = embeds.filter((embed) => reservedHeightsOf(embed.id) === undefined).map((embed) => embed.id);
    assert.deepEqual(missing, [], `no measured heights: ${RUN_MEASURE}`);
  });

  for (const embed of embeds) {
    test(`${embed.id}: the iframe snippet reserves its final height within 5% and the host shifts under ${String(MAX_CLS)}`, async (t) => {
      const heights = reservedHeightsOf(embed.id) ?? [];
      const page = await withJs.context.newPage();
      const errors = collectErrors(page);
      const problems: string[] = [];
      b.page(`/phone-iframe-${embed.id}.html`, hostPage(iframeSnippet(embed, `${a.origin}/`)));
      for (const width of HEIGHT_WIDTHS_TESTED) {
        await page.setViewportSize({ width, height: 900 });
        // Hold host.js back: what the iframe has until then is what the snippet reserved.
        let release = (): void => undefined;
        const gate = new Promise<void>((resolve) => {
          release = resolve;
        });
        await page.route('**/host.js', async (route) => {
          await gate;
          await route.continue();
        });
        await page.goto(`${b.origin}/phone-iframe-${embed.id}.html`, { waitUntil: 'domcontentloaded' });
        const iframe = page.locator(`iframe[data-vn-mediation-frame="${embed.id}"]`);
        const box = await iframe.evaluate((element) => ({ width: element.getBoundingClientRect().width, height: element.getBoundingClientRect().height }));
        release();
        const frame = await (await iframe.elementHandle())?.contentFrame();
        if (frame) await frame.waitForSelector('html[data-vnm-live]', { state: 'attached', timeout: 8000 }).catch(() => undefined);
        const final = await settled(async () => (await iframe.boundingBox())?.height ?? 0);
        const cls = await settled(() => page.evaluate(() => Number(Reflect.get(window, '__shifts'))));
        await page.unrouteAll();
        const expected = reservedHeightAt(heights, width - HOST_MARGINS);
        t.diagnostic(`${String(width)} px: iframe ${String(box.width)} px wide, reserved ${String(box.height)} px (data ${String(expected)}), final ${String(final)} px, CLS ${cls.toFixed(4)}`);
        if (Math.abs(box.height - expected) > 1) problems.push(`${String(width)} px: the snippet reserved ${String(box.height)} px, not the measured ${String(expected)} px`);
        if (Math.abs(box.height - final) > final * HEIGHT_TOLERANCE) problems.push(`${String(width)} px: reserved ${String(box.height)} px, final ${String(final)} px: ${RUN_MEASURE}`);
        if (cls >= MAX_CLS) problems.push(`${String(width)} px: cumulative layout shift ${cls.toFixed(4)}`);
      }
      assert.deepEqual(problems, []);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test(`${embed.id}: the script snippet’s placeholder reserves the same heights`, async (t) => {
      const heights = reservedHeightsOf(embed.id) ?? [];
      const page = await withJs.context.newPage();
      const errors = collectErrors(page);
      const problems: string[] = [];
      b.page(`/phone-script-${embed.id}.html`, hostPage(scriptSnippet(embed, `${a.origin}/`)));
      for (const width of HEIGHT_WIDTHS_TESTED) {
        await page.setViewportSize({ width, height: 900 });
        let release = (): void => undefined;
        const gate = new Promise<void>((resolve) => {
          release = resolve;
        });
        await page.route('**/loader.js', async (route) => {
          await gate;
          await route.continue();
        });
        await page.goto(`${b.origin}/phone-script-${embed.id}.html`, { waitUntil: 'domcontentloaded' });
        const placeholder = page.locator(`[data-vn-mediation-embed="${embed.id}"]`);
        const reserved = await placeholder.evaluate((element) => element.getBoundingClientRect().height);
        release();
        await page.waitForFunction((id) => document.querySelector(`[data-vn-mediation-embed="${id}"]`)?.shadowRoot?.querySelector('figure') != null, embed.id);
        const final = await settled(() => placeholder.evaluate((element) => element.getBoundingClientRect().height));
        const cls = await settled(() => page.evaluate(() => Number(Reflect.get(window, '__shifts'))));
        await page.unrouteAll();
        const expected = reservedHeightAt(heights, width - HOST_MARGINS);
        t.diagnostic(`${String(width)} px: reserved ${String(reserved)} px (data ${String(expected)}), final ${String(final)} px, CLS ${cls.toFixed(4)}`);
        if (Math.abs(reserved - expected) > 1) problems.push(`${String(width)} px: the placeholder reserved ${String(reserved)} px, not the measured ${String(expected)} px`);
      }
      assert.deepEqual(problems, []);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
