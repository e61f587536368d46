// The optional interactivity of an embed page: a few kilobytes that enhance the static figure the
// build wrote, in place, with the React charts' keyboard map and readouts (no React, no recharts:
// the page is complete without it). The timeline's part, which carries its model and data for
// the filters, loads only on a timeline's page.
import { enhanceCharts } from './enhance/chart';
import { INTERACTIVE_ATTRIBUTE } from './enhance/markup';

/** What the build wrote into the page's JSON island. */
export interface Island {
  /** The chart the figure is (a `ChartKind` of the ui package): the timeline's page gets its own part. */
  chart: string;
  /** Its props, as the build rendered the static figure with. */
  props: Readonly<Record<string, unknown>>;
  /** What the build wrote for the script from the chart's model (the timeline's topics and event details). */
  enhance: Readonly<Record<string, unknown>>;
}

function isRecord(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readIsland(): Island | undefined {
  const text = document.getElementById('vnm-island')?.textContent;
  if (!text) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const fields = new Map<string, unknown>(Object.entries(parsed));
  const chart = fields.get('chart');
  const props = fields.get('props');
  const enhance = fields.get('enhance') ?? {};
  // Which chart it is only decides which part runs; each part checks the markup it needs.
  if (typeof chart !== 'string' || !isRecord(props) || !isRecord(enhance)) return undefined;
  return { chart, props: Object.fromEntries(Object.entries(props)), enhance: Object.fromEntries(Object.entries(enhance)) };
}

/** Enhances the figure; returns why it could not, if it could not. */
async function enhance(content: Element, island: Island): Promise<string | undefined> {
  // The argument map is native disclosures: it works by keyboard as it is, with or without script.
  if (island.chart === 'argument-map-chart') return undefined;
  if (island.chart === 'mediation-spectrum-chart') {
    const { enhanceSpectrum } = await import('./enhance/spectrum');
    return enhanceSpectrum(content, island.enhance);
  }
  if (island.chart !== 'timeline') return enhanceCharts(content) > 0 ? undefined : 'the page has no chart listbox in a .vnm-plot';
  const { enhanceTimeline, readTimelineIsland } = await import('./enhance/timeline');
  const timeline = readTimelineIsland(island.props, island.enhance);
  return timeline.ok ? enhanceTimeline(content, timeline.island) : timeline.problem;
}

const content = document.querySelector('[data-vnm-content]');
const island = readIsland();
if (content && island) {
  void enhance(content, island).then((problem) => {
    if (problem === undefined) document.documentElement.setAttribute(INTERACTIVE_ATTRIBUTE, '');
    else console.warn(`vn-mediation: ${problem}; the chart stays static`);
  });
} else if (content) {
  console.warn('vn-mediation: the page’s #vnm-island is missing or not { chart, props, enhance }; the chart stays static');
}
