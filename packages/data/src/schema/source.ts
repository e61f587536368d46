import { z } from 'zod';
import { ArticleId } from './article';

/** Longest quote accepted: the contract asks for "at most about 300 characters"; 320 leaves room for a sentence's end. */
export const MAX_QUOTE_LENGTH = 320;

/** One piece of evidence: a verbatim passage of an article, and the footnote it sits in when it does. */
export const Source = z
  .strictObject({
    /** Which article the quote is copied from. */
    article: ArticleId,
    /** Verbatim passage, byte-for-byte as in the article file (typographic quotes kept). */
    quote: z
      .string()
      .min(1, { error: 'quote must not be empty' })
      .max(MAX_QUOTE_LENGTH, { error: `quote must be at most ${MAX_QUOTE_LENGTH} characters` })
      .meta({
        description: `Passage copied verbatim from the article (typographic quotes and non-breaking spaces kept), at most ${MAX_QUOTE_LENGTH} characters`,
      }),
    /** Number of the iseas-2021-6 footnote the quote is in, when it is in one. */
    footnote: z
      .int()
      .min(1)
      .max(48)
      .optional()
      .meta({ description: 'Number (1–48) of the iseas-2021-6 footnote the passage sits in or is marked with; absent for body text' }),
  })
  // The title names each column of a flattened list in the Table Schema: `sources.0.quote` is "… (source 1)".
  .meta({ title: 'Source', description: 'One piece of evidence: a verbatim passage of an article' });
/** One piece of evidence: a verbatim passage of an article, and the footnote it sits in when it does. */
export type Source = z.infer<typeof Source>;

/** A non-empty list of sources; the first one names the record's own article. */
export const Sources = z
  .array(Source)
  .min(1, { error: 'a record needs at least one source' })
  .meta({ description: "Evidence: one or more verbatim passages; the first is from the record's own article" });
/** A non-empty list of sources. */
export type Sources = z.infer<typeof Sources>;

/** Record id: kebab-case, unique within its dataset. */
export const RecordId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'id must be kebab-case (a-z, 0-9 and single hyphens)' })
  .meta({ description: 'Stable record id: kebab-case (a–z, 0–9, single hyphens), unique within its dataset and kept across versions' });
/** Record id: kebab-case, unique within its dataset. */
export type RecordId = z.infer<typeof RecordId>;

/** Free-text remarks of ours (derivations, caveats); never a fact the articles do not state. */
export const Notes = z
  .array(z.string().min(1))
  .optional()
  .meta({ description: 'Our remarks (derivations, caveats, inferences), in our words; never a fact the articles do not state' });
/** Free-text remarks of ours. */
export type Notes = z.infer<typeof Notes>;
