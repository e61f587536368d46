import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { IndexEntry } from './storyIndex';

// What the test reads from Storybook's preview runtime inside the page. Both globals are set by
// Storybook itself (`storybook/internal/channels` and the preview's web renderer).
declare global {
  interface Window {
    __STORYBOOK_ADDONS_CHANNEL__?: { last: (event: string) => unknown[] | undefined };
    __STORYBOOK_PREVIEW__?: {
      storyRenders: { id: string; phase?: string }[];
      currentRender?: { story?: { storyGlobals?: Record<string, unknown>; parameters?: Record<string, unknown> } };
    };
  }
}

/** The window size every page opens at; stories that ask for a viewport get theirs. */
export const DEFAULT_VIEWPORT = { width: 1280, height: 800 } as const;

/** How long one story or docs page may take to render before it counts as broken. */
const RENDER_TIMEOUT_MS = 45_000;

/** Where the story's root (or the docs container) lives in `iframe.html`. */
const rootSelector = (entry: IndexEntry): string => (entry.type === 'story' ? '#storybook-root' : '#storybook-docs');

/**
 * Builds the address of an entry in the static build's preview frame; `globals` (Storybook's URL
 * form, e.g. `theme:dark`) sets toolbar globals the way a reader's toolbar choice would.
 */
export const iframeUrl = (origin: string, entry: IndexEntry, globals?: string): string =>
  `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${entry.type}${globals ? `&globals=${globals}` : ''}`;

// The a11y addon would run axe inside the page after every story, and then this test runs it
// again: the same engine on the same DOM (the test covers what the addon covers, see `axeScan`),
// so the addon's automatic run is switched off here to halve the time. Readers keep it.
export const ADDON_AXE_OFF = 'a11y.manual:!true';

/** Collects everything a page reports that means "broken", while a given entry is open. */
export class ProblemLog {
  #problems: string[] = [];
  #leaving = false;

  constructor(page: Page) {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const { url } = message.location();
      // Chromium asks for /favicon.ico because the test opens iframe.html as a top-level page;
      // readers only ever see it inside the manager, which has its own icon.
      if (new URL(url || 'about:blank').pathname === '/favicon.ico') return;
      this.#problems.push(`console error: ${message.text()}${url ? ` (at ${url})` : ''}`);
    });
    page.on('pageerror', (error) => this.#problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? 'unknown reason';
      // Leaving a page cancels what it still had in flight; that is the test's doing, not the page's.
      if (this.#leaving && reason === 'net::ERR_ABORTED') return;
      this.#problems.push(`failed request: ${request.url()} (${reason})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) this.#problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
  }

  /** Starts a fresh log for the next entry. */
  start(): void {
    this.#problems = [];
    this.#leaving = false;
  }

  /** Marks that the test is navigating away, so cancelled requests are not blamed on the page. */
  leave(): void {
    this.#leaving = true;
  }

  /** Adds a problem the test itself found. */
  add(problem: string): void {
    this.#problems.push(problem);
  }

  /** Everything logged since `start()`. */
  get problems(): readonly string[] {
    return this.#problems;
  }
}

/** What {@link waitForRender} found: the entry rendered (with Storybook's status), or its error display. */
export type RenderOutcome = { kind: 'rendered'; storyStatus?: string; reporters?: string } | { kind: 'error'; message: string };

/**
 * Waits until Storybook says the entry is done: for a story, the `storyFinished` event (sent after
 * render, play function and the a11y addon's own axe run); for a docs page, `docsRendered` and
 * every story embedded in it finished. Storybook keeps the last payload of each event on its
 * channel, so polling it needs no listener installed before the page loads.
 */
