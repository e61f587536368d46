import { readFileSync } from 'node:fs';
import { launchChromium, measurePage, startStaticServer } from '@vn-mediation/browser-testing';
import type { BrowserContext, Page } from 'playwright-core';
// The embed pages' own contract: the bench presses keys where a reader would land.
import { CHART_TAB_STOP_SELECTOR } from '../../apps/embed/src/client/enhance/markup';
import { compressedBytes } from './bundleSize';
import { embedDist } from './paths';
import { median } from './timing';
import { bareBarChartGzip } from './uiBundles';

/**
 * What a recharts embed fetched with JavaScript on before the enhancement script replaced the
 * React + recharts live swap (README, measured by this bench then): the figure the budget of 25 KB
 * is set against. History, not measured in this run.
 */
export const LIVE_SWAP_GZIP_BEFORE = { recharts: '185–186 KB', timeline: '89–93 KB' } as const;

/** Bytes and requests a page fetched. */
export interface Transfer {
  /** Responses. */
  requests: number;
  /** Bytes as served. */
  raw: number;
  /** gzip -9 bytes, as a CDN would serve them. */
  gzip: number;
}

/** Bytes a reader's browser fetches to show one embed page. */
export interface EmbedCost {
  /** Embed id from the manifest. */
  id: string;
  /** JavaScript off: requests and bytes (raw and gzip as a CDN would serve them). */
  jsOff: Transfer;
  /** JavaScript on, once the reader has focused the chart and pressed an arrow key (the 25 KB budget). */
  jsOn: Transfer;
  /** JavaScript on, after a reader also changed the timeline's filter (which loads its model); null for other charts. */
  jsOnFiltered: Transfer | null;
}

/** Time to first contentful paint of one embed page, in Chromium. */
export interface FirstRender {
  /** Embed id. */
  id: string;
  /** Median first-contentful-paint over fresh loads, ms. */
  medianFcpMs: number;
  /** Loads measured. */
  runs: number;
}

/** The smallest text any embed page shows at one viewport width, JavaScript off and on. */
export interface SmallestTextAtWidth {
  /** Viewport width, CSS pixels. */
  width: number;
  /** JavaScript off: the size on screen in CSS pixels (SVG text times its scale) and the embed showing it. */
  jsOff: { size: number; id: string };
  /** JavaScript on, once the interactivity script has drawn. */
  jsOn: { size: number; id: string };
}

/** Viewport widths the smallest text is measured at: phones, a tablet, desktops. */
const READING_WIDTHS = [320, 375, 768, 1200, 1600];

interface Manifest {
  embeds: { id: string; chart: string; files: { html: string } }[];
}

function readManifest(): Manifest {
  const parsed: unknown = JSON.parse(readFileSync(`${embedDist}manifest.json`, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || !('embeds' in parsed) || !Array.isArray(parsed.embeds)) {
    throw new Error('apps/embed/dist/manifest.json has no embeds list');
  }
  const embeds = parsed.embeds.map((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null || !('id' in entry) || typeof entry.id !== 'string') throw new Error('manifest entry without id');
    const files: unknown = 'files' in entry ? entry.files : undefined;
    const html: unknown = typeof files === 'object' && files !== null ? Reflect.get(files, 'html') : undefined;
    if (typeof html !== 'string') throw new Error(`manifest entry ${entry.id} has no files.html`);
    const chart: unknown = 'chart' in entry ? entry.chart : undefined;
    if (typeof chart !== 'string') throw new Error(`manifest entry ${entry.id} has no chart`);
    return { id: entry.id, chart, files: { html } };
  });
  return { embeds };
}

/** What a reader does on the page before the bytes are counted. */
type Interaction = (page: Page) => Promise<void>;

/** Focuses the chart and moves to its next point, once the script has made it interactive. */
const focusChart: Interaction = async (page) => {
  await page.waitForSelector('html[data-vnm-live]', { state: 'attached' });
  await page.locator(CHART_TAB_STOP_SELECTOR).first().focus();
  await page.keyboard.press('ArrowDown');
};

/** Focuses the chart, then flips the timeline's first topic filter and waits for the redraw. */
const filterTimeline: Interaction = async (page) => {
  await focusChart(page);
  const count = (await page.textContent('.vnm-tl-count')) ?? '';
  await page.locator('.vnm-tl-controls input[type="checkbox"]').first().click();
  await page.waitForFunction((before) => document.querySelector('.vnm-tl-count')?.textContent !== before, count);
};

