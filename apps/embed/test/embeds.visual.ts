// Visual regression test of every embed page (dist/<id>/index.html) at 320, 768 and 1200 px,
// full page, compared with the committed baselines in test/__visual__/. Run after `pnpm run
// build` (turbo does that first): `pnpm --filter @vn-mediation/embed run test:visual`;
// `pnpm test:visual:update` at the root rewrites the baselines that changed, on purpose.
//
// Each page is shot in the two states a reader meets, each of them deterministic:
// - `static`: JavaScript off, the page as built (HTML, inline SVG, CSS). No timing can change it,
//   and it is what every reader sees first and a reader without JavaScript keeps.
// - `live`: JavaScript on, once the enhancement script has made the static figure interactive
//   (`html[data-vnm-live]`) and two captures 100 ms apart agree. The script shows the controls
//   and readouts a page without JavaScript hides; shooting before it ran would catch either state.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium, startStaticServer } from '@vn-mediation/browser-testing';
import type { StaticServer, TestBrowser } from '@vn-mediation/browser-testing';
import { checkBaselineFont, checkScreenshot, describeShot, reportVisualRun, stableScreenshot, staleBaselines, visualRunFromEnv } from '@vn-mediation/browser-testing/visual';
import type { ScreenshotVerdict, Shot, VisualRun } from '@vn-mediation/browser-testing/visual';
import type { Page } from 'playwright-core';
import { collectErrors } from './collectErrors';

const BASELINE_DIR = fileURLToPath(new URL('./__visual__/', import.meta.url));
const FAILURE_DIR = fileURLToPath(new URL('../visual-failures/', import.meta.url));
/** The widths of a phone, a tablet and a desktop article column. */
const WIDTHS = [320, 768, 1200] as const;
/** JavaScript off (the page as built) or on (after the enhancement script has run). */
type EmbedState = 'static' | 'live';
/** Window height while the page loads; the shot is the full page, whatever its height. */
const WINDOW_HEIGHT = 900;

/** Reads the ids of the built embeds, failing on a manifest without the shape the build writes. */
const readEmbedIds = (manifestPath: string): string[] => {
  const parsed: unknown = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const embeds: unknown = typeof parsed === 'object' && parsed !== null && 'embeds' in parsed ? parsed.embeds : undefined;
  if (!Array.isArray(embeds)) throw new Error(`${manifestPath} has no "embeds" list: run pnpm run build first`);
  return embeds.map((embed: unknown, position) => {
    if (typeof embed !== 'object' || embed === null || !('id' in embed) || typeof embed.id !== 'string') {
      throw new Error(`Embed ${String(position)} of ${manifestPath} has no string "id": ${JSON.stringify(embed)}`);
    }
    return embed.id;
  });
};

// A snapshot of the build: a rebuild started elsewhere while the test runs cannot pull files away.
const dist = mkdtempSync(join(tmpdir(), 'vnm-embed-visual-'));
let server: StaticServer | undefined;
let withJs: TestBrowser | undefined;
let withoutJs: TestBrowser | undefined;

before(async () => {
  checkBaselineFont();
  cpSync(fileURLToPath(new URL('../dist/', import.meta.url)), dist, { recursive: true });
  rmSync(FAILURE_DIR, { recursive: true, force: true });
  server = await startStaticServer({ root: dist });
  const options = { viewport: { width: WIDTHS[0], height: WINDOW_HEIGHT }, reducedMotion: 'reduce', deviceScaleFactor: 1 } as const;
  [withJs, withoutJs] = await Promise.all([launchChromium({ ...options, javaScriptEnabled: true }), launchChromium({ ...options, javaScriptEnabled: false })]);
});

after(async () => {
  await Promise.all([withJs?.close(), withoutJs?.close()]);
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

/** Opens one embed at one width in one state and checks its full-page shot. */
const shoot = async (page: Page, origin: string, run: VisualRun, id: string, width: number, state: EmbedState): Promise<ScreenshotVerdict> => {
  const shot: Shot = { subject: `${id}--${state}`, theme: 'light', width };
  const errors = collectErrors(page);
  try {
    await page.setViewportSize({ width, height: WINDOW_HEIGHT });
    await page.goto(`${origin}/${id}/index.html`, { waitUntil: 'load' });
    if (state === 'live') await page.waitForSelector('html[data-vnm-live]', { state: 'attached', timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const screenshot = await stableScreenshot(page, { fullPage: true });
    if (errors.length > 0) return { status: 'failed', shot, message: `${describeShot(shot)}: the page reported ${errors.join('; ')}` };
    return await checkScreenshot({ shot, screenshot, baselineDir: BASELINE_DIR, failureDir: FAILURE_DIR, run });
  } catch (error) {
    return { status: 'failed', shot, message: `${describeShot(shot)}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  } finally {
    await page.close();
  }
};

test('every embed page looks as its baseline does at 320, 768 and 1200 px, static and live', async () => {
  if (!server || !withJs || !withoutJs) throw new Error('The browsers or the server did not start');
  const run = visualRunFromEnv();
  const ids = readEmbedIds(join(dist, 'manifest.json'));
  assert.ok(ids.length > 0, 'the manifest lists no embed');
  const started = Date.now();
  const verdicts: ScreenshotVerdict[] = [];
  // The two browsers work side by side, one page each, on the machine's two cores.
  const lane = async (browser: TestBrowser, state: EmbedState, origin: string): Promise<void> => {
    for (const id of ids) {
      for (const width of WIDTHS) verdicts.push(await shoot(await browser.context.newPage(), origin, run, id, width, state));
    }
  };
  await Promise.all([lane(withoutJs, 'static', server.origin), lane(withJs, 'live', server.origin)]);
  const stale = await staleBaselines(BASELINE_DIR, verdicts.map((verdict) => verdict.shot), run);
  const report = reportVisualRun(verdicts, stale, run, BASELINE_DIR);
  console.log(`${report.summary}; ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const verdict of verdicts) if (verdict.status === 'written') console.log(`wrote ${verdict.baseline} (${verdict.reason})`);
  assert.equal(report.failures.length, 0, `${String(report.failures.length)} visual failure(s):\n${report.failures.join('\n')}`);
});
