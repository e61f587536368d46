import { z } from 'zod';
import { PARTNERSHIP_MEASURES, PARTNERSHIP_TIERS, RANK_SCOPES } from '../vocabulary/partnerships';
import { Figure } from './quantity';
import { Notes, RecordId, Sources } from './source';

/**
 * A number about Vietnam's diplomatic network: total relations, the count of one partnership
 * tier, or a rank in the Lowy Institute Global Diplomacy Index 2019.
 */
export const PartnershipFigure = Figure.extend({
  /** What the figure measures. */
  measure: z.enum(PARTNERSHIP_MEASURES),
  /** The tier counted, for `partnership-tier` figures. */
  tier: z.enum(PARTNERSHIP_TIERS).optional(),
  /** The ranking's scope, for `diplomacy-index-rank` figures. */
  scope: z.enum(RANK_SCOPES).optional(),
});
/** A number about Vietnam's diplomatic network. */
export type PartnershipFigure = z.infer<typeof PartnershipFigure>;

/** A former foe with which Vietnam has a high-level partnership framework (the article does not give the tier). */
export const FormerFoeFramework = z.strictObject({
  /** Stable kebab-case id. */
  id: RecordId,
  /** The country as named in the article. */
  country: z.string().min(1),
  /** Short label, our words. */
  label: z.string().min(1),
  /** Evidence. */
  sources: Sources,
  /** Our remarks. */
  notes: Notes,
});
/** A former foe with which Vietnam has a high-level partnership framework. */
export type FormerFoeFramework = z.infer<typeof FormerFoeFramework>;
