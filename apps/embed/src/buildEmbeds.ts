// The build: every catalog entry's chart model computed once, and from it the page's text, the
// CSV and JSON downloads, the source line's footnote links and the standalone SVG card (light and
// dark) with its PNGs. jsdom renders the React chart only to draw its marks (recharts draws
// nothing on a server); nothing is read back from that render but the marks' <svg>.
// Imported only after installDomEnvironment() (React DOM reads `window` when it loads).
import { createHash } from 'node:crypto';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createElement } from 'react';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DATA_VERSION } from '@vn-mediation/data';
import type { ChartKey } from './charts';
import type { AnyEmbedDefinition } from './catalog';
import { enhancementOf } from './client/enhance/writeIsland';
import { removeListboxTabStops } from './client/enhance/markup';
import { THEME_ATTRIBUTE } from './client/flags';
import { modelTableToCsv } from './data/csv';
import { reservedHeightsOf } from './heights/reservedHeights';
import type { ReservedHeight } from './heights/reservedHeights';
import { modelDataJson } from './data/json';
import { timelineJsDocument } from './data/timelineJs';
import { chartDatasets, embedModelOf, textGroupsOf } from './model/chartModels';
import type { EmbedModel } from './model/chartModels';
import { EmbedPage } from './page/EmbedPage';
import { linkFootnotes } from './page/sourceLine';
import { addDownloadLinks, makeTitleTopHeading } from './page/staticFigure';
import type { EmbedFiles } from './page/staticFigure';
import { CARD_PADDING } from './render/card';
import type { CardTheme } from './render/card';
import { chartCardSvg } from './render/chartSvg';
import { findFonts, rasterise, svgSize } from './render/rasterise';
import type { FontSetup } from './render/rasterise';
import { drawingWidthsFor, mergeDrawings } from './render/drawings';
import type { WidthDrawing } from './render/drawings';
import { renderInDom } from './render/renderInDom';
import type { MountedChart } from './render/renderInDom';
import { textCardSvg } from './render/textFigureSvg';
import { headerRules, serializeHeaders } from './publish/headers';
import { OEMBED_FILE, oembedDocument, oembedHref } from './publish/oembed';
import { embedSnippets } from './snippets';
import type { EmbedSnippets } from './snippets';

// Charts drawn in HTML reflow to any width by themselves: one render, no drawing per width.
const HTML_CHARTS: ReadonlySet<ChartKey> = new Set(['timeline', 'mediation-spectrum-chart', 'argument-map-chart']);

/** Loads a chart component by key. */
export type ChartLoader = (key: ChartKey) => Promise<ComponentType<never>>;

/** The client scripts, already bundled. */
export interface ClientScripts {
  /** The page's inline script (flags, iframe messaging). */
  inline: string;
  /** Path of the interactivity entry from the dist root, e.g. `embed.js`. */
  interactive: string;
}

/** One embed in `manifest.json`. */
export interface ManifestEntry {
  /** Embed id. */
  id: string;
  /** Title, as the chart shows it. */
  title: string;
  /** The description the chart's model generated from its data, as the page shows it. */
  description: string;
  /** The model's one-sentence description: the page's meta description. */
  shortDescription: string;
  /** What the embed is for (from the catalog). */
  summary: string;
  /** The ui chart that draws it. */
  chart: ChartKey;
  /** Preset name, when the embed is a focused chart. */
  preset: string | null;
  /** Height to reserve for the iframe and script snippets where per-width heights cannot apply, in pixels. */
  reservedHeight: number;
  /** Heights the snippets reserve per width of the embed's box, narrowest first (empty until `measure-heights` has run). */
  reservedHeights: ReservedHeight[];
  /** Paths from the dist root; `timelineJs` only for timelines. */
  files: { html: string; svg: string; png: string; svgDark: string; pngDark: string; csv: string; json: string; oembed: string; timelineJs?: string };
  /** The exact text a journalist pastes, for the manifest's `baseUrl`. */
  snippets: EmbedSnippets;
  /** Size of `chart.svg` in CSS pixels (the PNG is up to twice that): the `<img>` snippet reserves it. */
  image: { width: number; height: number };
  /** Whether the SVG is the chart's own drawing (`chart`) or a text layout of it (`text`, for HTML charts). */
  svgKind: 'chart' | 'text';
}

/** Options of {@link buildEmbeds}. */
export interface BuildOptions {
  /** The entries to build. */
  embeds: readonly AnyEmbedDefinition[];
  /** Resolves chart keys to components. */
  loadChart: ChartLoader;
  /** Output folder (created). */
  dist: string;
  /** The build-time DOM's document. */
  document: Document;
  /** Bundled client scripts. */
  scripts: ClientScripts;
  /** Fonts for the PNGs. */
  fonts?: FontSetup;
  /** Where the folder is deployed (see `resolveBaseUrl`): every snippet points there. */
  baseUrl: string;
}

/** One built embed: its manifest entry and the hashes of the inline scripts its page runs. */
export interface BuiltEmbed {
  /** Its entry in `manifest.json`. */
  entry: ManifestEntry;
  /** sha256 (base64) of each inline script of its page that a browser runs, for the CSP. */
  scriptHashes: string[];
}

