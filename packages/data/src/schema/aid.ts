import { z } from 'zod';
import { AID_COMMODITIES, AID_FLOWS } from '../vocabulary/aid';
import { EventDate } from './date';
import { Figure } from './quantity';

/** One amount of Vietnam's aid to, or unpaid sale to, the DPRK. */
export const AidFigure = Figure.extend({
  /** What was given or sold. */
  commodity: z.enum(AID_COMMODITIES),
  /** Aid given, or a sale left unpaid. */
  flow: z.enum(AID_FLOWS),
  /** Recipient as the article names it. */
  recipient: z.string().min(1),
  /** The year or span the amount belongs to (required: every aid amount is dated). */
  asOf: EventDate,
});
/** One amount of Vietnam's aid to, or unpaid sale to, the DPRK. */
export type AidFigure = z.infer<typeof AidFigure>;
