import { z } from 'zod';
import { Notes, RecordId, Sources } from './source';

/** A person named in an article, with the role the article gives. */
export const Person = z.strictObject({
  /** Stable kebab-case id. */
  id: RecordId,
  /** Name as the article writes it. */
  name: z.string().min(1).meta({ description: 'The person’s name as the article writes it' }),
  /** Role as the article gives it. */
  role: z.string().min(1).meta({ description: 'The person’s role or office as the article gives it' }),
  /** Evidence. */
  sources: Sources,
  /** Our remarks. */
  notes: Notes,
});
/** A person named in an article. */
export type Person = z.infer<typeof Person>;
