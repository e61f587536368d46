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
  measure: z.enum(PARTNERSHIP_MEASURES).meta({ description: 'What the figure measures: `diplomatic-relations` (countries with relations), `partnership-tier` (partnerships of one tier) or `diplomacy-index-rank` (a Lowy Institute Global Diplomacy Index 2019 rank)' }),
  /** The tier counted, for `partnership-tier` figures. */
  tier: z.enum(PARTNERSHIP_TIERS).optional().meta({ description: 'The partnership tier counted, highest first: `comprehensive-strategic`, `strategic`, `comprehensive`; only for `partnership-tier` figures' }),
  /** The ranking's scope, for `diplomacy-index-rank` figures. */
  scope: z.enum(RANK_SCOPES).optional().meta({ description: 'Whom the rank is among: `world` or `asia`; only for `diplomacy-index-rank` figures' }),
});
/** A number about Vietnam's diplomatic network. */
export type PartnershipFigure = z.infer<typeof PartnershipFigure>;

/** A former foe with which Vietnam has a high-level partnership framework (the article does not give the tier). */
export const FormerFoeFramework = z.strictObject({
  /** Stable kebab-case id. */
  id: RecordId,
  /** The country as named in the article. */
  country: z.string().min(1).meta({ description: 'The former foe, as the article names the country' }),
  /** Short label, our words. */
  label: z.string().min(1).meta({ description: 'Short label for the framework, in our words' }),
  /** Evidence. */
  sources: Sources,
  /** Our remarks. */
  notes: Notes,
});
/** A former foe with which Vietnam has a high-level partnership framework. */
export type FormerFoeFramework = z.infer<typeof FormerFoeFramework>;
