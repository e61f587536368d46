import { readFileSync } from 'node:fs';
import { bundleEntry } from './bundleSize';
import { benchRoot } from './paths';

/** Packages a React app already ships: left out of the "component only" bundles. */
const HOST_PACKAGES = ['react', 'react/*', 'react-dom', 'react-dom/*', 'recharts'] as const;

/** Which baseline a chart is compared with: a bare recharts chart of the same kind. */
type BaselineKind = 'scatter' | 'bar';

/** What a consumer bundle gains by importing one chart, beside its bare-recharts baseline. */
export interface ChartCost {
  /** The subpath, e.g. `timeline`. */
  subpath: string;
  /** The component imported from it. */
  component: string;
  /** The baseline it is compared with. */
  baseline: BaselineKind;
  /** gzip bytes with react, react-dom and recharts external: our component plus its default data. */
  ownGzip: number;
  /** gzip bytes of the baseline with the same externals. */
  baselineOwnGzip: number;
  /** gzip bytes with react, react-dom and recharts bundled in. */
  fullGzip: number;
  /** gzip bytes of the baseline with react, react-dom and recharts bundled in. */
  baselineFullGzip: number;
  /** fullGzip / baselineFullGzip. */
  fullRatio: number;
  /** Other chart folders whose code reached this bundle (must be empty). */
  leakedCharts: string[];
}

function pascalCase(kebab: string): string {
  return kebab
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** The chart subpaths the ui package exports (every subpath that is not the root or a helper). */
export function chartSubpaths(): string[] {
  const manifest: unknown = JSON.parse(readFileSync(new URL('../../packages/ui/package.json', import.meta.url), 'utf8'));
  if (typeof manifest !== 'object' || manifest === null || !('exports' in manifest)) throw new Error('ui package.json has no exports');
  const exportsField: unknown = manifest.exports;
  if (typeof exportsField !== 'object' || exportsField === null) throw new Error('ui exports is not an object');
  return Object.keys(exportsField)
    .filter((key) => key.startsWith('./') && key !== './package.json' && key !== './theme' && key !== './model' && key !== './navigation')
    .map((key) => key.slice(2));
}

const mountSource = (importLine: string, element: string) =>
  `${importLine}\nimport { createElement } from 'react';\nimport { createRoot } from 'react-dom/client';\n` +
  `createRoot(document.getElementById('root')).render(${element});\n`;

const baselineSource: Record<BaselineKind, string> = {
  scatter: mountSource(
    "import { ScatterBaseline } from './src/baselines/ScatterBaseline';",
    "createElement(ScatterBaseline, { data: [{ year: 1258, lane: 0, label: 'a' }, { year: 2020, lane: 1, label: 'b' }] })",
  ),
  bar: mountSource(
    "import { BarBaseline } from './src/baselines/BarBaseline';",
    "createElement(BarBaseline, { data: [{ label: 'a', value: 3 }, { label: 'b', value: 14 }] })",
  ),
};

/** gzip bytes of a bare recharts bar chart with React, react-dom and recharts bundled in: what any live recharts chart costs a page. */
export async function bareBarChartGzip(): Promise<number> {
  return (await bundleEntry(baselineSource.bar, { resolveDir: benchRoot, loader: 'tsx' })).gzip;
}

/** Measures each chart subpath and its baseline, with and without the host packages bundled. */
export async function measureCharts(): Promise<ChartCost[]> {
  const subpaths = chartSubpaths();
  const baselines = new Map<BaselineKind, { own: number; full: number }>();
  for (const kind of ['scatter', 'bar'] as const) {
    const own = await bundleEntry(baselineSource[kind], { resolveDir: benchRoot, external: HOST_PACKAGES, loader: 'tsx' });
    const full = await bundleEntry(baselineSource[kind], { resolveDir: benchRoot, loader: 'tsx' });
    baselines.set(kind, { own: own.gzip, full: full.gzip });
  }
  const costs: ChartCost[] = [];
  for (const subpath of subpaths) {
    const component = pascalCase(subpath);
    const baseline: BaselineKind = subpath === 'timeline' ? 'scatter' : 'bar';
    const source = mountSource(`import { ${component} } from '@vn-mediation/ui/${subpath}';`, `createElement(${component})`);
    const own = await bundleEntry(source, { resolveDir: benchRoot, external: HOST_PACKAGES });
    const full = await bundleEntry(source, { resolveDir: benchRoot });
    const base = baselines.get(baseline);
    if (!base) throw new Error(`no ${baseline} baseline`);
    const leakedCharts = subpaths
      .filter((other) => other !== subpath)
      .filter((other) => own.inputs.some((input) => input.includes(`/ui/dist/${other}.`)));
    costs.push({
      subpath,
      component,
      baseline,
      ownGzip: own.gzip,
      baselineOwnGzip: base.own,
      fullGzip: full.gzip,
      baselineFullGzip: base.full,
      fullRatio: full.gzip / base.full,
      leakedCharts,
    });
  }
  return costs;
}
