import { z } from 'zod';
import { ECONOMY_MEASURES } from '../vocabulary/economy';
import { Figure } from './quantity';

/** A number about Vietnam's economic ties and exposure (iseas-2021-6, citing a Moody report). */
export const EconomyFigure = Figure.extend({
  /** What the figure measures. */
  measure: z.enum(ECONOMY_MEASURES).meta({ description: 'What the figure measures: `intermediate-goods-import-share` (share of Vietnam’s intermediate goods imported from the partner, per cent) or `exports-share-of-gdp` (Vietnam’s exports to the partner as a share of its GDP, per cent)' }),
  /** The partner economy as named in the article. */
  partner: z.string().min(1).meta({ description: 'The partner economy, as the article names it' }),
});
/** A number about Vietnam's economic ties and exposure. */
export type EconomyFigure = z.infer<typeof EconomyFigure>;
