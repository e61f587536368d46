// Opens every story and docs page of the static Storybook in Debian's Chromium and fails on
// anything a reader would meet as broken. Run after `pnpm build-storybook` (turbo does that
// first): `pnpm --filter @vn-mediation/storybook run test:browser`.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium, startStaticServer } from '@vn-mediation/browser-testing';
import type { StaticServer, TestBrowser } from '@vn-mediation/browser-testing';
import type { BrowserContext, Page } from 'playwright-core';
import { readStoryIndex } from './storyIndex';
import type { IndexEntry } from './storyIndex';
import { DEFAULT_VIEWPORT, ProblemLog, iframeUrl, visitEntry } from './visitEntry';

const SRC_DIR = fileURLToPath(new URL('../src/', import.meta.url));
const STATIC_DIR = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const SCREENSHOT_DIR = fileURLToPath(new URL('../screenshots/', import.meta.url));
// Two pages at once keep both cores busy (one renders while the other runs axe).
const PARALLEL_PAGES = Math.max(1, Number.parseInt(process.env.STORYBOOK_TEST_PAGES ?? '2', 10) || 2);
/** The chart story whose keyboard navigation is checked; override to point at another. */
const KEYBOARD_STORY = process.env.STORYBOOK_KEYBOARD_STORY;
/** A regular expression on the id: only matching entries are visited (while working on one chart). */
const ONLY = process.env.STORYBOOK_TEST_FILTER ? new RegExp(process.env.STORYBOOK_TEST_FILTER) : undefined;

let server: StaticServer | undefined;
let testBrowser: TestBrowser | undefined;
let entries: IndexEntry[] = [];

before(async () => {
  const indexPath = join(STATIC_DIR, 'index.json');
  if (!existsSync(indexPath)) {
    throw new Error(`${indexPath} is missing: build Storybook first (pnpm build-storybook).`);
  }
  entries = readStoryIndex(indexPath);
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await startStaticServer({ root: STATIC_DIR, immutablePrefix: '/assets/' });
  testBrowser = await launchChromium({ viewport: DEFAULT_VIEWPORT, reducedMotion: 'reduce' });
});

after(async () => {
  await testBrowser?.close();
  await server?.close();
});

const requireSetup = (): { context: BrowserContext; origin: string } => {
  if (!testBrowser || !server) throw new Error('The browser or the server did not start');
  return { context: testBrowser.context, origin: server.origin };
};

test('the static build lists every docs page and the chart stories', () => {
  const titles = new Set(entries.map((entry) => entry.title));
  for (const page of ['Introduction', 'Getting started', 'Accessibility status', 'Datasets']) {
    assert.ok(titles.has(page), `index.json has no "${page}" page`);
  }
  // `storybook build` only warns when an MDX file fails to compile, and leaves the page out.
  const indexed = new Set(entries.map((entry) => entry.importPath));
  const mdxFiles = readdirSync(SRC_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));
  const missing = mdxFiles.map((file) => `./src/${file.split('\\').join('/')}`).filter((file) => !indexed.has(file));
  assert.deepEqual(missing, [], 'these MDX pages are not in the build (see the "Unable to index" warning of storybook build)');
  assert.ok(entries.some((entry) => entry.type === 'story' && entry.importPath.includes('/packages/ui/src/')), 'no story of the ui package is in the build');
});

