import { THEME_ATTRIBUTE } from '../client/flags';
import { noScriptCss, pageCssFor } from './pageStyles';

/** What one embed page shows and links to. */
export interface EmbedPageProps {
  /** Embed id, as in the manifest. */
  id: string;
  /** The chart's title, for the document title. */
  title: string;
  /** The chart's generated description, for the document's meta description. */
  description: string;
  /**
   * The chart's figure as the build-time DOM serialised it: the HTML serialiser escapes every
   * text node and attribute, so data in it is text, never markup.
   */
  figureHtml: string;
  /** The page's inline script (flags and iframe messaging), minified; never contains `</script`. */
  inlineScript: string;
  /** Path of the lazy interactivity script, relative to the page; omitted for a static page. */
  interactiveScript?: string;
  /** JSON-serialisable data the interactivity script mounts the chart from. */
  island?: unknown;
  /** Widths the figure's chart is drawn at, one drawing each (see render/drawings.ts); none for an HTML chart. */
  drawingWidths?: readonly number[];
  /** The page's oEmbed document, announced for CMSs that discover oEmbed. */
  oembed?: { href: string; title: string };
}

/** JSON for an inline `<script type="application/json">`: `<` escaped so no tag can close it. */
export function islandJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The whole document of one embed page. Every string from data goes through React's escaping
 * (title, description) or was escaped when the figure was serialised.
 */
export function EmbedPage({ id, title, description, figureHtml, inlineScript, interactiveScript, island, drawingWidths = [], oembed }: EmbedPageProps) {
  if (/<\/script/i.test(inlineScript)) throw new Error('the inline script would close its own <script> tag');
  const rootAttributes = { 'data-vnm-embed': id, [THEME_ATTRIBUTE]: 'auto' };
  return (
    <html lang="en" {...rootAttributes}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={description} />
        {/* No favicon request: a 404 for it would be the page's only network error. */}
        <link rel="icon" href="data:," />
        {oembed === undefined ? null : <link rel="alternate" type="application/json+oembed" href={oembed.href} title={oembed.title} />}
        <style data-vnm-style="" dangerouslySetInnerHTML={{ __html: pageCssFor(drawingWidths) }} />
        <noscript>
          <style dangerouslySetInnerHTML={{ __html: noScriptCss }} />
        </noscript>
        <script dangerouslySetInnerHTML={{ __html: inlineScript }} />
      </head>
      <body>
        <main data-vnm-content="" dangerouslySetInnerHTML={{ __html: figureHtml }} />
        {island === undefined ? null : (
          <script type="application/json" id="vnm-island" dangerouslySetInnerHTML={{ __html: islandJson(island) }} />
        )}
        {interactiveScript === undefined ? null : <script type="module" src={interactiveScript} />}
      </body>
    </html>
  );
}

