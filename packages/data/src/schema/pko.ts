import { z } from 'zod';
import { PKO_MEASURES, PKO_PERSONNEL_TYPES } from '../vocabulary/pko';
import { Figure } from './quantity';

/** A number about Vietnam's UN peacekeeping (iseas-2021-6 footnotes 5 and 47). */
export const PkoFigure = Figure.extend({
  /** What the figure measures. */
  measure: z.enum(PKO_MEASURES),
  /** Who is counted, where the figure counts people or a share of them. */
  personnelType: z.enum(PKO_PERSONNEL_TYPES).optional(),
  /** Mission area as named in the article. */
  mission: z.string().min(1).optional(),
});
/** A number about Vietnam's UN peacekeeping. */
export type PkoFigure = z.infer<typeof PkoFigure>;
