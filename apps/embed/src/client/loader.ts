// The one-script-tag embed: turns every <div data-vn-mediation-embed="<id>"> on the page into
// that embed's static chart, inside a shadow root so neither page's styles leak into the other.
// It reuses the built page (no second copy of the markup) and never turns a string into markup
// itself: the page is parsed inertly by DOMParser, its scripts are dropped, and every piece of
// data in it is already a text node, escaped when the page was built.
import { applyFlags } from './flags';
import { isEmbedId, isTheme } from './messages';
import type { Theme } from './messages';

const PLACEHOLDER_ATTRIBUTE = 'data-vn-mediation-embed';
const HOST_THEME_ATTRIBUTE = 'data-vnm-theme';

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
function absolutise(root: Element, pageUrl: URL): void {
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
    const response = await fetch(pageUrl, { credentials: 'omit' });
    if (!response.ok) throw new Error(`HTTP ${String(response.status)}`);
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const style = page.querySelector('style[data-vnm-style]');
    const content = page.querySelector('[data-vnm-content]');
    if (!style || !content) throw new Error('not an embed page');
    for (const script of content.querySelectorAll('script, iframe, object, embed')) script.remove();
    absolutise(content, pageUrl);
    // In the host's page the title is not the page's main heading: back to the chart's own level.
    content.querySelector('.vnm-title')?.removeAttribute('aria-level');
    const wrapper = document.createElement('div');
    // Drawn without the chart's script: its controls would do nothing, so they are hidden.
    wrapper.setAttribute('data-vnm-static', '');
    wrapper.append(document.importNode(style, true), document.importNode(content, true));
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

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
else mountAll();

// A host that switches its own dark mode re-themes every embed already on the page.
new MutationObserver(() => {
  for (const placeholder of document.querySelectorAll(`[${PLACEHOLDER_ATTRIBUTE}]`)) {
    if (placeholder.shadowRoot) applyTo(placeholder);
  }
}).observe(document.documentElement, { attributes: true, attributeFilter: [HOST_THEME_ATTRIBUTE] });
