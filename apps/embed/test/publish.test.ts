// Browser tests of the folder a journalist publishes, served as the static host serves it (its
// `_headers` applied by the test server): the pages pass their CSP; the snippets of a manifest
// built with EMBED_BASE_URL work pasted into a page of another origin; a tampered embed page runs
// nothing in the host, through the iframe or the script embed; the loader mounts placeholders
// added later, fetches each page once, and its download links leave the article where it is.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { launchChromium, settled, startStaticServer } from '@vn-mediation/browser-testing';
import type { StaticServer, TestBrowser } from '@vn-mediation/browser-testing';
import { headersFor, parseHeaders } from '../src/publish/headers';
import type { HeaderRule } from '../src/publish/headers';
import { iframeSnippet, scriptSnippet } from '../src/snippets';
import { collectErrors } from './collectErrors';
import { TAMPERED_ID } from './fixtures/hostile';

interface Published {
  id: string;
  title: string;
  files: { html: string };
  snippets: { iframe: string; script: string };
}

/** A static origin serving `folder` with the `_headers` the build wrote there, read once it exists. */
async function staticHost(folder: string): Promise<{ server: StaticServer; load: () => void }> {
  let rules: HeaderRule[] = [];
  const server = await startStaticServer({ root: folder, headersFor: (pathname) => Object.fromEntries(headersFor(rules, pathname)) });
  return { server, load: () => (rules = parseHeaders(readFileSync(join(folder, '_headers'), 'utf8'))) };
}

function hostPage(body: string, htmlAttributes = ''): string {
  return `<!doctype html><html lang="en"${htmlAttributes}><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host article</title></head><body><main><h1>Host article</h1>${body}</main></body></html>`;
}

const builtDist = mkdtempSync(join(tmpdir(), 'vnm-publish-dist-'));
cpSync(fileURLToPath(new URL('../dist/', import.meta.url)), builtDist, { recursive: true });
const builtManifest = JSON.parse(readFileSync(join(builtDist, 'manifest.json'), 'utf8')) as { embeds: Published[] };
const publishedDist = mkdtempSync(join(tmpdir(), 'vnm-published-'));
const hostileDist = mkdtempSync(join(tmpdir(), 'vnm-tampered-'));

let built: StaticServer;
let published: StaticServer;
let hostile: StaticServer;
let article: StaticServer;
let browser: TestBrowser;
let embeds: Published[] = [];

before(async () => {
  const [builtHost, publishedHost] = await Promise.all([staticHost(builtDist), staticHost(publishedDist)]);
  builtHost.load();
  [built, published] = [builtHost.server, publishedHost.server];
  // The tampered folder is served without its _headers, as by a host that lost them: its CSP
  // would block the payloads in its own frame, and the sandbox is what must hold then.
  hostile = await startStaticServer({ root: hostileDist, cors: true });
  // The folder's address is the origin it is served from: known only once the server listens.
  const script = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
  execFileSync(process.execPath, ['--import', 'tsx', script('buildPublished.ts'), publishedDist, `${published.origin}/`], { stdio: 'inherit' });
  execFileSync(process.execPath, ['--import', 'tsx', script('buildHostile.ts'), hostileDist, `${hostile.origin}/`], { stdio: 'inherit' });
  publishedHost.load();
  embeds = (JSON.parse(readFileSync(join(publishedDist, 'manifest.json'), 'utf8')) as { embeds: Published[] }).embeds;
  article = await startStaticServer();
  browser = await launchChromium({ javaScriptEnabled: true, viewport: { width: 800, height: 900 } });
});

after(async () => {
  await browser.close();
  await Promise.all([built.close(), published.close(), hostile.close(), article.close()]);
  for (const folder of [builtDist, publishedDist, hostileDist]) rmSync(folder, { recursive: true, force: true });
});

