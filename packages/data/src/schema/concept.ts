import { z } from 'zod';
import { CONCEPT_KINDS } from '../vocabulary/concepts';
import { Notes, RecordId, Sources } from './source';

/** One term of the mediation vocabulary: a role, a strategy, an option, an interest, a challenge. */
export const Concept = z.strictObject({
  /** Stable kebab-case id. */
  id: RecordId,
  /** The term as the article writes it. */
  term: z.string().min(1).meta({ description: 'The term as the article writes it' }),
  /** What kind of term it is. */
  kind: z.enum(CONCEPT_KINDS).meta({ description: 'What kind of term it is (e.g. `third-party-role`, `mediation-strategy`, `recommended-option`, `national-interest`, `security-challenge`)' }),
  /** What the article says it means or why it matters, in short (our words where not quoted). */
  description: z.string().min(1).meta({ description: 'What the article says the term means or why it matters, in short (our words where not quoted)' }),
  /** Position in the article's own enumeration ("(i)", "Firstly", "the first and second approaches"), 1-based. */
  order: z.int().min(1).optional().meta({ description: 'Position (1-based) in the article’s own enumeration (“(i)”, “Firstly”); absent when the article does not number it' }),
  /** Evidence. */
  sources: Sources,
  /** Our remarks. */
  notes: Notes,
});
/** One term of the mediation vocabulary. */
export type Concept = z.infer<typeof Concept>;
