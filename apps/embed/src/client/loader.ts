// The one-script-tag embed: turns every <div data-vn-mediation-embed="<id>"> on the page into
// that embed's static chart, inside a shadow root so neither page's styles leak into the other.
// It reuses the built page (no second copy of the markup) and never turns a string into markup
// itself: the page is parsed inertly by DOMParser and its content goes through DOMPurify, a
// maintained sanitizer, before it reaches the host's document: a tampered page can put markup
// in front of the reader, never run code in the host page or move it elsewhere.
import DOMPurify from 'dompurify';
import type { Config } from 'dompurify';
import { applyFlags } from './flags';
import { isEmbedId, isTheme } from './messages';
import type { Theme } from './messages';

const PLACEHOLDER_ATTRIBUTE = 'data-vn-mediation-embed';
const HOST_THEME_ATTRIBUTE = 'data-vnm-theme';

/**
 * What DOMPurify may let through, beyond its defaults (which drop every event handler, every
 * script, `javascript:` URLs and SVG animation): no forms (a submit would navigate the host), no
 * autofocus (it would take the reader's focus from the article), no `target` (links are opened
 * by {@link openLinksInNewTab}).
 */
const SANITIZE: Config & { RETURN_DOM_FRAGMENT: true } = {
  RETURN_DOM_FRAGMENT: true,
  FORBID_TAGS: ['form', 'iframe', 'object', 'embed', 'base', 'meta', 'link'],
  FORBID_ATTR: ['action', 'formaction', 'autofocus', 'target'],
};

const current = document.currentScript;
// Embeds live next to this script, whatever CDN path it is served from.
const base = new URL('./', current instanceof HTMLScriptElement && current.src ? current.src : document.baseURI);

function themeFor(placeholder: Element): Theme {
  const forced = document.documentElement.getAttribute(HOST_THEME_ATTRIBUTE);
  if (isTheme(forced)) return forced;
  const own = placeholder.getAttribute('data-theme');
  return isTheme(own) ? own : 'auto';
}

/** Flags go on a wrapper inside the shadow root: the embed's selectors cannot see past it. */
function applyTo(placeholder: Element): void {
  const wrapper = placeholder.shadowRoot?.firstElementChild;
  if (!wrapper) return;
  const plain = placeholder.getAttribute('data-plain');
  applyFlags(wrapper, {
    theme: themeFor(placeholder),
    plain: plain !== null && plain !== 'false' && plain !== '0',
  });
}

/** Rewrites relative links and sources of the fetched page so they point at the embed folder. */
function absolutise(root: ParentNode, pageUrl: URL): void {
  for (const element of root.querySelectorAll('[href], [src]')) {
    for (const name of ['href', 'src']) {
      const value = element.getAttribute(name);
      // A link within the page (a footnote to its reference) stays within it: see followInPageLinks.
      if (value === null || (name === 'href' && value.startsWith('#'))) continue;
      const resolved = new URL(value, pageUrl);
      if (resolved.protocol === 'https:' || resolved.protocol === 'http:') element.setAttribute(name, resolved.href);
      else element.removeAttribute(name);
    }
  }
}

/**
 * In a shadow root a `#id` link would look for the id in the host's document: find it in the
 * embed instead, bring it into view and move the focus there.
 */
function followInPageLinks(shadow: ShadowRoot): void {
  shadow.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    const id = link?.getAttribute('href')?.slice(1);
    if (!id) return;
    event.preventDefault();
    const target = shadow.getElementById(decodeURIComponent(id));
    if (!(target instanceof HTMLElement)) return;
    target.scrollIntoView({ block: 'nearest' });
    target.focus({ preventScroll: true });
  });
}

/**
 * Every link out of the embed opens in a new tab, and the article stays. The download links
 * above all: they point at the embed's origin, where a browser ignores `download`, so clicked in
 * the article they would replace it with the file (in a new tab a browser saves the CSV and shows
 * the SVG, PNG and JSON). Links within the embed (`#…`, see followInPageLinks) stay as they are.
 */
function openLinksInNewTab(root: ParentNode): void {
  for (const link of root.querySelectorAll('a[href]:not([href^="#"])')) {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener');
  }
}

