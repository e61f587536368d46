/**
 * Economy: Vietnam's economic exposure to South Korea, the figures iseas-2021-6 takes from a
 * Moody report (footnote 34) to argue that a Korean conflict would hit Vietnam hard.
 *
 * Caveats: both figures are hedged in the article ("approximately", "more than"); the hedge is
 * kept in `valueQualifier`. The article gives no year for them beyond the 2017 source.
 */
import type { EconomyFigure } from '../schema/economy';

export type { EconomyFigure } from '../schema/economy';
export type { Unit } from '../schema/quantity';
export type { Source } from '../schema/source';
export { ECONOMY_MEASURES } from '../vocabulary/economy';

const EXPOSURE =
  'This is because approximately 20 per cent of Vietnam’s intermediate goods are imported from South Korea, while its exports to South Korea account for more than 5 per cent of its GDP.';

/** Figures of Vietnam's economic ties and exposure. */
export const economyFigures: readonly EconomyFigure[] = [
  {
    id: 'intermediate-goods-from-south-korea',
    label: 'Share of Vietnam’s intermediate goods imported from South Korea',
    measure: 'intermediate-goods-import-share',
    partner: 'South Korea',
    value: 20,
    unit: 'percent',
    valueQualifier: 'approximately',
    sources: [{ article: 'iseas-2021-6', quote: EXPOSURE, footnote: 34 }],
  },
  {
    id: 'exports-to-south-korea-share-of-gdp',
    label: 'Vietnam’s exports to South Korea as a share of its GDP',
    measure: 'exports-share-of-gdp',
    partner: 'South Korea',
    value: 5,
    unit: 'percent',
    valueQualifier: 'more-than',
    sources: [{ article: 'iseas-2021-6', quote: EXPOSURE, footnote: 34 }],
  },
];
