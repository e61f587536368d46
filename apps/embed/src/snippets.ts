import type { Theme } from './client/messages';

/** What a snippet needs to know about an embed. */
export interface SnippetTarget {
  /** Embed id, the folder name under the base URL. */
  id: string;
  /** Chart title: the iframe's accessible name. */
  title: string;
  /** Height in pixels to reserve before the embed loads, so the host page does not shift. */
  reservedHeight: number;
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

/** The inline declaration that reserves the embed's height before it loads (one place to change how). */
function reservedHeightStyle(target: SnippetTarget, property: 'height' | 'min-height'): string {
  return `${property}:${String(Math.round(target.reservedHeight))}px`;
}

/**
 * The iframe embed: works in any CMS that accepts HTML, and without the script (then it keeps
 * its reserved height). `base` is where the embed folder is deployed, e.g. `https://cdn.example/embed/`.
 */
export function iframeSnippet(target: SnippetTarget, base: string, options: SnippetOptions = {}): string {
  const root = withSlash(base);
  const src = `${root}${target.id}/index.html?theme=${options.theme ?? 'auto'}${options.plain ? '&plain' : ''}`;
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(target.title)}" data-vn-mediation-frame="${escapeAttribute(target.id)}" loading="lazy" sandbox="${IFRAME_SANDBOX}" referrerpolicy="${IFRAME_REFERRER_POLICY}" style="width:100%;${reservedHeightStyle(target, 'height')};border:0"></iframe>`,
    `<script src="${escapeAttribute(`${root}host.js`)}" async></script>`,
  ].join('\n');
}

/** The one-script-tag embed: the chart is drawn into the page itself, in a shadow root. */
export function scriptSnippet(target: SnippetTarget, base: string, options: SnippetOptions = {}): string {
  const root = withSlash(base);
  const plain = options.plain ? ' data-plain' : '';
  return [
    `<div data-vn-mediation-embed="${escapeAttribute(target.id)}" data-theme="${options.theme ?? 'auto'}"${plain} style="${reservedHeightStyle(target, 'min-height')}"></div>`,
    `<script src="${escapeAttribute(`${root}loader.js`)}" async></script>`,
  ].join('\n');
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
