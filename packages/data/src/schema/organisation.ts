import { z } from 'zod';
import { ORGANISATION_KINDS } from '../vocabulary/organisations';
import { Quantity } from './quantity';
import { Notes, RecordId, Sources } from './source';

/** A named organisation, body, facility or initiative. */
export const Organisation = z.strictObject({
  /** Stable kebab-case id. */
  id: RecordId,
  /** Name as the article writes it. */
  name: z.string().min(1),
  /** Abbreviation the article uses, if any. */
  abbreviation: z.string().min(1).optional(),
  /** What kind of body or initiative. */
  kind: z.enum(ORGANISATION_KINDS),
  /** What the article says about it. */
  description: z.string().min(1),
  /** Numbers the article gives about it (the Economic Advisory Group's 15 members). */
  quantities: z.array(Quantity).optional(),
  /** Evidence. */
  sources: Sources,
  /** Our remarks. */
  notes: Notes,
});
/** A named organisation, body, facility or initiative. */
export type Organisation = z.infer<typeof Organisation>;