async function transferred(context: BrowserContext, url: string, interact?: Interaction): Promise<Transfer> {
  const page = await context.newPage();
  const bodies: Promise<Buffer | null>[] = [];
  page.on('response', (response) => bodies.push(response.body().catch(() => null)));
  await page.goto(url, { waitUntil: 'networkidle' });
  if (interact) {
    await interact(page);
    await page.waitForLoadState('networkidle');
  }
  await page.close();
  const buffers = (await Promise.all(bodies)).filter((body): body is Buffer => body !== null);
  return buffers.reduce(
    (sum, body) => {
      const size = compressedBytes(body);
      return { requests: sum.requests + 1, raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip };
    },
    { requests: 0, raw: 0, gzip: 0 },
  );
}

/** The smallest text over every embed page at `width`, in a browser that runs scripts or not. */
async function smallestTextAt(context: BrowserContext, origin: string, manifest: Manifest, width: number, js: boolean): Promise<{ size: number; id: string }> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  let smallest = { size: Number.POSITIVE_INFINITY, id: '' };
  for (const embed of manifest.embeds) {
    await page.goto(`${origin}/${embed.files.html}`, { waitUntil: 'load' });
    if (js) {
      // Pointing at the chart starts its script at once; then wait for it to draw, if it does.
      await page.dispatchEvent('[data-vnm-content]', 'pointerover');
      await page.waitForSelector('html[data-vnm-live]', { state: 'attached', timeout: 8000 }).catch(() => undefined);
    }
    const size = (await measurePage(page)).smallest?.size;
    if (size !== undefined && size < smallest.size) smallest = { size, id: embed.id };
  }
  await page.close();
  return smallest;
}

/**
 * Loads every embed page in Chromium with JavaScript off and on (the chart focused; for a timeline
 * also after a filter change) and counts what it fetched, beside a bare recharts + React chart, and the smallest text per width.
 */
export async function measureEmbeds(): Promise<{ pages: EmbedCost[]; firstRender: FirstRender; smallestText: SmallestTextAtWidth[]; bareRechartsGzip: number }> {
  const manifest = readManifest();
  const site = await startStaticServer({ root: embedDist });
  const viewport = { width: 800, height: 900 };
  const off = await launchChromium({ javaScriptEnabled: false, viewport });
  const on = await launchChromium({ javaScriptEnabled: true, viewport });
  try {
    const pages: EmbedCost[] = [];
    for (const embed of manifest.embeds) {
      const url = `${site.origin}/${embed.files.html}`;
      const isTimeline = embed.chart === 'timeline';
      pages.push({
        id: embed.id,
        jsOff: await transferred(off.context, url),
        jsOn: await transferred(on.context, url, focusChart),
        jsOnFiltered: isTimeline ? await transferred(on.context, url, filterTimeline) : null,
      });
    }
    const first = manifest.embeds[0];
    if (!first) throw new Error('the manifest lists no embed');
    const samples: number[] = [];
    const runs = 7;
    for (let i = 0; i < runs; i += 1) {
      const page = await on.context.newPage();
      // A fresh cache each time: a reader arriving at the page, not one coming back.
      const session = await on.context.newCDPSession(page);
      await session.send('Network.setCacheDisabled', { cacheDisabled: true });
      await page.goto(`${site.origin}/${first.files.html}`, { waitUntil: 'load' });
      // The paint entry is recorded after `load` on a fast page: wait for it rather than sample early.
      const fcp = await page
        .waitForFunction(() => performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint')?.startTime, undefined, {
          timeout: 10_000,
        })
        .then(async (handle) => (await handle.jsonValue()) ?? -1)
        .catch(() => -1);
      await page.close();
      if (fcp >= 0) samples.push(fcp);
    }
    if (samples.length === 0) throw new Error('Chromium reported no first-contentful-paint');
    const smallestText: SmallestTextAtWidth[] = [];
    for (const width of READING_WIDTHS) {
      smallestText.push({ width, jsOff: await smallestTextAt(off.context, site.origin, manifest, width, false), jsOn: await smallestTextAt(on.context, site.origin, manifest, width, true) });
    }
    return { pages, firstRender: { id: first.id, medianFcpMs: median(samples), runs: samples.length }, smallestText, bareRechartsGzip: await bareBarChartGzip() };
  } finally {
    await off.close();
    await on.close();
    await site.close();
  }
}
