import type { EventDateShape, PartialDateShape } from '../dataShape/shapes';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** A partial date in words at exactly its precision: "1995", "February 2019", "8 August 2018", "the 1960s". */
export function formatPartialDate(date: PartialDateShape): string {
  if (date.precision === 'century') return `the ${ordinal(Math.floor(date.year / 100) + 1)} century`;
  if (date.precision === 'decade') return `the ${date.year}s`;
  const month = date.month === undefined ? undefined : MONTHS[date.month - 1];
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
export function formatEventDate(date: EventDateShape): string {
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
export function machineDate(date: PartialDateShape): string | undefined {
  if (date.precision !== undefined) return undefined;
  const year = pad(date.year, 4);
  if (date.month === undefined) return year;
  if (date.day === undefined) return `${year}-${pad(date.month, 2)}`;
  return `${year}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** The first and last year an event date covers (a decade covers ten years, a century a hundred). */
export function yearRange(date: EventDateShape): readonly [number, number] {
  const span = (d: PartialDateShape): readonly [number, number] => {
    if (d.precision === 'century') return [d.year, d.year + 99];
    if (d.precision === 'decade') return [d.year, d.year + 9];
    return [d.year, d.year];
  };
  if (date.kind === 'span') return [span(date.start)[0], span(date.end)[1]];
  return span(date.date);
}

/** A number that orders event dates chronologically by their start (month and day refine the year). */
export function dateSortKey(date: EventDateShape): number {
  const d = date.kind === 'span' ? date.start : date.date;
  return d.year + ((d.month ?? 1) - 1) / 12 + ((d.day ?? 1) - 1) / 372;
}
