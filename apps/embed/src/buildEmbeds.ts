// The build: every catalog entry rendered once in the build-time DOM, and from that one render
// its page, its standalone SVG (light and dark), its PNGs, its data files and its manifest entry.
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
import { THEME_ATTRIBUTE } from './client/flags';
import { tableToCsv } from './data/csv';
import { EmbedPage } from './page/EmbedPage';
import { addDownloadLinks, makeTitleTopHeading } from './page/staticFigure';
import type { EmbedFiles } from './page/staticFigure';
import { findFonts, rasterise, svgSize } from './render/rasterise';
import type { FontSetup } from './render/rasterise';
import { renderInDom } from './render/renderInDom';
import { toStandaloneSvg } from './render/standaloneSvg';
import { textFigureSvg } from './render/textFigureSvg';

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
  /** The description the chart generated from its data. */
  description: string;
  /** What the embed is for (from the catalog). */
  summary: string;
  /** The ui chart that draws it. */
  chart: ChartKey;
  /** Preset name, when the embed is a focused chart. */
  preset: string | null;
  /** Height to reserve for the iframe and script snippets, in pixels. */
  reservedHeight: number;
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

/** The props every chart gets from the build, on top of the catalog's. */
function commonProps(entry: AnyEmbedDefinition): Record<string, unknown> {
  return { ...entry.props, title: entry.title, width: entry.width, theme: 'auto', headingLevel: 2 };
}

function textOf(root: Element, selector: string): string {
  return root.querySelector(selector)?.textContent?.trim() ?? '';
}

/** Builds one embed's folder and returns its manifest entry. */
export async function buildEmbed(entry: AnyEmbedDefinition, options: BuildOptions): Promise<ManifestEntry> {
  const Component = await options.loadChart(entry.chart);
  const props = commonProps(entry);
  // The one boundary where props lose their per-chart type: the catalog checked them already.
  const element = createElement(Component as ComponentType<Record<string, unknown>>, props);
  const mounted = await renderInDom(element, options.document);
  try {
    const figure = mounted.container.querySelector('figure');
    if (!figure) throw new Error(`${entry.id}: the chart rendered no <figure>`);
    const title = textOf(figure, '.vnm-title');
    const description = textOf(figure, '.vnm-description');
    if (!title || !description) throw new Error(`${entry.id}: the chart rendered no title or description`);

    const table = figure.querySelector('table');
    if (!table) throw new Error(`${entry.id}: the chart rendered no data table`);
    const csv = tableToCsv(table);

    const chartSvg = figure.querySelector('.recharts-wrapper > svg');
    const themed = (theme: 'light' | 'dark'): string => {
      mounted.container.setAttribute(THEME_ATTRIBUTE, theme);
      try {
        return chartSvg ? toStandaloneSvg(figure, { title, description, source: textOf(figure, '.vnm-source') }) : textFigureSvg(figure, { title, description, width: entry.width });
      } finally {
        mounted.container.removeAttribute(THEME_ATTRIBUTE);
      }
    };
    const svgLight = themed('light');
    const svgDark = themed('dark');

    const files: EmbedFiles = { csv: 'data.csv', json: 'data.json', svg: 'chart.svg', png: 'chart.png' };
    addDownloadLinks(figure, files);
    makeTitleTopHeading(figure);
    const fonts = options.fonts ?? findFonts();
    const folder = join(options.dist, entry.id);
    await mkdir(folder, { recursive: true });
    const island = { id: entry.id, chart: entry.chart, props };
    const html = `<!doctype html>\n${renderToStaticMarkup(
      createElement(EmbedPage, {
        id: entry.id,
        title,
        description,
        figureHtml: figure.outerHTML,
        inlineScript: options.scripts.inline,
        interactiveScript: `../${options.scripts.interactive}`,
        island,
      }),
    )}\n`;
    const data = {
      id: entry.id,
      title,
      description,
      dataVersion: DATA_VERSION,
      records: entry.records,
    };
    await Promise.all([
      writeFile(join(folder, 'index.html'), html),
      writeFile(join(folder, 'chart.svg'), svgLight),
      writeFile(join(folder, 'chart-dark.svg'), svgDark),
      writeFile(join(folder, 'chart.png'), rasterise(svgLight, fonts)),
      writeFile(join(folder, 'chart-dark.png'), rasterise(svgDark, fonts)),
      writeFile(join(folder, 'data.csv'), csv),
      writeFile(join(folder, 'data.json'), `${JSON.stringify(data, null, 2)}\n`),
    ]);
    return {
      id: entry.id,
      title,
      description,
      summary: entry.summary,
      chart: entry.chart,
      preset: entry.preset ?? null,
      reservedHeight: entry.reservedHeight,
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
      svgKind: chartSvg ? 'chart' : 'text',
    };
  } finally {
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