export const waitForRender = async (page: Page, entry: IndexEntry): Promise<RenderOutcome> => {
  const handle = await page.waitForFunction(
    ({ id, type }) => {
      if (document.body.classList.contains('sb-show-errordisplay')) {
        const message = document.querySelector('#error-message')?.textContent ?? '';
        const stack = document.querySelector('#error-stack')?.textContent ?? '';
        return { kind: 'error', message: `${message} ${stack}`.trim().slice(0, 600) || 'Storybook showed its error display' };
      }
      const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
      const preview = window.__STORYBOOK_PREVIEW__;
      if (!channel || !preview) return false;
      if (type === 'story') {
        const finished: unknown = channel.last('storyFinished')?.[0];
        if (typeof finished !== 'object' || finished === null || !('storyId' in finished) || finished.storyId !== id) return false;
        const status = 'status' in finished && typeof finished.status === 'string' ? finished.status : undefined;
        // One line per report, e.g. "a11y failed: button-name, color-contrast".
        const reports: unknown[] = 'reporters' in finished && Array.isArray(finished.reporters) ? finished.reporters : [];
        const reporters = reports
          .map((report) => {
            if (typeof report !== 'object' || report === null) return 'unreadable report';
            const kind = 'type' in report ? String(report.type) : 'report';
            const state = 'status' in report ? String(report.status) : '';
            const result: unknown = 'result' in report ? report.result : undefined;
            const violations: unknown = typeof result === 'object' && result !== null && 'violations' in result ? result.violations : undefined;
            const ids = Array.isArray(violations)
              ? violations.map((violation: unknown) => (typeof violation === 'object' && violation !== null && 'id' in violation ? String(violation.id) : '?'))
              : [];
            return `${kind} ${state}${ids.length > 0 ? `: ${ids.join(', ')}` : ''}`;
          })
          .join('; ');
        return { kind: 'rendered', storyStatus: status, reporters };
      }
      if (channel.last('docsRendered')?.[0] !== id) return false;
      const settled = preview.storyRenders.every((render) => ['finished', 'errored', 'aborted'].includes(render.phase ?? ''));
      return settled ? { kind: 'rendered' } : false;
    },
    { id: entry.id, type: entry.type },
    { timeout: RENDER_TIMEOUT_MS, polling: 50 },
  );
  const outcome: unknown = await handle.jsonValue();
  if (typeof outcome === 'object' && outcome !== null && 'kind' in outcome) {
    if (outcome.kind === 'error' && 'message' in outcome && typeof outcome.message === 'string') {
      return { kind: 'error', message: outcome.message };
    }
    const storyStatus = 'storyStatus' in outcome && typeof outcome.storyStatus === 'string' ? outcome.storyStatus : undefined;
    const reporters = 'reporters' in outcome && typeof outcome.reporters === 'string' ? outcome.reporters : undefined;
    return { kind: 'rendered', storyStatus, reporters };
  }
  return { kind: 'error', message: `unexpected render outcome ${JSON.stringify(outcome)}` };
};

/** Lets charts that measure their container (ResizeObserver, then a React render) settle. */
export const settle = (page: Page): Promise<void> =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)));
      }),
  );

/** The viewport a story asks for through `globals.viewport`, looked up in its viewport options. */
export const requestedViewport = (page: Page): Promise<{ width: number; height: number } | null> =>
  page.evaluate(() => {
    const story = window.__STORYBOOK_PREVIEW__?.currentRender?.story;
    const global: unknown = story?.storyGlobals?.viewport;
    const key = typeof global === 'string' ? global : typeof global === 'object' && global !== null && 'value' in global ? global.value : undefined;
    if (typeof key !== 'string') return null;
    const parameter: unknown = story?.parameters?.viewport;
    const options: unknown = typeof parameter === 'object' && parameter !== null && 'options' in parameter ? parameter.options : undefined;
    const option: unknown = typeof options === 'object' && options !== null ? Reflect.get(options, key) : undefined;
    const styles: unknown = typeof option === 'object' && option !== null && 'styles' in option ? option.styles : undefined;
    if (typeof styles !== 'object' || styles === null || !('width' in styles) || !('height' in styles)) return null;
    const width = Number.parseInt(String(styles.width), 10);
    const height = Number.parseInt(String(styles.height), 10);
    return Number.isFinite(width) && Number.isFinite(height) ? { width, height } : null;
  });

/** What a rendered root contains: enough to tell an empty render from a real one. */
const describeRoot = (page: Page, selector: string): Promise<{ elements: number; text: number; height: number; width: number }> =>
  page.evaluate((rootSelector) => {
    const root = document.querySelector(rootSelector);
    if (!root) return { elements: 0, text: 0, height: 0, width: 0 };
    const box = root.getBoundingClientRect();
    return {
      elements: root.querySelectorAll('*').length,
      text: (root.textContent ?? '').trim().length + root.querySelectorAll('svg, img, canvas').length,
      height: box.height,
      width: box.width,
    };
  }, selector);

/**
 * axe over what the entry renders. A story is checked on the whole page minus Storybook's own
 * placeholders (the a11y addon's context), so content a component portals out of its root is
 * covered too; a docs page on its container. "region" (all content in landmarks) is off for
 * stories, as the addon does: right for a page, wrong for one component.
 */
const axeScan = (page: Page, entry: IndexEntry): AxeBuilder =>
  entry.type === 'story'
    ? new AxeBuilder({ page }).include('body').exclude('.sb-wrapper').exclude('#storybook-docs').exclude('#storybook-highlights-root').disableRules(['region'])
    : new AxeBuilder({ page }).include('#storybook-docs');

// react-docgen-typescript reports every documented export as a component, and the docgen plugin
// then sets these two properties on it. Spread into a story's `argTypes`, such an object once put
// both in the props table as controls; no chart has a prop by either name.
const DOCGEN_PROPERTIES: readonly string[] = ['__docgenInfo', 'displayName'];

/** The row names of every props table on a docs page (a required prop's trailing asterisk dropped). */
const propsTableRows = (page: Page, selector: string): Promise<string[]> =>
  page.evaluate((rootSelector) => {
    const cells = document.querySelectorAll(`${rootSelector} .docblock-argstable tbody tr > td:first-child`);
    return [...cells].map((cell) => (cell.textContent ?? '').trim().replace(/\*$/, ''));
  }, selector);

/**
 * What is wrong with the props table of a docs page: a component's page without one (which would
 * also make the check below pass for nothing), or a row that is one of docgen's own properties.
 */