test('every story and docs page renders with no console error, page error, failed request, empty root or axe violation', async () => {
  const { context: browser, origin } = requireSetup();
  const selected = entries.filter((entry) => !ONLY || ONLY.test(entry.id));
  // Every Default story once more with the toolbar's dark theme: that path (a host
  // `data-vnm-theme` that charts on `theme="auto"` follow) is not the one the DarkTheme stories take.
  const queue: { entry: IndexEntry; globals?: string }[] = [
    ...selected.map((entry) => ({ entry })),
    ...selected.filter((entry) => entry.type === 'story' && entry.name === 'Default').map((entry) => ({ entry, globals: 'theme:dark' })),
  ];
  const knownIds = new Set(entries.map((entry) => entry.id));
  const failures: string[] = [];
  const timings: { id: string; ms: number }[] = [];
  const checkedLinks = new Map<string, number>();
  const started = Date.now();

  const worker = async (page: Page): Promise<void> => {
    const log = new ProblemLog(page);
    for (let visit = queue.shift(); visit; visit = queue.shift()) {
      const { entry, globals } = visit;
      const label = `${entry.id} (${entry.type}${globals ? `, globals ${globals}` : ''})`;
      const begun = Date.now();
      const problems = await visitEntry(page, log, entry, { origin, screenshotDir: SCREENSHOT_DIR, checkedLinks, knownIds, globals });
      timings.push({ id: label, ms: Date.now() - begun });
      for (const problem of problems) failures.push(`${label}: ${problem}`);
    }
  };
  const pages = await Promise.all(Array.from({ length: PARALLEL_PAGES }, () => browser.newPage()));
  await Promise.all(pages.map((page) => worker(page)));
  await Promise.all(pages.map((page) => page.close()));

  const stories = selected.filter((entry) => entry.type === 'story').length;
  const extra = timings.length - selected.length;
  console.log(`Visited ${stories} stories, ${selected.length - stories} docs pages and ${extra} stories again in the dark toolbar theme in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${SCREENSHOT_DIR}`);
  const slowest = timings.sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(`Slowest: ${slowest.map(({ id, ms }) => `${id} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
  assert.equal(failures.length, 0, `${failures.length} problem(s):\n${failures.join('\n')}`);
});

/** The focused element inside the story and what a screen reader would announce for it. */
const readFocus = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    const root = document.querySelector('#storybook-root');
    const inRoot = !!active && !!root && root.contains(active) && active !== root;
    const descendantId = active?.getAttribute('aria-activedescendant') ?? '';
    const option = descendantId ? document.getElementById(descendantId) : null;
    // Focusable things inside the focused element: a chart with one tab stop has none.
    const innerStops = active?.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])').length ?? 0;
    return {
      inRoot,
      tag: active?.tagName.toLowerCase() ?? '',
      role: active?.getAttribute('role') ?? '',
      descendantId,
      announced: option?.textContent?.trim() ?? '',
      optionInside: !!option && !!active && active.contains(option),
      innerStops,
    };
  });

/** Picks the chart story for the keyboard check: the first default story of a chart. */
const keyboardStory = (): IndexEntry | undefined => {
  const stories = entries.filter((entry) => entry.type === 'story');
  if (KEYBOARD_STORY) return stories.find((entry) => entry.id === KEYBOARD_STORY);
  return stories.find((entry) => /timeline/i.test(entry.title) && /default/i.test(entry.name)) ?? stories.find((entry) => /default/i.test(entry.name));
};

