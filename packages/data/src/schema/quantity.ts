import { z } from 'zod';
import { UNITS, VALUE_QUALIFIERS } from '../vocabulary/units';
import { EventDate } from './date';
import { Notes, RecordId, Sources } from './source';

/** Unit of a number, as the article counts it ("tons" in diplomat-2016 is kept apart from "tonnes"). */
export const Unit = z.enum(UNITS);
/** Unit of a number, as the article counts it. */
export type Unit = z.infer<typeof Unit>;

/** A number with its unit, e.g. the 300,000 troops of an event. */
export const Quantity = z.strictObject({
  /** What is counted, our words ("troops deployed"). */
  label: z.string().min(1),
  /** The number as reported (US$18 million is 18000000). */
  value: z.number({ error: 'value must be a number' }),
  /** What the number counts. */
  unit: Unit,
});
/** A number with its unit. */
export type Quantity = z.infer<typeof Quantity>;

/** A ratio the article reports next to its parts, so a test can recompute it. */
export const Derivation = z.strictObject({
  /** Count on top (23 in "23/166"). */
  numerator: z.number(),
  /** Count below (166 in "23/166"). */
  denominator: z.number().positive(),
});
/** A ratio the article reports next to its parts. */
export type Derivation = z.infer<typeof Derivation>;

/**
 * The fields every figure record shares: a labelled number with its unit, the as-of date the
 * article gives, and its sources. Dataset schemas extend it.
 */
export const Figure = z.strictObject({
  /** Stable kebab-case id, unique in its dataset. */
  id: RecordId,
  /** Short human label, our words. */
  label: z.string().min(1),
  /** The number exactly as the article reports it. */
  value: z.number({ error: 'value must be a number' }),
  /** What the number counts. */
  unit: Unit,
  /** The article's hedge on the number, when it gives one. */
  valueQualifier: z.enum(VALUE_QUALIFIERS).optional(),
  /** The date the number holds at, when the article gives one. */
  asOf: EventDate.optional(),
  /** For a percentage printed next to its parts: the parts (a test recomputes the share). */
  derivedFrom: Derivation.optional(),
  /** Evidence; the first source is the figure's article. */
  sources: Sources,
  /** Our remarks: derivations, caveats. */
  notes: Notes,
});
/** A labelled number with its unit, as-of date and sources. */
export type Figure = z.infer<typeof Figure>;
