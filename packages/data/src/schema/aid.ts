import { z } from 'zod';
import { AID_COMMODITIES, AID_FLOWS, AID_RECIPIENTS } from '../vocabulary/aid';
import { EventDate } from './date';
import { Figure } from './quantity';

/** One amount of Vietnam's aid to, or unpaid sale to, the DPRK. */
export const AidFigure = Figure.extend({
  /** What was given or sold. */
  commodity: z.enum(AID_COMMODITIES).meta({ description: 'What was given or sold: `rice`, `material-rubber`, `emergency-aid` or `flood-relief` (the last two are US$ amounts)' }),
  /** Aid given, or a sale left unpaid. */
  flow: z.enum(AID_FLOWS).meta({ description: '`aid` for aid Vietnam gave, `unpaid-sale` for a sale North Korea did not pay for' }),
  /** Who received the aid or bought the rice, one value whatever the article's wording. */
  recipient: z.enum(AID_RECIPIENTS).meta({
    description: 'Who received the aid or bought the rice, one value to filter on: `dprk` (North Korea); the article’s own words for it (“the DPRK”, “North Korea”, “the North Asian nation”) are in the quote',
  }),
  /** The year or span the amount belongs to (required: every aid amount is dated). */
  asOf: EventDate.meta({ description: 'The year or span the amount belongs to, at the article’s precision (every aid amount is dated)' }),
});
/** One amount of Vietnam's aid to, or unpaid sale to, the DPRK. */
export type AidFigure = z.infer<typeof AidFigure>;
