import type { EventDate, PartialDate } from './schema/date';

/** How precisely a date is known: the article's wording, from "the 15th century" to a day. */
export type DatePrecision = 'century' | 'decade' | 'year' | 'month' | 'day' | 'span';

/** The precision of a partial date: `precision` when set, else the finest field present. */
function partialPrecision(date: PartialDate): Exclude<DatePrecision, 'span'> {
  if (date.precision !== undefined) return date.precision;
  if (date.day !== undefined) return 'day';
  if (date.month !== undefined) return 'month';
  return 'year';
}

/** The precision of an event date ("span" for a period; else its point's precision). */
export function datePrecision(date: EventDate): DatePrecision {
  return date.kind === 'span' ? 'span' : partialPrecision(date.date);
}
