import { MONTH_NAMES } from '../vocabulary/dates';

// How a number the datasets store can be written in an article: digits with or without thousands
// separators, a currency sign, "million" scaling, a number word or an ordinal.
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Drops thousands separators between digits, so "13,000" reads as "13000". */
function withoutSeparators(text: string): string {
  return text.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
}

function hasDigits(text: string, digits: string): boolean {
  return new RegExp(`(?<![\\d.])${escape(digits)}(?!\\.?\\d)`).test(withoutSeparators(text));
}

/** True when `value` is written in `text` in one of the ways articles write numbers. */
export function textStatesNumber(text: string, value: number): boolean {
  if (hasDigits(text, String(value))) return true;
  if (value >= 1_000_000 && hasDigits(text.replace(/ million/g, ''), String(value / 1_000_000)) && / million/.test(text)) {
    return new RegExp(`(?<![\\d.])${escape(String(value / 1_000_000))} million`).test(text);
  }
  const word = WORDS[value];
  const ordinal = ORDINALS[value];
  if (Number.isInteger(value) && word !== undefined && ordinal !== undefined) {
    return new RegExp(`\\b(?:${word}|${ordinal})\\b`, 'i').test(text);
  }
  return false;
}

/** True when `text` names the month (full name or its first three letters, as in "Oct 2020"). */
export function textStatesMonth(text: string, month: number): boolean {
  const name = MONTH_NAMES[month - 1];
  return name !== undefined && new RegExp(`\\b(?:${name}|${name.slice(0, 3)})\\b`).test(text);
}

/** True when `text` names the century starting at `year` ("15th century" for 1400). */
export function textStatesCentury(text: string, year: number): boolean {
  return new RegExp(`\\b${year / 100 + 1}(?:st|nd|rd|th) century`).test(text);
}

/** True when `text` names the decade starting at `year` ("1960s"). */
export function textStatesDecade(text: string, year: number): boolean {
  return text.includes(`${year}s`);
}