/** File name of the TimelineJS download of a timeline embed. */
export const TIMELINE_JS_FILE = 'timeline.json';

/** Folder of the content-hashed client chunks, from the dist root (bundleClient names them by hash). */
const HASHED_FOLDER = 'chunks';

/** sha256 of each inline script of `html` a browser would run (JSON islands are data, not run). */
function inlineScriptHashes(html: string, document: Document): string[] {
  const view = document.defaultView;
  if (!view) throw new Error('the build-time document has no window');
  const page = new view.DOMParser().parseFromString(html, 'text/html');
  return Array.from(page.querySelectorAll('script:not([src])'))
    .filter((script) => ['', 'module', 'text/javascript', 'application/javascript'].includes((script.getAttribute('type') ?? '').trim().toLowerCase()))
    .map((script) => createHash('sha256').update(script.textContent, 'utf8').digest('base64'));
}

/** The embed's model: computed once, from the catalog's data, title, width and chart options. */
export function embedModel(entry: AnyEmbedDefinition): EmbedModel {
  return embedModelOf(entry, { title: entry.title, width: modelWidth(entry) });
}

/**
 * The width a chart is told it has: the catalog's, except for the spectrum, whose rows stack or
 * spread by a container query on the width it is read at (a fixed width would fix its layout).
 */
function modelWidth(entry: AnyEmbedDefinition): number | undefined {
  return entry.chart === 'mediation-spectrum-chart' ? undefined : entry.width;
}

/** Whether the chart draws its marks with recharts (drawn per width), not as HTML (the timeline, one width: its maximum). */
function isDrawnChart(entry: AnyEmbedDefinition): boolean {
  return !HTML_CHARTS.has(entry.chart);
}

/**
 * The props the chart is mounted with live: the catalog's, its title, and its data unless that is
 * the dataset the chart draws by default (the page then need not carry every record in its JSON
 * island). A recharts chart gets no width, so it is drawn for the width it is read at; the
 * timeline's width is its maximum.
 */
export function chartProps(entry: AnyEmbedDefinition): Record<string, unknown> {
  const data = entry.data === chartDatasets[entry.chart] ? {} : { data: entry.data };
  const fixed = isDrawnChart(entry) ? undefined : modelWidth(entry);
  const width = fixed === undefined ? {} : { width: fixed };
  return { ...entry.props, ...data, title: entry.title, ...width, theme: 'auto', headingLevel: 2 };
}

/** The chart's figure rendered in the build-time DOM, at a fixed width unless `width` is undefined (a chart laid out by its container). */
async function renderAt(Component: ComponentType<never>, props: Record<string, unknown>, width: number | undefined, document: Document): Promise<MountedChart> {
  // The one boundary where props lose their per-chart type: the catalog checked them already.
  return renderInDom(createElement(Component as ComponentType<Record<string, unknown>>, width === undefined ? props : { ...props, width }), document);
}

