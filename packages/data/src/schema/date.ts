import { z } from 'zod';

import { COARSE_PRECISIONS, DATE_QUALIFIERS, MAX_YEAR, MIN_YEAR, daysInMonth, startsCoarsePeriod } from '../vocabulary/dates';

/**
 * A date known only to the precision the article gives: the fields present say the precision
 * (year; year+month; year+month+day). `precision` widens a year to its decade or century
 * ("the early 1960s" is `{ year: 1960, precision: 'decade' }`, "the 15th century" is
 * `{ year: 1400, precision: 'century' }`).
 */
export const PartialDate = z
  .strictObject({
    /** Calendar year (first year of the decade or century when `precision` is set). */
    year: z
      .int({ error: 'year must be an integer' })
      .min(MIN_YEAR, { error: `year must be between ${MIN_YEAR} and ${MAX_YEAR}` })
      .max(MAX_YEAR, { error: `year must be between ${MIN_YEAR} and ${MAX_YEAR}` })
      .meta({ description: 'Calendar year (CE); the first year of the decade or century when `precision` is set' }),
    /** Month 1–12, only when the article names the month. */
    month: z
      .int({ error: 'month must be an integer' })
      .min(1, { error: 'month must be between 1 and 12' })
      .max(12, { error: 'month must be between 1 and 12' })
      .optional()
      .meta({ description: 'Month of the year, 1 (January) to 12 (December); absent when the article does not name the month' }),
    /** Day of the month, only when the article names the day. */
    day: z
      .int({ error: 'day must be an integer' })
      .min(1, { error: 'day must be between 1 and 31' })
      .max(31, { error: 'day must be between 1 and 31' })
      .optional()
      .meta({ description: 'Day of the month, 1–31; absent when the article does not name the day' }),
    /** Set when the article gives only a decade or a century. */
    precision: z
      .enum(COARSE_PRECISIONS)
      .optional()
      .meta({ description: '`decade` or `century` when the article gives only that (`year` is then its first year); absent when the date is as precise as its fields' }),
  })
  .superRefine((date, ctx) => {
    if (date.day !== undefined && date.month === undefined) {
      ctx.addIssue({ code: 'custom', path: ['day'], message: 'day given without a month' });
    }
    if (date.day !== undefined && date.month !== undefined) {
      const max = daysInMonth(date.year, date.month);
      if (date.day > max) {
        ctx.addIssue({ code: 'custom', path: ['day'], message: `day out of range: month ${date.month} of ${date.year} has ${max} days` });
      }
    }
    if (date.precision !== undefined && date.month !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['precision'], message: `a ${date.precision} precision cannot carry a month` });
    }
    if (date.precision !== undefined && !startsCoarsePeriod(date.year, date.precision)) {
      ctx.addIssue({ code: 'custom', path: ['year'], message: date.precision === 'decade' ? 'a decade starts on a year ending in 0' : 'a century starts on a year ending in 00' });
    }
  });
/** A date known only to the precision the article gives. */
export type PartialDate = z.infer<typeof PartialDate>;

// Both branches of `EventDate` carry `kind`; one text, so the flattened `date.kind` column reads the same from either.
const DATE_KIND_DESCRIPTION = '`point` for a single (possibly hedged) date in `date`, `span` for a period from `start` to `end`';

/** A point in time, possibly hedged ("since 2014", "up to January 2020", "by the end of 2020"). */
export const PointDate = z.strictObject({
  kind: z.literal('point').meta({ description: DATE_KIND_DESCRIPTION }),
  /** The date itself. */
  date: PartialDate.meta({ description: 'The point in time' }),
  /** The article's hedge, when it gives one. */
  qualifier: z
    .enum(DATE_QUALIFIERS)
    .optional()
    .meta({ description: 'The article’s hedge on the date: `early` (early in it), `by-end-of` (by its end), `up-to` (until then) or `since` (from then on); absent when unhedged' }),
});
/** A point in time, possibly hedged. */
export type PointDate = z.infer<typeof PointDate>;

/** A period from `start` to `end` inclusive ("1258-1308", "From 2000 to 2012"). */
export const SpanDate = z
  .strictObject({
    kind: z.literal('span').meta({ description: DATE_KIND_DESCRIPTION }),
    /** First date of the span. */
    start: PartialDate.meta({ description: 'First date of the span, inclusive' }),
    /** Last date of the span. */
    end: PartialDate.meta({ description: 'Last date of the span, inclusive' }),
  })
  .superRefine((span, ctx) => {
    if (span.end.year < span.start.year) {
      ctx.addIssue({ code: 'custom', path: ['end', 'year'], message: 'span ends before it starts' });
    }
  });
/** A period from `start` to `end` inclusive. */
export type SpanDate = z.infer<typeof SpanDate>;

/** When something happened, at the article's precision. */
export const EventDate = z.discriminatedUnion('kind', [PointDate, SpanDate]);
/** When something happened, at the article's precision. */
export type EventDate = z.infer<typeof EventDate>;
