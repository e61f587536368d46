// The static oEmbed document beside each embed page (oembed.com, "rich" type): a CMS that
// discovers oEmbed from the page's <link rel="alternate"> pastes its `html`, the iframe snippet.
import { iframeSnippet, isAbsoluteBase } from '../snippets';
import type { SnippetTarget } from '../snippets';

/** Who publishes the embeds, as oEmbed consumers show it. */
export const PROVIDER_NAME = 'vn-mediation';

/** The MIME type oEmbed discovery looks for in a page's `<link rel="alternate">`. */
export const OEMBED_JSON_TYPE = 'application/json+oembed';

/** File name of the oEmbed document in each embed's folder. */
export const OEMBED_FILE = 'oembed.json';

/** An oEmbed 1.0 response of type `rich`. */
export interface OEmbedRich {
  /** Always `rich`: the embed is HTML. */
  type: 'rich';
  /** Always `1.0`. */
  version: '1.0';
  /** The chart's title. */
  title: string;
  /** {@link PROVIDER_NAME}. */
  provider_name: string;
  /** The iframe snippet, exactly as `manifest.json` lists it. */
  html: string;
  /** Width the chart is drawn at, in pixels. */
  width: number;
  /** Height the snippet reserves, in pixels. */
  height: number;
}

/** The oEmbed document of one embed, for the folder deployed at `base`. */
export function oembedDocument(target: SnippetTarget & { width: number }, base: string): OEmbedRich {
  return {
    type: 'rich',
    version: '1.0',
    title: target.title,
    provider_name: PROVIDER_NAME,
    html: iframeSnippet(target, base),
    width: Math.round(target.width),
    height: Math.round(target.reservedHeight),
  };
}

/**
 * Where a page links its oEmbed document: absolute when the folder's address is known (oEmbed
 * consumers fetch it from anywhere), else beside the page.
 */
export function oembedHref(id: string, base: string): string {
  return isAbsoluteBase(base) ? `${base}${id}/${OEMBED_FILE}` : OEMBED_FILE;
}
