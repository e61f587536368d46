/** Earliest year a record may carry (the articles start in the 13th century). */
export const MIN_YEAR = 1000;
/** Latest year a record may carry. */
export const MAX_YEAR = 2100;
/** Precisions coarser than a year, for dates the article gives only as a decade or a century. */
export const COARSE_PRECISIONS = ['decade', 'century'] as const;
/** How the article hedges a point date. */
export const DATE_QUALIFIERS = ['early', 'by-end-of', 'up-to', 'since'] as const;

/** Whether `year` is a leap year in the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** How many days month `month` (1–12) of `year` has; the one rule the schema and the charts' narrowing share. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 31;
}

/** Whether `year` can start a date of a coarse precision: a decade starts on a year ending in 0, a century on one ending in 00. */
export function startsCoarsePeriod(year: number, precision: (typeof COARSE_PRECISIONS)[number]): boolean {
  return year % (precision === 'decade' ? 10 : 100) === 0;
}
/** English month names, January first: how the articles and the citations write months. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
