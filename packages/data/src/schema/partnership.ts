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

/**
 * A bilateral partnership in one article's own words ("a long-standing strategic partnership with
 * North Korea"). Kept apart from the tier counts of `PartnershipFigure`: it has no tier and no
 * number, since no article says which tier, if any, the phrase names.
 */
export const PartnershipPhrase = z
  .strictObject({
    /** Stable kebab-case id. */
    id: RecordId,
    /** The partner, as the article names it. */
    partner: z.string().min(1).meta({ description: 'The partner country, as the article names it' }),
    /** Short label, our words. */
    label: z.string().min(1).meta({ description: 'Short label for the partnership, in our words' }),
    /** The article's words for the partnership, verbatim. */
    phrase: z.string().min(1).meta({
      description: 'The article’s own words for the partnership, verbatim from the first quote (e.g. “long-standing strategic partnership”); not a tier of the `partnerships` dataset, whatever words it shares with one',
    }),
    /** Evidence; `sources[0]` holds the phrase. */
    sources: Sources,
    /** Our remarks. */
    notes: Notes,
  })
  .superRefine((record, ctx) => {
    const first = record.sources[0];
    if (first !== undefined && !first.quote.includes(record.phrase)) {
      ctx.addIssue({ code: 'custom', path: ['phrase'], message: 'the phrase must be copied verbatim from the first quote' });
    }
  });
/** A bilateral partnership in one article's own words, kept apart from the tier counts. */
export type PartnershipPhrase = z.infer<typeof PartnershipPhrase>;
