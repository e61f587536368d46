// The build: every catalog entry's chart model computed once, and from it the page's text, the
// CSV and JSON downloads, the source line's footnote links and the standalone SVG card (light and
// dark) with its PNGs. jsdom renders the React chart only to draw its marks (recharts draws
// nothing on a server); nothing is read back from that render but the marks' <svg>.
// Imported only after installDomEnvironment() (React DOM reads `window` when it loads).
import { mkdir, writeFile } from 'node:fs/promises';
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
  /** Paths from the dist root. */
  files: { html: string; svg: string; png: string; svgDark: string; pngDark: string; csv: string; json: string };
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
}

/** The embed's model: computed once, from the catalog's data, title, width and chart options. */
export function embedModel(entry: AnyEmbedDefinition): EmbedModel {
  return embedModelOf(entry, { title: entry.title, width: entry.width });
}

/** Whether the chart draws its marks with recharts (drawn per width), not as HTML (the timeline, one width: its maximum). */
function isDrawnChart(entry: AnyEmbedDefinition): boolean {
  return entry.chart !== 'timeline';
}

/**
 * The props the chart is mounted with live: the catalog's, its title, and its data unless that is
 * the dataset the chart draws by default (the page then need not carry every record in its JSON
 * island). A recharts chart gets no width, so it is drawn for the width it is read at; the
 * timeline's width is its maximum.
 */
export function chartProps(entry: AnyEmbedDefinition): Record<string, unknown> {
  const data = entry.data === chartDatasets[entry.chart] ? {} : { data: entry.data };
  const width = isDrawnChart(entry) ? {} : { width: entry.width };
  return { ...entry.props, ...data, title: entry.title, ...width, theme: 'auto', headingLevel: 2 };
}

/** The chart's figure rendered in the build-time DOM at a fixed width. */
async function renderAt(Component: ComponentType<never>, props: Record<string, unknown>, width: number, document: Document): Promise<MountedChart> {
  // The one boundary where props lose their per-chart type: the catalog checked them already.
  return renderInDom(createElement(Component as ComponentType<Record<string, unknown>>, { ...props, width }), document);
}

/** Builds one embed's folder and returns its manifest entry. */
export async function buildEmbed(entry: AnyEmbedDefinition, options: BuildOptions): Promise<ManifestEntry> {
  const model = embedModel(entry);
  if (model.state !== 'ok') throw new Error(`${entry.id}: the chart's model is ${model.state}: ${model.problems.join('; ')}`);
  const Component = await options.loadChart(entry.chart);
  const props = chartProps(entry);
  const mounted = await renderAt(Component, props, entry.width, options.document);
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

    const files: EmbedFiles = { csv: 'data.csv', json: 'data.json', svg: 'chart.svg', png: 'chart.png' };
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
    ]);
    return {
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
      },
      image: svgSize(svgLight),
      svgKind,
    };
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
  for (const entry of options.embeds) {
    if (ids.has(entry.id)) throw new Error(`embed id "${entry.id}" is used twice`);
    ids.add(entry.id);
    entries.push(await buildEmbed(entry, options));
  }
  const manifest = {
    dataVersion: DATA_VERSION,
    scripts: { host: 'host.js', loader: 'loader.js', interactive: options.scripts.interactive },
    embeds: entries,
  };
  await writeFile(join(options.dist, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // Netlify and Cloudflare Pages read this file: the script embed fetches pages across origins.
  await writeFile(join(options.dist, '_headers'), '/*\n  Access-Control-Allow-Origin: *\n');
  return { entries, ms: performance.now() - start };
}
