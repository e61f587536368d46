// Numbers with their units, written once for every chart, table, page and download.
import { ordinal } from './words';

// A fixed locale, so a server render and the browser's hydration print the same digits.
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A number with thousands separators and at most one decimal: "22,700", "13.8". */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? integer.format(value) : decimal.format(value);
}

const NOUNS: Readonly<Record<string, readonly [singular: string, plural: string]>> = {
  relations: ['relation', 'relations'],
  partnerships: ['partnership', 'partnerships'],
  persons: ['person', 'people'],
  'field-hospitals': ['field hospital', 'field hospitals'],
  tonnes: ['tonne', 'tonnes'],
  tons: ['ton', 'tons'],
  troops: ['troop', 'troops'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
};

/** A number in words with its unit: "13,000 tonnes", "US$18 million", "13.8%", "38th", "2014". */
export function formatQuantity(value: number, unit: string): string {
  switch (unit) {
    case 'usd':
      if (Math.abs(value) >= 1_000_000 && value % 100_000 === 0) return `US$${formatNumber(value / 1_000_000)} million`;
      return `US$${formatNumber(value)}`;
    case 'percent':
      return `${formatNumber(value)}%`;
    case 'rank':
      return Number.isInteger(value) && value > 0 ? ordinal(value) : formatNumber(value);
    case 'year':
      return String(value);
    default: {
      const noun = NOUNS[unit];
      if (noun === undefined) return `${formatNumber(value)} ${unit}`;
      return `${formatNumber(value)} ${value === 1 ? noun[0] : noun[1]}`;
    }
  }
}

/** `formatQuantity` with the article's hedge in front: "approximately 20%", "more than 5%". */
export function formatHedgedQuantity(value: number, unit: string, qualifier: 'approximately' | 'more-than' | undefined): string {
  const words = formatQuantity(value, unit);
  if (qualifier === 'approximately') return `approximately ${words}`;
  if (qualifier === 'more-than') return `more than ${words}`;
  return words;
}
