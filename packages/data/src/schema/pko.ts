import { z } from 'zod';
import { PKO_MEASURES, PKO_PERSONNEL_TYPES } from '../vocabulary/pko';
import { Figure } from './quantity';

/** A number about Vietnam's UN peacekeeping (iseas-2021-6 footnotes 5 and 47). */
export const PkoFigure = Figure.extend({
  /** What the figure measures. */
  measure: z.enum(PKO_MEASURES).meta({ description: 'What the figure measures: `deployment-start` (year deployments began), `personnel-sent`, `field-hospitals`, `personnel-ready` (ready to deploy), `female-share` (Vietnam’s share of women, per cent) or `un-average-female-share` (the UN average, per cent)' }),
  /** Who is counted, where the figure counts people or a share of them. */
  personnelType: z.enum(PKO_PERSONNEL_TYPES).optional().meta({ description: 'Who is counted, for figures about people or a share of them, as the article words it (e.g. `officers`, `female-officers`, `military-contingents`); absent when the article does not say (the 166 of “23/166 female officers”) or the figure counts no people' }),
  /** Mission area as named in the article. */
  mission: z.string().min(1).optional().meta({ description: 'Mission area as the article names it (e.g. South Sudan); absent when not given' }),
});
/** A number about Vietnam's UN peacekeeping. */
export type PkoFigure = z.infer<typeof PkoFigure>;
