import type { ComponentType } from 'react';
import { ArgumentMapChart } from '@vn-mediation/ui/argument-map-chart';
import { DprkAidChart } from '@vn-mediation/ui/dprk-aid-chart';
import { MediationSpectrumChart } from '@vn-mediation/ui/mediation-spectrum-chart';
import { PartnershipTierChart } from '@vn-mediation/ui/partnership-tier-chart';
import { PkoPersonnelChart } from '@vn-mediation/ui/pko-personnel-chart';
import { PkoWomenShareChart } from '@vn-mediation/ui/pko-women-share-chart';
import { Timeline } from '@vn-mediation/ui/timeline';
import { chartSubpaths } from './uiBundles';

// Every chart renders with its default dataset when given no props.
const CHARTS: Readonly<Record<string, ComponentType>> = {
  timeline: Timeline,
  'partnership-tier-chart': PartnershipTierChart,
  'pko-personnel-chart': PkoPersonnelChart,
  'pko-women-share-chart': PkoWomenShareChart,
  'dprk-aid-chart': DprkAidChart,
  'mediation-spectrum-chart': MediationSpectrumChart,
  'argument-map-chart': ArgumentMapChart,
};

/**
 * The chart components by subpath. Throws when the ui package exports a chart this bench does
 * not know, so that a new chart is never silently left out of the figures.
 */
export function chartComponents(): Readonly<Record<string, ComponentType>> {
  const unknown = chartSubpaths().filter((subpath) => !(subpath in CHARTS));
  if (unknown.length > 0) throw new Error(`add ${unknown.join(', ')} to bench/src/charts.ts`);
  return CHARTS;
}