/** Records CSP violations of the page and its frames (in the page's own world, before any script). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Reflect.set(window, '__cspViolations', seen);
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return async () => {
    const inPages = await Promise.all(
      page.frames().map((frame) => frame.evaluate(() => {
        const seen: unknown = Reflect.get(window, '__cspViolations');
        return Array.isArray(seen) ? seen.map(String) : [];
      })),
    );
    return [...violations, ...inPages.flat()];
  };
}

function backgroundOf(target: Page | Frame, selector = 'figure'): Promise<string> {
  return target.$eval(selector, (element) => getComputedStyle(element).backgroundColor);
}

describe('the pages under their _headers', () => {
  test('the test server sends what _headers says: CSP, nosniff, one Cache-Control, CORS', async () => {
    const page = await browser.context.newPage();
    const first = builtManifest.embeds[0];
    assert.ok(first);
    const response = await page.goto(`${built.origin}/${first.files.html}`);
    const headers = response?.headers() ?? {};
    assert.match(headers['content-security-policy'] ?? '', /script-src 'self' 'sha256-/);
    assert.equal(headers['x-content-type-options'], 'nosniff');
    assert.equal(headers['cache-control'], 'public, max-age=300');
    assert.equal(headers['access-control-allow-origin'], '*');
    await page.close();
  });

  for (const embed of builtManifest.embeds) {
    test(`${embed.id}: loads, becomes interactive and is used without one CSP violation`, async () => {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      const violations = await watchCsp(page);
      await page.goto(`${built.origin}/${embed.files.html}`, { waitUntil: 'load' });
      // Whatever the page loads on interaction (its interactivity script and chunks) loads now.
      await page.locator('figure').first().hover();
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowRight');
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await violations(), []);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});

describe('snippets from manifest.json on a page of another origin', () => {
  test('the manifest was built for the embed server’s address', () => {
    assert.ok(embeds.length === 2);
    for (const embed of embeds) assert.ok(embed.snippets.iframe.includes(`src="${published.origin}/${embed.id}/index.html`), embed.id);
  });

  test('the iframe snippets render, take their content’s height and follow the theme the host forces', async () => {
    for (const embed of embeds) {
      const reference = await browser.context.newPage();
      // Read once the page is settled: the interactivity script may still be replacing the figure.
      await reference.goto(`${published.origin}/${embed.files.html}?theme=dark`, { waitUntil: 'networkidle' });
      const dark = await settled(() => backgroundOf(reference));
      await reference.goto(`${published.origin}/${embed.files.html}?theme=light`, { waitUntil: 'networkidle' });
      const light = await settled(() => backgroundOf(reference));
      assert.ok(dark !== '' && light !== '', 'the reference pages have a figure background');
      await reference.close();
      assert.notEqual(dark, light);

      article.page(`/iframe-${embed.id}.html`, hostPage(embed.snippets.iframe));
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${article.origin}/iframe-${embed.id}.html`);
      const handle = await page.waitForSelector(`iframe[data-vn-mediation-frame="${embed.id}"]`);
      const frame = await handle.contentFrame();
      assert.ok(frame);
      await frame.waitForSelector('figure .vnm-title');
      assert.equal((await frame.textContent('figure .vnm-title'))?.trim(), embed.title);
      const outer = await settled(async () => (await handle.boundingBox())?.height ?? 0);
      const inner = await frame.evaluate(() => document.body.getBoundingClientRect().height);
      assert.ok(Math.abs(outer - inner) <= 2, `${embed.id}: iframe ${String(outer)}px for ${String(inner)}px of content`);
      assert.equal(await backgroundOf(frame), light);
      await page.evaluate(() => document.documentElement.setAttribute('data-vnm-theme', 'dark'));
      await frame.waitForFunction((expected) => {
        const figure = document.querySelector('figure');
        return figure !== null && getComputedStyle(figure).backgroundColor === expected;
      }, dark);
      assert.deepEqual(errors, []);
      await page.close();
    }
  });

  test('the script snippets render in the article and follow the theme the host forces', async () => {
    for (const embed of embeds) {
      article.page(`/script-${embed.id}.html`, hostPage(embed.snippets.script));
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${article.origin}/script-${embed.id}.html`);
      const figure = '[data-vn-mediation-embed] figure';
      await page.waitForSelector(`${figure} .vnm-title`);
      assert.equal((await page.textContent(`${figure} .vnm-title`))?.trim(), embed.title);
      const light = await backgroundOf(page, figure);
      await page.evaluate(() => document.documentElement.setAttribute('data-vnm-theme', 'dark'));
      await page.waitForFunction((before) => {
        const element = document.querySelector('[data-vn-mediation-embed]')?.shadowRoot?.querySelector('figure');
        return element !== null && element !== undefined && getComputedStyle(element).backgroundColor !== before;
      }, light);
      assert.deepEqual(errors, []);
      await page.close();
    }
  });
});

describe('a tampered embed page', () => {
  const target = { id: TAMPERED_ID, title: 'Tampered', reservedHeight: 400 };

  /** Opens `html` on the article's origin, failing on a dialog, and returns what the host saw. */
  async function openArticle(path: string, html: string): Promise<{ page: Page; dialogs: string[] }> {
    article.page(path, html);
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${article.origin}${path}`);
    return { page, dialogs };
  }

  test('in the script embed, none of its payloads runs in the host page, even when clicked', async () => {
    const { page, dialogs } = await openArticle('/tampered-script.html', hostPage(scriptSnippet(target, `${hostile.origin}/`)));
    await page.waitForSelector('[data-vn-mediation-embed] figure');
    // Give animations, autofocus and SVG animation time to fire.
    await page.waitForTimeout(1200);
    const flag = (): Promise<unknown> => page.evaluate(() => Reflect.get(window, '__pwned'));
    assert.equal(await flag(), undefined, 'no payload ran on its own');
    // A reload (a form submitted to the page itself) would also wipe the flag: count navigations.
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });
    // A link out of the embed opens a new tab: close it, the article is what is checked.
    page.on('popup', (opened) => void opened.close());
    const ids = await page.$$eval('[data-vn-mediation-embed]', (hosts) =>
      hosts.flatMap((host) => Array.from(host.shadowRoot?.querySelectorAll('[id^="vnm-hostile-"]') ?? []).map((element) => element.id)),
    );
    assert.ok(ids.length >= 4, `${String(ids.length)} payloads left to click`);
    for (const id of ids) {
      await page.locator(`[data-vn-mediation-embed] #${id}`).click({ timeout: 2000 }).catch(() => undefined);
      await page.waitForTimeout(200);
      assert.equal(await flag(), undefined, `clicking ${id} ran nothing`);
      assert.deepEqual(navigations, [], `clicking ${id} did not navigate or reload the article`);
    }
    assert.deepEqual(dialogs, [], 'no dialog opened');
    assert.equal(page.url(), `${article.origin}/tampered-script.html`, 'the article was not navigated');
    const left = await page.evaluate(() => {
      const root = document.querySelector('[data-vn-mediation-embed]')?.shadowRoot;
      if (!root) return ['no shadow root'];
      const elements = Array.from(root.querySelectorAll('*'));
      return [
        ...elements.flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on') || name === 'formaction' || name === 'action' || name === 'autofocus').map((name) => `${element.localName}[${name}]`)),
        ...elements.filter((element) => ['script', 'iframe', 'form', 'animate', 'set'].includes(element.localName)).map((element) => element.localName),
        ...elements.filter((element) => /javascript:/i.test(`${element.getAttribute('href') ?? ''}${element.getAttribute('xlink:href') ?? ''}`)).map((element) => `${element.localName} javascript: link`),
      ];
    });
    assert.deepEqual(left, [], 'the sanitizer removed every payload');
    assert.equal(await page.locator('[data-vn-mediation-embed] figure .vnm-title').count(), 1, 'the chart itself is still drawn');
    await page.close();
  });

  test('in the sandboxed iframe, it cannot navigate the article or reach the host page', async () => {
    const { page, dialogs } = await openArticle('/tampered-iframe.html', hostPage(iframeSnippet(target, `${hostile.origin}/`)));
    const handle = await page.waitForSelector(`iframe[data-vn-mediation-frame="${TAMPERED_ID}"]`);
    const frame = await handle.contentFrame();
    assert.ok(frame);
    await frame.waitForSelector('figure');
    await page.waitForTimeout(1200);
    assert.equal(page.url(), `${article.origin}/tampered-iframe.html`, 'the article was not navigated by top.location');
    // With the reader's click (user activation) an unsandboxed frame may navigate the top page.
    await frame.click('#vnm-hostile-frame-top', { timeout: 2000 });
    await page.waitForTimeout(800);
    assert.equal(page.url(), `${article.origin}/tampered-iframe.html`, 'the article was not navigated by a target="_top" link');
    assert.equal(await page.evaluate(() => Reflect.get(window, '__pwned')), undefined);
    assert.equal(await frame.evaluate(() => typeof Reflect.get(window, '__pwned')), 'string', 'the tampered page did run inside its own frame');
    assert.deepEqual(dialogs, []);
    await page.close();
  });
});

