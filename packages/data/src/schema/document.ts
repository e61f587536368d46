import { z } from 'zod';
import { DOCUMENT_KINDS } from '../vocabulary/documents';
import { EventDate } from './date';
import { Notes, RecordId, Sources } from './source';

/** A document the articles name: a directive, a resolution, an agreement, a chronicle. */
export const DocumentRecord = z.strictObject({
  /** Stable kebab-case id. */
  id: RecordId,
  /** Title or name as the article gives it. */
  title: z.string().min(1),
  /** What kind of document. */
  kind: z.enum(DOCUMENT_KINDS),
  /** Who issued or adopted it, as named. */
  issuer: z.string().min(1).optional(),
  /** When it was issued or adopted, at the article's precision. */
  date: EventDate.optional(),
  /** What the article says it does. */
  description: z.string().min(1),
  /** Evidence. */
  sources: Sources,
  /** Our remarks. */
  notes: Notes,
});
/** A document the articles name. */
export type DocumentRecord = z.infer<typeof DocumentRecord>;
