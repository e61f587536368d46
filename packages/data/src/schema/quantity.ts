import { z } from 'zod';
import { UNITS, VALUE_QUALIFIERS } from '../vocabulary/units';
import { EventDate } from './date';
import { Notes, RecordId, Sources } from './source';

/** Unit of a number, as the article counts it ("tons" in diplomat-2016 is kept apart from "tonnes"). */
export const Unit = z.enum(UNITS).meta({
  description: 'What the number counts, as the article counts it: `usd` is US dollars, `percent` is per cent (13.8 means 13.8%), `year` is a calendar year; `tons` (as diplomat-2016 writes it) is kept apart from `tonnes`',
});
/** Unit of a number, as the article counts it. */
export type Unit = z.infer<typeof Unit>;

/** A number with its unit, e.g. the 300,000 troops of an event. */
export const Quantity = z
  .strictObject({
    /** What is counted, our words ("troops deployed"). */
    label: z.string().min(1).meta({ description: 'What is counted, in our words (e.g. "troops deployed")' }),
    /** The number as reported (US$18 million is 18000000). */
    value: z.number({ error: 'value must be a number' }).meta({ description: 'The number as the article reports it, written out in full (US$18 million is 18000000), in `unit`' }),
    /** What the number counts. */
    unit: Unit,
  })
  // The title names each column of a flattened list in the Table Schema: `quantities.0.value` is "… (quantity 1)".
  .meta({ title: 'Quantity', description: 'A number with its unit' });
/** A number with its unit. */
export type Quantity = z.infer<typeof Quantity>;

/** A ratio the article reports next to its parts, so a test can recompute it. */
export const Derivation = z.strictObject({
  /** Count on top (23 in "23/166"). */
  numerator: z.number().meta({ description: 'The part: the count on top of the ratio (23 in "23/166")' }),
  /** Count below (166 in "23/166"). */
  denominator: z.number().positive().meta({ description: 'The whole: the count below the ratio (166 in "23/166"), greater than 0' }),
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
  label: z.string().min(1).meta({ description: 'Short label saying what the number is, in our words' }),
  /** The number exactly as the article reports it. */
  value: z
    .number({ error: 'value must be a number' })
    .meta({ description: 'The number exactly as the article reports it, written out in full (US$18 million is 18000000), in `unit`' }),
  /** What the number counts. */
  unit: Unit,
  /** The article's hedge on the number, when it gives one. */
  valueQualifier: z
    .enum(VALUE_QUALIFIERS)
    .optional()
    .meta({ description: 'The article’s hedge on the number: `approximately` or `more-than` (the value is a lower bound); absent when stated exactly' }),
  /** The date the number holds at, when the article gives one. */
  asOf: EventDate.optional().meta({ description: 'When the number holds (a year, a date or a span), at the article’s precision; absent when the article gives no date' }),
  /** For a percentage printed next to its parts: the parts (a test recomputes the share). */
  derivedFrom: Derivation.optional().meta({ description: 'For a percentage the article prints next to its parts (13.8% as 23/166): those parts, so the share can be recomputed' }),
  /** Evidence; the first source is the figure's article. */
  sources: Sources,
  /** Our remarks: derivations, caveats. */
  notes: Notes,
});
/** A labelled number with its unit, as-of date and sources. */
export type Figure = z.infer<typeof Figure>;
