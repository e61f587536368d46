import type { Theme } from './client/messages';
import { fallbackHeight, reserveCss, reservedHeightsOf, RESERVE_PROPERTY } from './heights/reservedHeights';
import type { ReservedHeight } from './heights/reservedHeights';

/** What a snippet needs to know about an embed. */
export interface SnippetTarget {
  /** Embed id, the folder name under the base URL. */
  id: string;
  /** Chart title: the iframe's accessible name. */
  title: string;
  /** Height in pixels to reserve before the embed loads, so the host page does not shift; used when no per-width heights are known. */
  reservedHeight: number;
  /** Heights per width of the embed's box; when absent or empty: the ones measured for `id` (heights/), else `reservedHeight` at every width. */
  reservedHeights?: readonly ReservedHeight[];
}

/** Options a journalist may set on a snippet. */
export interface SnippetOptions {
  /** `auto` (default) follows the reader's colour scheme, or the host page's forced theme. */
  theme?: Theme;
  /** Hide the header and footer (title, description, source, links) from sight. */
  plain?: boolean;
}

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** The heights a snippet reserves for `target`, narrowest box first. */
function heightsOf(target: SnippetTarget): readonly ReservedHeight[] {
  const given = target.reservedHeights !== undefined && target.reservedHeights.length > 0 ? target.reservedHeights : undefined;
  return given ?? reservedHeightsOf(target.id) ?? [{ minWidth: 0, width: 0, height: target.reservedHeight, slope: 0 }];
}

/**
 * The box every snippet's element sits in: an inline-size container, so the style block's
 * container queries pick the height for the width the embed gets (whatever the host's columns),
 * before any script runs. A host that strips `<style>` leaves the one fallback height.
 */
function reservingBox(selector: string, heights: readonly ReservedHeight[], element: string): string {
  return `<div style="container-type:inline-size"><style>${reserveCss(selector, heights)}</style>${element}</div>`;
}

/** `height` (or `min-height`) declaration reading the reserved height, with the one fallback height. */
function reserveDeclaration(property: 'height' | 'min-height', heights: readonly ReservedHeight[]): string {
  return `${property}:var(${RESERVE_PROPERTY},${String(Math.round(fallbackHeight(heights)))}px)`;
}

/**
 * What the iframe may do: run the chart's script in its own origin (resizing through host.js,
 * the theme, the downloads), open links in a new tab; never navigate the host page.
 */
export const IFRAME_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';

/** The embed learns the host's origin (it checks theme messages against it), never its path. */
export const IFRAME_REFERRER_POLICY = 'strict-origin-when-cross-origin';

/**
 * The base the build writes snippets for without `EMBED_BASE_URL`: relative, so the snippets work
 * on a page inside the built folder and say plainly that they need an address to be published.
 */
export const DEFAULT_BASE_URL = './';

/**
 * The address snippets point at: `EMBED_BASE_URL` when set (an absolute http(s) URL, given a
 * trailing slash), else {@link DEFAULT_BASE_URL}. Throws, saying what is wrong, for anything else.
 */
export function resolveBaseUrl(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`EMBED_BASE_URL must be an absolute address such as https://cdn.example/embed/, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`EMBED_BASE_URL must be an http or https address, got "${value}"`);
  if (url.search !== '' || url.hash !== '') throw new Error(`EMBED_BASE_URL must be a folder address without ? or #, got "${value}"`);
  return withSlash(url.href);
}

/** Whether `base` is an absolute address (snippets then work from any page). */
export function isAbsoluteBase(base: string): boolean {
  return /^https?:\/\//.test(base);
}

/**
 * The iframe embed: works in any CMS that accepts HTML, and without the script (then it keeps
 * its reserved height). `base` is where the embed folder is deployed, e.g. `https://cdn.example/embed/`.
 */
export function iframeSnippet(target: SnippetTarget, base: string, options: SnippetOptions = {}): string {
  const root = withSlash(base);
  const src = `${root}${target.id}/index.html?theme=${options.theme ?? 'auto'}${options.plain ? '&plain' : ''}`;
  const id = escapeAttribute(target.id);
  const heights = heightsOf(target);
  // host.js sets the iframe's own height inline, which takes over from the reserved one.
  const iframe = `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(target.title)}" data-vn-mediation-frame="${id}" loading="lazy" sandbox="${IFRAME_SANDBOX}" referrerpolicy="${IFRAME_REFERRER_POLICY}" style="width:100%;${reserveDeclaration('height', heights)};border:0"></iframe>`;
  return [reservingBox(`iframe[data-vn-mediation-frame="${id}"]`, heights, iframe), `<script src="${escapeAttribute(`${root}host.js`)}" async></script>`].join('\n');
}

/** The one-script-tag embed: the chart is drawn into the page itself, in a shadow root. */
export function scriptSnippet(target: SnippetTarget, base: string, options: SnippetOptions = {}): string {
  const root = withSlash(base);
  const plain = options.plain ? ' data-plain' : '';
  const id = escapeAttribute(target.id);
  const heights = heightsOf(target);
  // The loader removes the inline min-height once the chart is in: then the chart sets the height.
  const placeholder = `<div data-vn-mediation-embed="${id}" data-theme="${options.theme ?? 'auto'}"${plain} style="${reserveDeclaration('min-height', heights)}"></div>`;
  return [reservingBox(`[data-vn-mediation-embed="${id}"]`, heights, placeholder), `<script src="${escapeAttribute(`${root}loader.js`)}" async></script>`].join('\n');
}

/** Both snippets of an embed, as `manifest.json` lists them and Storybook shows them. */
export interface EmbedSnippets {
  /** The iframe snippet. */
  iframe: string;
  /** The script-tag snippet. */
  script: string;
}

/** The exact text a journalist pastes for `target`, for the folder deployed at `base`. */
export function embedSnippets(target: SnippetTarget, base: string): EmbedSnippets {
  return { iframe: iframeSnippet(target, base), script: scriptSnippet(target, base) };
}

/** What the image snippet needs: the chart's files are named by id, its text comes from the manifest. */
export interface ImageSnippetTarget {
  /** Embed id. */
  id: string;
  /** Chart title. */
  title: string;
  /** The description the chart generated from its data: the image's text alternative. */
  description: string;
  /** Size of the image in CSS pixels, reserved by the `<img>` so the page does not shift. */
  image: { width: number; height: number };
}

/**
 * The image embed, for places that run no script and take no iframe (newsletters, RSS, AMP
 * without amp-iframe): the PNG, described by the chart's generated description, linking to the
 * interactive page.
 */
export function imageSnippet(target: ImageSnippetTarget, base: string, options: Pick<SnippetOptions, 'theme'> = {}): string {
  const root = withSlash(base);
  const file = options.theme === 'dark' ? 'chart-dark.png' : 'chart.png';
  const alt = `${target.title}. ${target.description}`;
  return (
    `<a href="${escapeAttribute(`${root}${target.id}/index.html`)}">` +
    `<img src="${escapeAttribute(`${root}${target.id}/${file}`)}" alt="${escapeAttribute(alt)}" width="${String(target.image.width)}" height="${String(target.image.height)}" style="max-width:100%;height:auto"></a>`
  );
}