/** The embed page's content, sanitized and adopted into the host's document. */
function sanitizedContent(content: Element): DocumentFragment {
  return DOMPurify.sanitize(content, SANITIZE);
}

/** The page's stylesheet as text only: CSS cannot run script, and no markup comes with it. */
function styleFrom(source: Element): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = source.textContent;
  return style;
}

/** Each embed page is fetched once, however many placeholders or loader tags ask for it. */
const pages = new Map<string, Promise<string>>();
function fetchPage(pageUrl: URL): Promise<string> {
  let page = pages.get(pageUrl.href);
  if (!page) {
    page = fetch(pageUrl, { credentials: 'omit' }).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${String(response.status)}`);
      return response.text();
    });
    pages.set(pageUrl.href, page);
  }
  return page;
}

function showFallback(placeholder: Element, pageUrl: URL): void {
  const link = document.createElement('a');
  link.href = pageUrl.href;
  link.textContent = 'View the chart';
  placeholder.replaceChildren(link);
}

async function mount(placeholder: Element): Promise<void> {
  const id = placeholder.getAttribute(PLACEHOLDER_ATTRIBUTE);
  if (!isEmbedId(id)) {
    console.warn(`vn-mediation: ignored an embed placeholder with an invalid id`);
    return;
  }
  const pageUrl = new URL(`${id}/index.html`, base);
  try {
    const page = new DOMParser().parseFromString(await fetchPage(pageUrl), 'text/html');
    const style = page.querySelector('style[data-vnm-style]');
    const source = page.querySelector('[data-vnm-content]');
    if (!style || !source) throw new Error('not an embed page');
    const content = sanitizedContent(source);
    absolutise(content, pageUrl);
    openLinksInNewTab(content);
    // In the host's page the title is not the page's main heading: back to the charts' own levels.
    content.querySelectorAll('[aria-level]').forEach((heading) => heading.removeAttribute('aria-level'));
    const wrapper = document.createElement('div');
    // Drawn without the chart's script: its controls would do nothing, so they are hidden.
    wrapper.setAttribute('data-vnm-static', '');
    wrapper.append(styleFrom(style), content);
    const existing = placeholder.shadowRoot;
    const shadow = existing ?? placeholder.attachShadow({ mode: 'open' });
    if (existing === null) followInPageLinks(shadow);
    shadow.replaceChildren(wrapper);
    applyTo(placeholder);
    // The snippet reserved a height so the page did not jump; the chart now sets its own.
    if (placeholder instanceof HTMLElement) placeholder.style.removeProperty('min-height');
  } catch (error) {
    console.warn(`vn-mediation: could not load embed "${id}" from ${pageUrl.href}`, error);
    showFallback(placeholder, pageUrl);
  }
}

const mounted = new WeakSet<Element>();
function mountAll(): void {
  for (const placeholder of document.querySelectorAll(`[${PLACEHOLDER_ATTRIBUTE}]`)) {
    if (mounted.has(placeholder)) continue;
    mounted.add(placeholder);
    void mount(placeholder);
  }
}

// Every script snippet carries this script: the first copy does the work for the page, so a
// page with two snippets (or a CMS that repeats the tag) mounts and fetches each embed once.
const INSTALLED = Symbol.for('vn-mediation:loader');
if (!Reflect.has(globalThis, INSTALLED)) {
  Reflect.set(globalThis, INSTALLED, true);
  mountAll();
  // Placeholders the parser has not reached yet, or that the host adds later (an infinite
  // scroll, a single-page app), are mounted when they appear.
  new MutationObserver(mountAll).observe(document.documentElement, { childList: true, subtree: true });
  // A host that switches its own dark mode re-themes every embed already on the page.
  new MutationObserver(() => {
    for (const placeholder of document.querySelectorAll(`[${PLACEHOLDER_ATTRIBUTE}]`)) {
      if (placeholder.shadowRoot) applyTo(placeholder);
    }
  }).observe(document.documentElement, { attributes: true, attributeFilter: [HOST_THEME_ATTRIBUTE] });
}
