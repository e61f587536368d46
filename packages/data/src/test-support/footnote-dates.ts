import type { BibliographyEntry } from '../schema/bibliography-entry';
import type { EventDate } from '../schema/date';

/** A year, with its month when known: the precision two dates can be compared at. */
export interface YearMonth {
  year: number;
  month?: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * When the works of a footnote were published, at the latest: the latest of its references'
 * printed year and, where `details` prints a day and month ("30 May"), that month. `undefined`
 * when a reference of the footnote prints no year (a note, a web page), so nothing is claimed.
 */
export function latestPublication(entries: readonly BibliographyEntry[]): YearMonth | undefined {
  let latest: YearMonth | undefined;
  for (const entry of entries) {
    if (entry.year === undefined) return undefined;
    const printed = /^\d{1,2} ([A-Z][a-z]+)(?: \d{4})?$/.exec(entry.details ?? '');
    const month = MONTHS.indexOf(printed?.[1] ?? '') + 1;
    const date: YearMonth = month > 0 ? { year: entry.year, month } : { year: entry.year };
    if (latest === undefined || isAfter(date, latest)) latest = date;
  }
  return latest;
}

/** Whether `a` is certainly later than `b`: a later year, or a later month of the same year when both give one. */
export function isAfter(a: YearMonth, b: YearMonth): boolean {
  if (a.year !== b.year) return a.year > b.year;
  return a.month !== undefined && b.month !== undefined && a.month > b.month;
}

/**
 * When a dated record says something happened: the start of a span, or the point itself.
 * `undefined` for a deadline ("by the end of 2020"), which a source may announce beforehand.
 */
export function happenedBy(date: EventDate): YearMonth | undefined {
  if (date.kind === 'span') return { year: date.start.year, ...(date.start.month === undefined ? {} : { month: date.start.month }) };
  if (date.qualifier === 'by-end-of') return undefined;
  return { year: date.date.year, ...(date.date.month === undefined ? {} : { month: date.date.month }) };
}