/** Builds one embed's folder and returns its manifest entry. */
export async function buildEmbed(entry: AnyEmbedDefinition, options: BuildOptions): Promise<BuiltEmbed> {
  const model = embedModel(entry);
  if (model.state !== 'ok') throw new Error(`${entry.id}: the chart's model is ${model.state}: ${model.problems.join('; ')}`);
  const Component = await options.loadChart(entry.chart);
  const props = chartProps(entry);
  const mounted = await renderAt(Component, props, modelWidth(entry), options.document);
  // The narrower drawings of a recharts chart: each render's model wraps its labels for its width.
  const narrower: MountedChart[] = [];
  try {
    const figure = mounted.container.querySelector('figure');
    if (!figure) throw new Error(`${entry.id}: the chart rendered no <figure>`);
    const groups = textGroupsOf(model);
    const svgKind = groups === undefined ? 'chart' : 'text';
    const card = (theme: CardTheme): string => {
      if (groups !== undefined) return textCardSvg(options.document, model, groups, theme, entry.width - 2 * CARD_PADDING);
      // The marks take their colours from the chart's stylesheet: theme the figure as a host would.
      mounted.container.setAttribute(THEME_ATTRIBUTE, theme);
      try {
        return chartCardSvg(figure, model, theme, entry.width);
      } finally {
        mounted.container.removeAttribute(THEME_ATTRIBUTE);
      }
    };
    const svgLight = card('light');
    const svgDark = card('dark');

    if (isDrawnChart(entry)) {
      const drawings: WidthDrawing[] = [];
      for (const width of drawingWidthsFor(entry.width)) {
        if (width === entry.width) {
          drawings.push({ width, figure });
          continue;
        }
        const drawn = await renderAt(Component, props, width, options.document);
        narrower.push(drawn);
        const drawnFigure = drawn.container.querySelector('figure');
        if (!drawnFigure) throw new Error(`${entry.id}: the chart rendered no <figure> at ${String(width)} px`);
        drawings.push({ width, figure: drawnFigure });
      }
      mergeDrawings(figure, drawings);
    }

    const timelineJs = entry.chart === 'timeline' && 'eras' in model.drawing ? timelineJsDocument({ ...model, drawing: model.drawing }, entry.data) : undefined;
    const files: EmbedFiles = { csv: 'data.csv', json: 'data.json', svg: 'chart.svg', png: 'chart.png', ...(timelineJs ? { timelineJs: TIMELINE_JS_FILE } : {}) };
    const target = { id: entry.id, title: model.title, reservedHeight: entry.reservedHeight, width: entry.width };
    linkFootnotes(figure, model);
    addDownloadLinks(figure, files);
    makeTitleTopHeading(figure);
    // Without JavaScript nothing answers the listbox's keys: the enhancement script adds its tab stop.
    removeListboxTabStops(figure);
    const fonts = options.fonts ?? findFonts();
    const folder = join(options.dist, entry.id);
    await mkdir(folder, { recursive: true });
    const html = `<!doctype html>\n${renderToStaticMarkup(
      createElement(EmbedPage, {
        id: entry.id,
        title: model.title,
        description: model.shortDescription,
        figureHtml: figure.outerHTML,
        inlineScript: options.scripts.inline,
        interactiveScript: `../${options.scripts.interactive}`,
        island: { id: entry.id, chart: entry.chart, props, enhance: enhancementOf(model) },
        drawingWidths: isDrawnChart(entry) ? drawingWidthsFor(entry.width) : [],
        oembed: { href: oembedHref(entry.id, options.baseUrl), title: model.title },
      }),
    )}\n`;
    await Promise.all([
      writeFile(join(folder, 'index.html'), html),
      writeFile(join(folder, 'chart.svg'), svgLight),
      writeFile(join(folder, 'chart-dark.svg'), svgDark),
      writeFile(join(folder, 'chart.png'), rasterise(svgLight, fonts)),
      writeFile(join(folder, 'chart-dark.png'), rasterise(svgDark, fonts)),
      writeFile(join(folder, 'data.csv'), modelTableToCsv(model.table)),
      writeFile(join(folder, 'data.json'), `${JSON.stringify(modelDataJson(entry.id, model), null, 2)}\n`),
      writeFile(join(folder, OEMBED_FILE), `${JSON.stringify(oembedDocument(target, options.baseUrl), null, 2)}\n`),
      ...(timelineJs ? [writeFile(join(folder, TIMELINE_JS_FILE), `${JSON.stringify(timelineJs, null, 2)}\n`)] : []),
    ]);
    const manifestEntry: ManifestEntry = {
      id: entry.id,
      title: model.title,
      description: model.description,
      shortDescription: model.shortDescription,
      summary: entry.summary,
      chart: entry.chart,
      preset: entry.preset ?? null,
      reservedHeight: entry.reservedHeight,
      reservedHeights: reservedHeightsOf(entry.id) ?? [],
      files: {
        html: `${entry.id}/index.html`,
        svg: `${entry.id}/chart.svg`,
        png: `${entry.id}/chart.png`,
        svgDark: `${entry.id}/chart-dark.svg`,
        pngDark: `${entry.id}/chart-dark.png`,
        csv: `${entry.id}/data.csv`,
        json: `${entry.id}/data.json`,
        oembed: `${entry.id}/${OEMBED_FILE}`,
        ...(timelineJs ? { timelineJs: `${entry.id}/${TIMELINE_JS_FILE}` } : {}),
      },
      snippets: embedSnippets(target, options.baseUrl),
      image: svgSize(svgLight),
      svgKind,
    };
    return { entry: manifestEntry, scriptHashes: inlineScriptHashes(html, options.document) };
  } finally {
    for (const drawn of narrower) await drawn.unmount();
    await mounted.unmount();
  }
}

/** Builds every embed and writes `manifest.json`; returns the manifest and the time taken. */
export async function buildEmbeds(options: BuildOptions): Promise<{ entries: ManifestEntry[]; ms: number }> {
  const start = performance.now();
  const ids = new Set<string>();
  const entries: ManifestEntry[] = [];
  const scriptHashes = new Set<string>();
  for (const entry of options.embeds) {
    if (ids.has(entry.id)) throw new Error(`embed id "${entry.id}" is used twice`);
    ids.add(entry.id);
    const built = await buildEmbed(entry, options);
    entries.push(built.entry);
    for (const hash of built.scriptHashes) scriptHashes.add(hash);
  }
  const manifest = {
    dataVersion: DATA_VERSION,
    baseUrl: options.baseUrl,
    scripts: { host: 'host.js', loader: 'loader.js', interactive: options.scripts.interactive },
    embeds: entries,
  };
  await writeFile(join(options.dist, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // Netlify and Cloudflare Pages read `_headers`; written last, once every root file exists.
  const rootFiles = (await readdir(options.dist, { withFileTypes: true })).filter((item) => item.isFile() && item.name !== '_headers').map((item) => item.name);
  const rules = headerRules({ scriptHashes: [...scriptHashes], embedIds: entries.map((entry) => entry.id), rootFiles: rootFiles.sort(), hashedFolder: HASHED_FOLDER });
  await writeFile(join(options.dist, '_headers'), serializeHeaders(rules));
  return { entries, ms: performance.now() - start };
}
