// Dates at the precision the article gives them, for every page, chart, table and download.
import type { EventDate, PartialDate } from '../schema/date';
import { MONTH_NAMES } from '../vocabulary/dates';
import { ordinal } from './words';

/** A partial date in words at exactly its precision: "1995", "February 2019", "8 August 2018", "the 1960s". */
export function formatPartialDate(date: PartialDate): string {
  if (date.precision === 'century') return `the ${ordinal(Math.floor(date.year / 100) + 1)} century`;
  if (date.precision === 'decade') return `the ${date.year}s`;
  const month = date.month === undefined ? undefined : MONTH_NAMES[date.month - 1];
  if (month === undefined) return String(date.year);
  if (date.day === undefined) return `${month} ${date.year}`;
  return `${date.day} ${month} ${date.year}`;
}

const QUALIFIER_WORDS = {
  early: 'early',
  'by-end-of': 'by the end of',
  'up-to': 'up to',
  since: 'since',
} as const;

/** An event date in words, keeping the article's hedge and precision: "since 2014", "1258–1308", "early June 2016". */
export function formatEventDate(date: EventDate): string {
  if (date.kind === 'span') return `${formatPartialDate(date.start)}–${formatPartialDate(date.end)}`;
  const words = formatPartialDate(date.date);
  if (date.qualifier === undefined) return words;
  // "early the 1960s" reads wrongly: drop the article after a qualifier that starts the phrase.
  const bare = words.startsWith('the ') && date.qualifier === 'early' ? words.slice(4) : words;
  return `${QUALIFIER_WORDS[date.qualifier]} ${bare}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * The machine-readable form for `<time dateTime>` at the date's own precision ("2019-02"), or
 * `undefined` for decades and centuries, which HTML cannot express without inventing a year.
 */
export function machineDate(date: PartialDate): string | undefined {
  if (date.precision !== undefined) return undefined;
  const year = pad(date.year, 4);
  if (date.month === undefined) return year;
  if (date.day === undefined) return `${year}-${pad(date.month, 2)}`;
  return `${year}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** The first and last year an event date covers (a decade covers ten years, a century a hundred). */
export function yearRange(date: EventDate): readonly [number, number] {
  const span = (d: PartialDate): readonly [number, number] => {
    if (d.precision === 'century') return [d.year, d.year + 99];
    if (d.precision === 'decade') return [d.year, d.year + 9];
    return [d.year, d.year];
  };
  if (date.kind === 'span') return [span(date.start)[0], span(date.end)[1]];
  return span(date.date);
}

/** A number that orders event dates chronologically by their start (month and day refine the year). */
export function dateSortKey(date: EventDate): number {
  const d = date.kind === 'span' ? date.start : date.date;
  return d.year + ((d.month ?? 1) - 1) / 12 + ((d.day ?? 1) - 1) / 372;
}
