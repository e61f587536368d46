// Visual regression test of every story, in the light and the dark toolbar theme: each story's
// root, cropped to what it draws, at 1x, is compared with its committed baseline in
// test/__visual__/. Run after `pnpm build-storybook` (turbo does that first):
// `pnpm --filter @vn-mediation/storybook run test:visual`; `pnpm test:visual:update` at the root
// rewrites the baselines that changed, on purpose.
import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium, startStaticServer } from '@vn-mediation/browser-testing';
import type { StaticServer, TestBrowser } from '@vn-mediation/browser-testing';
import { checkBaselineFont, checkScreenshot, describeShot, reportVisualRun, stableScreenshot, staleBaselines, visualRunFromEnv } from '@vn-mediation/browser-testing/visual';
import type { ScreenshotVerdict, Shot, VisualRun } from '@vn-mediation/browser-testing/visual';
import type { Page } from 'playwright-core';
import { readStoryIndex } from './storyIndex';
import type { IndexEntry } from './storyIndex';
import { ADDON_AXE_OFF, DEFAULT_VIEWPORT, iframeUrl, requestedViewport, settle, waitForRender } from './visitEntry';

const STATIC_DIR = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const BASELINE_DIR = fileURLToPath(new URL('./__visual__/', import.meta.url));
const FAILURE_DIR = fileURLToPath(new URL('../visual-failures/', import.meta.url));
const PARALLEL_PAGES = Math.max(1, Number.parseInt(process.env.STORYBOOK_TEST_PAGES ?? '2', 10) || 2);
/** A regular expression on the id: only matching stories are shot (stale baselines are then not checked). */
const ONLY = process.env.STORYBOOK_TEST_FILTER ? new RegExp(process.env.STORYBOOK_TEST_FILTER) : undefined;
const THEMES = ['light', 'dark'] as const;

let server: StaticServer | undefined;
let testBrowser: TestBrowser | undefined;

before(async () => {
  checkBaselineFont();
  if (!existsSync(join(STATIC_DIR, 'index.json'))) {
    throw new Error(`${STATIC_DIR}index.json is missing: build Storybook first (pnpm build-storybook).`);
  }
  rmSync(FAILURE_DIR, { recursive: true, force: true });
  server = await startStaticServer({ root: STATIC_DIR, immutablePrefix: '/assets/' });
  // 1x and reduced motion: the charts then draw without animation and the PNGs stay small.
  testBrowser = await launchChromium({ viewport: DEFAULT_VIEWPORT, reducedMotion: 'reduce', deviceScaleFactor: 1 });
});

after(async () => {
  await testBrowser?.close();
  await server?.close();
});

/**
 * The box the story draws in: the theme decorator's wrapper is at least as tall as the window, so
 * the crop ends at the bottom of its last child plus the wrapper's own padding, which keeps the
 * baseline free of empty canvas while a chart that grows or shrinks still changes its height.
 */
const storyBox = (page: Page): Promise<{ x: number; y: number; width: number; height: number } | string> =>
  page.evaluate(() => {
    const wrapper = document.querySelector('#storybook-root')?.firstElementChild;
    if (!wrapper || wrapper.children.length === 0) return '#storybook-root holds no story';
    const box = wrapper.getBoundingClientRect();
    const bottom = Math.max(...[...wrapper.children].map((child) => child.getBoundingClientRect().bottom));
    const padding = Number.parseFloat(getComputedStyle(wrapper).paddingBottom) || 0;
    return {
      x: Math.floor(box.left + window.scrollX),
      y: Math.floor(box.top + window.scrollY),
      width: Math.ceil(Math.max(box.width, wrapper.scrollWidth)),
      height: Math.ceil(bottom + padding - box.top),
    };
  });

/** Opens one story in one toolbar theme, waits until it is drawn and still, and checks its shot. */
const shoot = async (page: Page, origin: string, run: VisualRun, entry: IndexEntry, theme: (typeof THEMES)[number]): Promise<ScreenshotVerdict> => {
  try {
    await page.setViewportSize(DEFAULT_VIEWPORT);
    await page.goto(iframeUrl(origin, entry, `${ADDON_AXE_OFF};theme:${theme}`), { waitUntil: 'load' });
    const outcome = await waitForRender(page, entry);
    const viewport = (await requestedViewport(page)) ?? DEFAULT_VIEWPORT;
    const shot: Shot = { subject: entry.id, theme, width: viewport.width };
    if (outcome.kind === 'error') return { status: 'failed', shot, message: `${describeShot(shot)}: Storybook error display: ${outcome.message}` };
    await page.setViewportSize(viewport);
    await settle(page);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const clip = await storyBox(page);
    if (typeof clip === 'string') return { status: 'failed', shot, message: `${describeShot(shot)}: ${clip}` };
    const screenshot = await stableScreenshot(page, { clip, fullPage: true });
    return await checkScreenshot({ shot, screenshot, baselineDir: BASELINE_DIR, failureDir: FAILURE_DIR, run });
  } catch (error) {
    const shot: Shot = { subject: entry.id, theme, width: page.viewportSize()?.width ?? DEFAULT_VIEWPORT.width };
    return { status: 'failed', shot, message: `${describeShot(shot)}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  } finally {
    await page.goto('about:blank').catch(() => undefined);
  }
};

test('every story looks as its baseline does, in the light and the dark theme', async () => {
  if (!testBrowser || !server) throw new Error('The browser or the server did not start');
  const { context } = testBrowser;
  const { origin } = server;
  const run = visualRunFromEnv();
  const stories = readStoryIndex(join(STATIC_DIR, 'index.json')).filter((entry) => entry.type === 'story' && (!ONLY || ONLY.test(entry.id)));
  assert.ok(stories.length > 0, 'no story to shoot');
  const queue = stories.flatMap((entry) => THEMES.map((theme) => ({ entry, theme })));
  const verdicts: ScreenshotVerdict[] = [];
  const started = Date.now();
  const worker = async (page: Page): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) verdicts.push(await shoot(page, origin, run, next.entry, next.theme));
  };
  const pages = await Promise.all(Array.from({ length: PARALLEL_PAGES }, () => context.newPage()));
  await Promise.all(pages.map((page) => worker(page)));
  await Promise.all(pages.map((page) => page.close()));
  const stale = ONLY ? [] : await staleBaselines(BASELINE_DIR, verdicts.map((verdict) => verdict.shot), run);
  const report = reportVisualRun(verdicts, stale, run, BASELINE_DIR);
  console.log(`${report.summary}; ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const verdict of verdicts) if (verdict.status === 'written') console.log(`wrote ${verdict.baseline} (${verdict.reason})`);
  assert.equal(report.failures.length, 0, `${String(report.failures.length)} visual failure(s):\n${report.failures.join('\n')}`);
});
