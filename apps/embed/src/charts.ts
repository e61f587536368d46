import type { ComponentType } from 'react';

/**
 * Each chart an embed can show, keyed by its `@vn-mediation/ui` subpath and loaded on demand,
 * so the build (and the React reference page of the browser tests) pull in only the chart they need.
 */
export const chartLoaders = {
  timeline: async () => (await import('@vn-mediation/ui/timeline')).Timeline,
  'partnership-tier-chart': async () => (await import('@vn-mediation/ui/partnership-tier-chart')).PartnershipTierChart,
  'pko-personnel-chart': async () => (await import('@vn-mediation/ui/pko-personnel-chart')).PkoPersonnelChart,
  'pko-women-share-chart': async () => (await import('@vn-mediation/ui/pko-women-share-chart')).PkoWomenShareChart,
  'dprk-aid-chart': async () => (await import('@vn-mediation/ui/dprk-aid-chart')).DprkAidChart,
  'mediation-spectrum-chart': async () => (await import('@vn-mediation/ui/mediation-spectrum-chart')).MediationSpectrumChart,
  'argument-map-chart': async () => (await import('@vn-mediation/ui/argument-map-chart')).ArgumentMapChart,
} satisfies Record<string, () => Promise<ComponentType<never>>>;

/** The name of a chart, as the catalog and the pages' JSON islands refer to it. */
export type ChartKey = keyof typeof chartLoaders;

/** The props a chart accepts. */
export type ChartProps<K extends ChartKey> = Awaited<ReturnType<(typeof chartLoaders)[K]>> extends ComponentType<infer P> ? P : never;

/** Whether `value` names a chart. */
export function isChartKey(value: unknown): value is ChartKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(chartLoaders, value);
}