describe('the loader', () => {
  test('renders a placeholder added after it ran, and fetches each page once with two loader tags', async () => {
    const [embed] = embeds;
    assert.ok(embed);
    const snippet = embed.snippets.script;
    article.page('/twice.html', hostPage(`${snippet}\n${snippet}`));
    const page = await browser.context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith(`/${embed.id}/index.html`)) fetched.push(request.url());
    });
    await page.goto(`${article.origin}/twice.html`);
    await page.waitForFunction(() => document.querySelectorAll('[data-vn-mediation-embed]').length === 2 && Array.from(document.querySelectorAll('[data-vn-mediation-embed]')).every((element) => element.shadowRoot?.querySelector('figure')));
    await page.evaluate((id) => {
      const late = document.createElement('div');
      late.setAttribute('data-vn-mediation-embed', id);
      late.id = 'late';
      document.querySelector('main')?.append(late);
    }, embed.id);
    await page.waitForFunction(() => Boolean(document.getElementById('late')?.shadowRoot?.querySelector('figure .vnm-title')));
    assert.equal(fetched.length, 1, `the page was fetched ${String(fetched.length)} times for three placeholders and two loader tags`);
    await page.close();
  });

  test('opens a download link in a new tab, leaving the article where it is', async () => {
    const [embed] = embeds;
    assert.ok(embed);
    article.page('/downloads.html', hostPage(embed.snippets.script));
    const page = await browser.context.newPage();
    await page.goto(`${article.origin}/downloads.html`);
    const link = page.locator('[data-vn-mediation-embed] .vnm-downloads a:text-is("SVG")');
    await link.waitFor();
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await link.getAttribute('rel'), 'noopener');
    const popup = page.waitForEvent('popup');
    await link.click();
    const opened = await popup;
    await opened.waitForLoadState();
    assert.equal(opened.url(), `${published.origin}/${embed.id}/chart.svg`);
    assert.equal(page.url(), `${article.origin}/downloads.html`, 'the article stays');
    assert.equal(await opened.evaluate(() => window.opener), null, 'the new tab cannot reach the article');
    await Promise.all([opened.close(), page.close()]);
  });
});
