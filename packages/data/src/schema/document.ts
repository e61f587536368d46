import { z } from 'zod';
import { DOCUMENT_KINDS } from '../vocabulary/documents';
import { EventDate } from './date';
import { Notes, RecordId, Sources } from './source';

/** A document the articles name: a directive, a resolution, an agreement, a chronicle. */
export const DocumentRecord = z.strictObject({
  /** Stable kebab-case id. */
  id: RecordId,
  /** Title or name as the article gives it. */
  title: z.string().min(1).meta({ description: 'Title or name of the document as the article gives it' }),
  /** What kind of document. */
  kind: z.enum(DOCUMENT_KINDS).meta({ description: 'What kind of document (e.g. `directive`, `resolution`, `agreement`, `chronicle`)' }),
  /** Who issued or adopted it, as named. */
  issuer: z.string().min(1).optional().meta({ description: 'Who issued or adopted it, as the article names them; absent when not named' }),
  /** When it was issued or adopted, at the article's precision. */
  date: EventDate.optional().meta({ description: 'When it was issued or adopted, at the article’s precision; absent when the article gives no date' }),
  /** What the article says it does. */
  description: z.string().min(1).meta({ description: 'What the article says the document does, in short' }),
  /** Evidence. */
  sources: Sources,
  /** Our remarks. */
  notes: Notes,
});
/** A document the articles name. */
export type DocumentRecord = z.infer<typeof DocumentRecord>;