test('a chart has one tab stop and ArrowRight moves the announced point', async (t) => {
  const { context: browser, origin } = requireSetup();
  const story = keyboardStory();
  if (!story) {
    // Only possible while the ui package has no stories yet; the index test above still runs.
    t.skip('no chart story in the build yet');
    return;
  }
  const page = await browser.newPage();
  const log = new ProblemLog(page);
  try {
    await page.goto(iframeUrl(origin, story));
    await page.waitForFunction(
      (id) => {
        const finished: unknown = window.__STORYBOOK_ADDONS_CHANNEL__?.last('storyFinished')?.[0];
        return typeof finished === 'object' && finished !== null && 'storyId' in finished && finished.storyId === id;
      },
      story.id,
      { timeout: 20_000 },
    );
    // Tab through the story (filters may come first) until focus reaches the plot's tab stop.
    let first = await readFocus(page);
    for (let presses = 0; presses < 20 && !(first.inRoot && (first.role === 'listbox' || first.descendantId)); presses += 1) {
      await page.keyboard.press('Tab');
      first = await readFocus(page);
    }
    assert.ok(first.inRoot, `Tab never reached the chart's points in ${story.id}; focus is on <${first.tag}>`);
    assert.equal(first.innerStops, 0, `the focused element of ${story.id} holds ${first.innerStops} more tab stops: the chart should be one`);
    assert.ok(first.descendantId, `the focused element of ${story.id} names no active point (aria-activedescendant)`);
    assert.ok(first.optionInside, `the active point of ${story.id} is not inside the focused element, so it is not announced`);
    assert.ok(first.announced, `the active point of ${story.id} has no text to announce`);

    await page.keyboard.press('ArrowRight');
    const moved = await readFocus(page);
    assert.ok(moved.inRoot, `ArrowRight moved focus out of ${story.id}`);
    assert.notEqual(moved.descendantId, first.descendantId, `ArrowRight did not move the active point of ${story.id}`);
    assert.notEqual(moved.announced, first.announced, `ArrowRight moved to a point announced with the same words ("${first.announced}")`);

    await page.keyboard.press('ArrowLeft');
    const back = await readFocus(page);
    assert.equal(back.descendantId, first.descendantId, `ArrowLeft did not return to the first point of ${story.id}`);
    assert.deepEqual(log.problems, [], `${story.id} logged problems during the keyboard test`);
  } finally {
    await page.close();
  }
});

test('the datasets page copies a record’s citation in the chosen format, and shows it selected where there is no clipboard', async () => {
  const { context: browser, origin } = requireSetup();
  const docs = entries.find((entry) => entry.title === 'Datasets' && entry.type === 'docs');
  assert.ok(docs, 'index.json has no Datasets docs page');
  await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await browser.newPage();
  const log = new ProblemLog(page);
  try {
    await page.goto(iframeUrl(origin, docs));
    const group = page.getByRole('group', { name: 'Cite pko/officers-sent', exact: true });
    await group.getByRole('combobox', { name: 'Format of the citation of pko/officers-sent' }).selectOption('bibtex');
    await group.getByRole('button', { name: 'Copy citation of pko/officers-sent' }).click();
    await group.getByRole('status').filter({ hasText: 'Copied the BibTeX citation of pko/officers-sent.' }).waitFor({ timeout: 10_000 });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /^@techreport\{iseas-2021-6:pko\/officers-sent,\n/, 'the clipboard does not hold the BibTeX entry of pko/officers-sent');
    assert.ok(copied.includes('43 officers'), 'the copied citation does not quote the record');
    assert.deepEqual(log.problems, [], 'the datasets page logged problems while copying a citation');
  } finally {
    await page.close();
  }

  // Outside a secure context `navigator.clipboard` is undefined; the citation must still be reachable.
  const bare = await browser.newPage();
  try {
    await bare.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    });
    await bare.goto(iframeUrl(origin, docs));
    const reference = 'timeline/north-korean-nationals-banned-2016-07';
    const group = bare.getByRole('group', { name: `Cite ${reference}`, exact: true });
    await group.getByRole('button', { name: `Copy citation of ${reference}` }).click();
    await group.getByRole('status').filter({ hasText: 'Copying is not available here' }).waitFor({ timeout: 10_000 });
    const box = group.getByRole('textbox', { name: `APA citation of ${reference}` });
    assert.match(await box.inputValue(), /^Ramani, S\. \(2016\)\. Can Vietnam help mediate with North Korea\?/);
    const selected = await bare.evaluate(() => {
      const active = document.activeElement;
      return active instanceof HTMLTextAreaElement ? active.value.slice(active.selectionStart, active.selectionEnd) : '';
    });
    assert.equal(selected, await box.inputValue(), 'the fallback box is not focused with its whole citation selected');
  } finally {
    await bare.close();
  }
});
