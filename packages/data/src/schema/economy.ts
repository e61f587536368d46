import { z } from 'zod';
import { ECONOMY_MEASURES } from '../vocabulary/economy';
import { Figure } from './quantity';

/** A number about Vietnam's economic ties and exposure (iseas-2021-6, citing a Moody report). */
export const EconomyFigure = Figure.extend({
  /** What the figure measures. */
  measure: z.enum(ECONOMY_MEASURES),
  /** The partner economy as named in the article. */
  partner: z.string().min(1),
});
/** A number about Vietnam's economic ties and exposure. */
export type EconomyFigure = z.infer<typeof EconomyFigure>;
