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
 * The iframe embed: works in any CMS that accepts HTML, and without the script (then it keeps
 * its reserved height). `base` is where the embed folder is deployed, e.g. `https://cdn.example/embed/`.
 */
export function iframeSnippet(target: SnippetTarget, base: string, options: SnippetOptions = {}): string {
  const root = withSlash(base);
  const src = `${root}${target.id}/index.html?theme=${options.theme ?? 'auto'}${options.plain ? '&plain' : ''}`;
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(target.title)}" data-vn-mediation-frame="${escapeAttribute(target.id)}" loading="lazy" style="width:100%;height:${String(Math.round(target.reservedHeight))}px;border:0"></iframe>`,
    `<script src="${escapeAttribute(`${root}host.js`)}" async></script>`,
  ].join('\n');
}

/** The one-script-tag embed: the chart is drawn into the page itself, in a shadow root. */
export function scriptSnippet(target: SnippetTarget, base: string, options: SnippetOptions = {}): string {
  const root = withSlash(base);
  const plain = options.plain ? ' data-plain' : '';
  return [
    `<div data-vn-mediation-embed="${escapeAttribute(target.id)}" data-theme="${options.theme ?? 'auto'}"${plain} style="min-height:${String(Math.round(target.reservedHeight))}px"></div>`,
    `<script src="${escapeAttribute(`${root}loader.js`)}" async></script>`,
  ].join('\n');
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
