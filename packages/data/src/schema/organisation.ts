import { z } from 'zod';
import { ORGANISATION_KINDS } from '../vocabulary/organisations';
import { Quantity } from './quantity';
import { Notes, RecordId, Sources } from './source';

/** A named organisation, body, facility or initiative. */
export const Organisation = z.strictObject({
  /** Stable kebab-case id. */
  id: RecordId,
  /** Name as the article writes it. */
  name: z.string().min(1).meta({ description: 'Name of the organisation, body, facility or initiative as the article writes it' }),
  /** Abbreviation the article uses, if any. */
  abbreviation: z.string().min(1).optional().meta({ description: 'Abbreviation the article uses (e.g. ASEAN); absent when it uses none' }),
  /** What kind of body or initiative. */
  kind: z.enum(ORGANISATION_KINDS).meta({ description: 'What kind of body or initiative (e.g. `international-organisation`, `state-body`, `research-institute`, `facility`)' }),
  /** What the article says about it. */
  description: z.string().min(1).meta({ description: 'What the article says about it, in short' }),
  /** Numbers the article gives about it (the Economic Advisory Group's 15 members). */
  quantities: z.array(Quantity).optional().meta({ description: 'Numbers the article gives about it, each with its unit (e.g. the Economic Advisory Group’s 15 members)' }),
  /** Evidence. */
  sources: Sources,
  /** Our remarks. */
  notes: Notes,
});
/** A named organisation, body, facility or initiative. */
export type Organisation = z.infer<typeof Organisation>;
