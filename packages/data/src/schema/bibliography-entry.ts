import { z } from 'zod';
import { MAX_YEAR, MIN_YEAR } from '../vocabulary/dates';
import { RecordRef } from './record-ref';
import { Notes, RecordId, Sources } from './source';

/** A reference cited by one of iseas-2021-6's 48 footnotes, as the footnote prints it. */
export const BibliographyEntry = z.strictObject({
  /** Stable kebab-case id ("fn-5", "fn-9-b" for a second reference). */
  id: RecordId,
  /** Footnote number, 1–48. */
  footnote: z.int().min(1).max(48).meta({ description: 'Number of the iseas-2021-6 footnote, 1–48' }),
  /** True for the unnumbered second reference printed on the line after a footnote. */
  secondary: z.boolean().meta({ description: '`true` for the unnumbered second reference printed on the line after a footnote, `false` for the footnote’s own' }),
  /** `reference` cites a work; `note` is a footnote that only comments (footnote 29). */
  kind: z.enum(['reference', 'note']).meta({ description: '`reference` when the footnote cites a work, `note` when it only comments' }),
  /** Authors or issuing body as printed; absent when the footnote names none. */
  authors: z
    .array(z.string().min(1))
    .min(1, { error: 'authors must not be empty: leave the field out when the footnote names no author' })
    .optional()
    .meta({ description: 'Authors or issuing body as printed; absent when the footnote names none' }),
  /** Year of publication as printed, when the footnote gives one. */
  year: z
    .int()
    .min(MIN_YEAR, { error: `year must be between ${MIN_YEAR} and ${MAX_YEAR}` })
    .max(MAX_YEAR, { error: `year must be between ${MIN_YEAR} and ${MAX_YEAR}` })
    .optional()
    .meta({ description: 'Year of publication as printed (calendar year); absent when the footnote gives none' }),
  /** Title as printed (typographic quotes around it dropped); absent for a note. */
  title: z.string().min(1).optional().meta({ description: 'Title of the work as printed, without the typographic quotes around it; absent for a note' }),
  /** Publisher, outlet or journal as printed. */
  publisher: z.string().min(1).optional().meta({ description: 'Publisher, outlet or journal as printed; absent when not given' }),
  /** Day and month, edition, volume or pages as printed ("30 May", "p. 473"). */
  details: z.string().min(1).optional().meta({ description: 'Day and month, edition, volume or pages as printed (e.g. “30 May”, “p. 473”)' }),
  /** Records citing this footnote, as "dataset/id" (a test checks this list against every source). */
  citedBy: z
    .array(RecordRef)
    .meta({ description: 'The records whose sources cite this footnote, each as `dataset/id`' }),
  /** The footnote text itself, verbatim. */
  sources: Sources.meta({ description: 'The footnote’s own text, verbatim, as the evidence for this entry' }),
  /** Our remarks. */
  notes: Notes,
}).superRefine((entry, ctx) => {
  if (entry.kind === 'reference' && entry.title === undefined) {
    ctx.addIssue({ code: 'custom', path: ['title'], message: 'a reference needs a title' });
  }
});
/** A reference cited by one of iseas-2021-6's footnotes. */
export type BibliographyEntry = z.infer<typeof BibliographyEntry>;
