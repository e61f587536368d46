// `pnpm bench`: builds everything, measures the cost of each dataset, chart and embed beside a
// baseline measured in the same run, prints a table and writes bench/results.json. Ratios, not
// absolute times, are what hold on a noisy machine. Exits non-zero only when a section could not
// be measured; no figure here is a pass/fail threshold.
import { readFileSync, writeFileSync } from 'node:fs';
import { measureBuild, type BuildTimes } from './buildTime';
import { measureDatasets, type DatasetCost } from './dataBundles';
import { LIVE_SWAP_GZIP_BEFORE, measureEmbeds, type EmbedCost, type FirstRender, type SmallestTextAtWidth } from './embedPages';
import { repoRoot } from './paths';
import { measureChartRenders, measureTimelineScale, type ChartRenderTime, type TimelineScalePoint } from './serverRender';
import { measureModels, type ModelCost } from './modelBundles';
import { measureCharts, type ChartCost } from './uiBundles';

interface Results {
  measuredAt: string;
  machine: { node: string; platform: string; cpus: number };
  build?: BuildTimes;
  data?: DatasetCost[];
  ui?: ChartCost[];
  models?: ModelCost[];
  render?: { timeline: TimelineScalePoint[]; charts: ChartRenderTime[] };
  embeds?: { pages: EmbedCost[]; firstRender: FirstRender; smallestText: SmallestTextAtWidth[]; bareRechartsGzip: number };
  failures: { section: string; error: string }[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

const SECTIONS = ['build', 'data', 'ui', 'models', 'render', 'embeds'] as const;

// `pnpm bench --only data,ui` measures a subset (the others must already be built).
function selectedSections(argv: readonly string[]): ReadonlySet<string> {
  const index = argv.indexOf('--only');
  const list = index >= 0 ? (argv[index + 1] ?? '') : SECTIONS.join(',');
  const names = list.split(',').filter(Boolean);
  const unknown = names.filter((name) => !SECTIONS.some((known) => known === name));
  if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(', ')}; known: ${SECTIONS.join(', ')}`);
  return new Set(names);
}

async function section<T>(results: Results, name: string, measure: () => T | Promise<T>): Promise<T | undefined> {
  if (!selected.has(name)) return undefined;
  process.stdout.write(`measuring ${name}…\n`);
  try {
    return await measure();
  } catch (error) {
    results.failures.push({ section: name, error: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}

function exportKeys(packageJson: string): string[] {
  const parsed: unknown = JSON.parse(readFileSync(packageJson, 'utf8'));
  const exportsField: unknown = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'exports') : undefined;
  return typeof exportsField === 'object' && exportsField !== null ? Object.keys(exportsField).map((key) => key.replace(/^\.\//, '')) : [];
}

const selected = selectedSections(process.argv.slice(2));

async function main(): Promise<number> {
  const { availableParallelism } = await import('node:os');
  const results: Results = {
    measuredAt: new Date().toISOString(),
    machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: availableParallelism() },
    failures: [],
  };

  results.build = await section(results, 'build', measureBuild);
  results.data = await section(results, 'data', async () => {
    const { DATASET_NAMES } = await import('@vn-mediation/data');
    return measureDatasets(DATASET_NAMES, exportKeys(`${repoRoot}packages/data/package.json`));
  });
  results.ui = await section(results, 'ui', measureCharts);
  results.models = await section(results, 'models', measureModels);
  results.render = await section(results, 'render', async () => ({
    timeline: await measureTimelineScale(),
    charts: measureChartRenders(),
  }));
  results.embeds = await section(results, 'embeds', measureEmbeds);

  writeFileSync(new URL('../results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  report(results);
  for (const failure of results.failures) console.error(`could not measure ${failure.section}: ${failure.error}`);
  return results.failures.length === 0 ? 0 : 1;
}

function report(results: Results): void {
  const { build, data, ui, models, render, embeds } = results;
  console.log(`\nvn-mediation bench — ${results.machine.node}, ${results.machine.cpus} cores, ${results.measuredAt}\n`);
  if (build) {
    console.log('Build (turbo run build)');
    console.table({ cold: { wall: ms(build.coldMs) }, cached: { wall: ms(build.cachedMs), 'vs cold': (build.cachedMs / build.coldMs).toFixed(3) } });
  }
  if (data) {
    console.log('Data: a consumer bundle importing one dataset subpath (esbuild, minified), against the dataset’s own JSON (gzip)');
    console.table(
      Object.fromEntries(
        data.map((row) => [
          row.dataset,
          {
            records: row.records,
            'bundle gzip': kb(row.bundle.gzip),
            'bundle brotli': kb(row.bundle.brotli),
            'JSON gzip': kb(row.jsonGzip),
            'bundle/JSON': row.ratio.toFixed(2),
            'other datasets': row.leakedDatasets.join(', ') || 'none',
            zod: row.includesZod ? 'yes' : 'no',
          },
        ]),
      ),
    );
  }
  if (models) {
    console.log('Models: a consumer bundle importing one chart model or helper subpath (esbuild, minified, nothing external)');
    console.table(Object.fromEntries(models.map((row) => [row.entry, { gzip: kb(row.gzip), brotli: kb(row.brotli), 'react or recharts': row.reachedReactOrRecharts ? 'REACHED' : 'none' }])));
  }
  if (ui) {
    console.log('UI: a consumer bundle importing one chart, against a bare recharts chart of the same kind (gzip)');
    console.table(
      Object.fromEntries(
        ui.map((row) => [
          row.component,
          {
            'ours, host pkgs external': kb(row.ownGzip),
            'baseline, external': kb(row.baselineOwnGzip),
            'ours + react + recharts': kb(row.fullGzip),
            'baseline + react + recharts': kb(row.baselineFullGzip),
            'full ratio': row.fullRatio.toFixed(2),
            baseline: row.baseline,
            'other charts': row.leakedCharts.join(', ') || 'none',
          },
        ]),
      ),
    );
  }
  if (render) {
    console.log('Render: renderToString of Timeline with synthetic events (median)');
    console.table(
      Object.fromEntries(
        render.timeline.map((point) => [
          `${point.events} events`,
          { median: ms(point.medianMs), 'growth vs 10× fewer': point.growth === null ? '—' : `${point.growth.toFixed(1)}×`, 'per event': `${point.perEventUs.toFixed(1)} µs` },
        ]),
      ),
    );
    console.log('Render: renderToString of each chart with its default data (median of 30)');
    console.table(Object.fromEntries(render.charts.map((row) => [row.subpath, { median: ms(row.medianMs) }])));
  }
  if (embeds) {
    console.log('Embeds: bytes fetched to show each embed page (gzip as a CDN would serve it); JS on = chart focused, budget 25 KB');
    console.table(
      Object.fromEntries(
        embeds.pages.map((row) => [
          row.id,
          {
            'JS off requests': row.jsOff.requests,
            'JS off gzip': kb(row.jsOff.gzip),
            'JS on requests': row.jsOn.requests,
            'JS on gzip': kb(row.jsOn.gzip),
            'JS on raw': kb(row.jsOn.raw),
            'JS on + filter gzip': row.jsOnFiltered === null ? '—' : kb(row.jsOnFiltered.gzip),
          },
        ]),
      ),
    );
    console.log('Embeds: smallest text any embed page shows, per viewport width (CSS px on screen; SVG text times its scale)');
    console.table(
      Object.fromEntries(
        embeds.smallestText.map((row) => [
          `${String(row.width)} px`,
          { 'JS off': `${row.jsOff.size.toFixed(1)} px (${row.jsOff.id})`, 'JS on': `${row.jsOn.size.toFixed(1)} px (${row.jsOn.id})` },
        ]),
      ),
    );
    console.log(
      `Beside: a bare recharts + React bar chart bundles to ${kb(embeds.bareRechartsGzip)} gzip (this run); the React + recharts live swap the enhancement script replaced fetched ${LIVE_SWAP_GZIP_BEFORE.recharts} per recharts embed and ${LIVE_SWAP_GZIP_BEFORE.timeline} per timeline with JS on (earlier runs).`,
    );
    console.log(
      `First contentful paint of embed "${embeds.firstRender.id}" in Chromium: ${ms(embeds.firstRender.medianFcpMs)} (median of ${embeds.firstRender.runs} fresh loads)`,
    );
  }
}

process.exitCode = await main();
