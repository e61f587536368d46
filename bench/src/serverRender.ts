import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { timelineEvents, type TimelineEvent } from '@vn-mediation/data/timeline';
import { medianMs } from './timing';
import { chartComponents } from './charts';

/** Server-render time of the Timeline at one size. */
export interface TimelineScalePoint {
  /** Synthetic events rendered. */
  events: number;
  /** Median renderToString time, ms. */
  medianMs: number;
  /** medianMs of this size / medianMs of the previous size (10× the events): ~10 when linear. */
  growth: number | null;
  /** Median time per event, µs. */
  perEventUs: number;
}

/** Server-render time of one chart with its default data. */
export interface ChartRenderTime {
  /** The subpath, e.g. `pko-women-share-chart`. */
  subpath: string;
  /** Median renderToString time, ms. */
  medianMs: number;
}

/**
 * `count` events cycled from the real timeline, each with its own id and year, so that eras,
 * filters and the table grow with the input as they would with real data.
 */
export function syntheticEvents(count: number): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i += 1) {
    const template = timelineEvents[i % timelineEvents.length];
    if (!template) throw new Error('the timeline dataset is empty');
    events.push({
      ...template,
      id: `${template.id}-${i}`,
      date: { kind: 'point', date: { year: 1258 + ((i * 37) % 763) } },
    });
  }
  return events;
}

function runsFor(size: number): number {
  if (size <= 100) return 30;
  if (size <= 1000) return 10;
  return 3;
}

/** renderToString of the Timeline for 10, 100, 1,000 and 10,000 events. */
export async function measureTimelineScale(sizes: readonly number[] = [10, 100, 1000, 10000]): Promise<TimelineScalePoint[]> {
  const { Timeline } = await import('@vn-mediation/ui/timeline');
  const points: TimelineScalePoint[] = [];
  let previous: number | null = null;
  for (const size of sizes) {
    const data = syntheticEvents(size);
    const html = renderToString(createElement(Timeline, { data }));
    if (html.length === 0) throw new Error(`Timeline rendered nothing for ${size} events`);
    const ms = medianMs(() => renderToString(createElement(Timeline, { data })), runsFor(size), 1);
    points.push({ events: size, medianMs: ms, growth: previous === null ? null : ms / previous, perEventUs: (ms * 1000) / size });
    previous = ms;
  }
  return points;
}

/** renderToString of every chart with its default dataset. */
export function measureChartRenders(): ChartRenderTime[] {
  const times: ChartRenderTime[] = [];
  for (const [subpath, Component] of Object.entries(chartComponents())) {
    times.push({ subpath, medianMs: medianMs(() => renderToString(createElement(Component)), 30, 3) });
  }
  return times;
}
