// Display strings for the Datasets page. Records are read structurally (any dataset of
// @vn-mediation/data has an id and sources; the rest depends on the dataset), so a field a
// dataset lacks renders as nothing rather than breaking the page.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** 15 as "15th", 21 as "21st", 12 as "12th". */
export const ordinal = (n: number): string => {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};

/** A partial date at the precision it carries: "1995", "January 2020", "23 May 2016", "the 1960s", "the 15th century". */
export const formatPartialDate = (value: unknown): string | undefined => {
  if (!isRecord(value) || typeof value.year !== 'number') return undefined;
  if (value.precision === 'century') return `the ${ordinal(Math.floor(value.year / 100) + 1)} century`;
  if (value.precision === 'decade') return `the ${value.year}s`;
  const month = typeof value.month === 'number' ? MONTHS[value.month - 1] : undefined;
  if (!month) return String(value.year);
  return typeof value.day === 'number' ? `${value.day} ${month} ${value.year}` : `${month} ${value.year}`;
};

const QUALIFIER_WORDS: Readonly<Record<string, string>> = {
  early: 'early',
  'by-end-of': 'by the end of',
  'up-to': 'up to',
  since: 'since',
};

/** An event date (point, possibly hedged, or span) as the article would say it. */
export const formatEventDate = (value: unknown): string | undefined => {
  if (!isRecord(value)) return undefined;
  if (value.kind === 'span') {
    const start = formatPartialDate(value.start);
    const end = formatPartialDate(value.end);
    return start && end ? `${start} – ${end}` : undefined;
  }
  if (value.kind === 'point') {
    const date = formatPartialDate(value.date);
    if (!date) return undefined;
    const qualifier = typeof value.qualifier === 'string' ? QUALIFIER_WORDS[value.qualifier] : undefined;
    if (!qualifier) return date;
    // "early the 1960s" reads wrongly: the qualifier replaces the article of a decade or century.
    return `${qualifier} ${value.qualifier === 'early' ? date.replace(/^the /, '') : date}`;
  }
  return undefined;
};

const VALUE_QUALIFIER_WORDS: Readonly<Record<string, string>> = {
  approximately: 'approximately',
  'more-than': 'more than',
};

/** A record's number with its unit and hedge ("approximately 20 percent", "US$50,000"). */
export const formatValue = (record: Readonly<Record<string, unknown>>): string | undefined => {
  const { value, unit, valueQualifier } = record;
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const number = value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  let amount: string;
  if (unit === 'usd') amount = `US$${number}`;
  else if (unit === 'percent') amount = `${number}%`;
  else amount = typeof unit === 'string' ? `${number} ${unit.replace(/-/g, ' ')}` : number;
  const hedge = typeof valueQualifier === 'string' ? VALUE_QUALIFIER_WORDS[valueQualifier] : undefined;
  return hedge ? `${hedge} ${amount}` : amount;
};

/** The human name of a record: its `label`, else its `title`, else its `name`, else its id. */
export const recordLabel = (record: Readonly<Record<string, unknown>>): string => {
  for (const key of ['label', 'title', 'name']) {
    const candidate = record[key];
    if (typeof candidate === 'string' && candidate.length > 0) return candidate;
  }
  return typeof record.id === 'string' ? record.id : '(no label)';
};

/** The record's as-of date (`asOf`) or event date (`date`), formatted. */
export const recordDate = (record: Readonly<Record<string, unknown>>): string | undefined =>
  formatEventDate(record.asOf ?? record.date);