const propsTableProblems = async (page: Page, entry: IndexEntry, selector: string): Promise<string[]> => {
  const rows = await propsTableRows(page, selector);
  const problems = rows.filter((name) => DOCGEN_PROPERTIES.includes(name)).map((name) => `the props table lists "${name}", a property docgen sets, as a prop`);
  // Component docs pages are generated from the ui package's stories; the MDX pages have no props table.
  if (entry.importPath.includes('/packages/ui/src/') && rows.length === 0) problems.push('the component docs page shows no props table');
  return problems;
};

/** Options for one visit. */
export interface VisitOptions {
  /** Server origin of the static build. */
  origin: string;
  /** Folder for story screenshots; docs pages are not captured. */
  screenshotDir: string;
  /** Status of every same-origin link already checked, shared across visits. */
  checkedLinks: Map<string, number>;
  /** Every id in the index, so a `?path=/docs/<id>` link to a page that does not exist is caught. */
  knownIds: ReadonlySet<string>;
  /** Toolbar globals to open the entry with (`theme:dark`); the screenshot name carries them. */
  globals?: string;
}

/**
 * Requests every same-origin link in the rendered root (data files, embed pages) and reports the
 * ones that do not answer 2xx/3xx: a docs page that links to a missing JSON file is broken too.
 */
const brokenLinks = async (page: Page, selector: string, checked: Map<string, number>, knownIds: ReadonlySet<string>): Promise<string[]> => {
  const hrefs = await page.evaluate((rootSelector) => {
    const root = document.querySelector(rootSelector);
    return [...(root?.querySelectorAll('a[href]') ?? [])].map((anchor) => (anchor instanceof HTMLAnchorElement ? anchor.href : ''));
  }, selector);
  const origin = new URL(page.url()).origin;
  const broken: string[] = [];
  for (const href of new Set(hrefs)) {
    if (!href.startsWith(`${origin}/`)) continue;
    // Storybook's own links (`?path=/docs/<id>`) always load; what can break is the id.
    const target = /^\/(?:docs|story)\/([^&#]+)/.exec(new URL(href).searchParams.get('path') ?? '')?.[1];
    if (target !== undefined && !knownIds.has(target)) {
      broken.push(`broken link: ${href} points to "${target}", which is not in the index`);
      continue;
    }
    const url = href.split('#')[0] ?? href;
    let status = checked.get(url);
    if (status === undefined) {
      status = (await page.request.get(url, { maxRedirects: 0 })).status();
      checked.set(url, status);
    }
    if (status >= 400) broken.push(`broken link: ${url} answers HTTP ${status}`);
  }
  return broken;
};

/**
 * Opens one entry and returns every problem found: console errors, page errors, failed requests,
 * Storybook's error display, an empty render, a story Storybook itself marked as failed (the a11y
 * addon, set to `error`, does so on any violation), and axe violations in the rendered root.
 */
export const visitEntry = async (page: Page, log: ProblemLog, entry: IndexEntry, options: VisitOptions): Promise<readonly string[]> => {
  log.start();
  const selector = rootSelector(entry);
  try {
    const globals = [ADDON_AXE_OFF, options.globals].filter(Boolean).join(';');
    await page.goto(iframeUrl(options.origin, entry, globals), { waitUntil: 'load' });
    const outcome = await waitForRender(page, entry);
    if (outcome.kind === 'error') {
      log.add(`Storybook error display: ${outcome.message}`);
    } else {
      if (outcome.storyStatus !== undefined && outcome.storyStatus !== 'success') {
        log.add(`Storybook finished the story with status "${outcome.storyStatus}"; reports: ${outcome.reporters || 'none'}`);
      }
      if (entry.type === 'story') {
        const viewport = await requestedViewport(page);
        if (viewport) await page.setViewportSize(viewport);
      }
      await settle(page);
      const root = await describeRoot(page, selector);
      if (root.elements === 0 || root.text === 0 || root.height < 1 || root.width < 1) {
        log.add(`empty render: ${selector} holds ${root.elements} elements, ${root.text} characters/graphics, ${Math.round(root.width)}x${Math.round(root.height)} px`);
      }
      const axe = await axeScan(page, entry).analyze();
      for (const violation of axe.violations) {
        const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ');
        log.add(`axe ${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} [${violation.nodes.length} node(s): ${targets}]`);
      }
      for (const problem of await brokenLinks(page, selector, options.checkedLinks, options.knownIds)) log.add(problem);
      if (entry.type === 'docs') {
        for (const problem of await propsTableProblems(page, entry, selector)) log.add(problem);
      }
      if (entry.type === 'story') {
        const suffix = options.globals ? `--${options.globals.replace(/[^a-z0-9]+/gi, '-')}` : '';
        await page.screenshot({ path: join(options.screenshotDir, `${entry.id}${suffix}.png`), fullPage: true });
      }
    }
  } catch (error) {
    log.add(`did not finish: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    log.leave();
    await page.goto('about:blank').catch(() => undefined);
    await page.setViewportSize(DEFAULT_VIEWPORT);
  }
  return [...log.problems];
};
