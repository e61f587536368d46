/**
 * The evidence checks `validate` runs when given the articles' texts: every quote is in its
 * article, and every number a record stores is written in one of its quotes. The repository's
 * own tests run the same functions on the published data.
 */
import type { ArticleId } from '../schema/article';
import { textStatesCentury, textStatesDecade, textStatesMonth, textStatesNumber } from './numbers-in-text';
import { storedNumbers } from './stored-numbers';
import type { StoredNumber } from './stored-numbers';

/** The full text of each source article you have, by article id. */
export type ArticleTexts = Partial<Readonly<Record<ArticleId, string>>>;

/** One evidence problem of a record: the field path and why. */
export interface EvidenceIssue {
  path: (string | number)[];
  message: string;
}

/** True when `quote` writes the stored number `n` in a way the article writes numbers of its kind. */
export function quoteStates(quote: string, n: StoredNumber): boolean {
  switch (n.kind) {
    case 'century':
      return textStatesCentury(quote, n.value);
    case 'decade':
      return textStatesDecade(quote, n.value);
    case 'month':
      return textStatesMonth(quote, n.value);
    default:
      return textStatesNumber(quote, n.value);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Typographic quotation marks as straight ones, and every run of whitespace (non-breaking too) as one space. */
function loosely(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
}

/** The numbers a text writes in digits, for the message that says which numbers the quotes do hold. */
function digitsIn(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap((text) => text.match(/\d+(?:[.,]\d+)*/g) ?? []))];
}

/** The evidence problems of one record given the texts of the articles you have. */
export function evidenceIssues(record: Record<string, unknown>, texts: ArticleTexts): EvidenceIssue[] {
  const issues: EvidenceIssue[] = [];
  const sources = Array.isArray(record.sources) ? record.sources.filter(isObject) : [];
  const quotes = sources.map((source) => source.quote).filter((quote): quote is string => typeof quote === 'string');

  if (Array.isArray(record.sources)) {
    record.sources.forEach((source: unknown, position) => {
      if (!isObject(source) || typeof source.quote !== 'string' || typeof source.article !== 'string') return;
      const text = Object.hasOwn(texts, source.article) ? Reflect.get(texts, source.article) : undefined;
      if (typeof text !== 'string' || text.includes(source.quote)) return;
      const near = loosely(text).includes(loosely(source.quote));
      issues.push({
        path: ['sources', position, 'quote'],
        message: `quote not found verbatim in the text of ${source.article}${near ? ' (it differs only in spaces or quotation marks)' : ''}`,
      });
    });
  }

  for (const n of storedNumbers(record)) {
    if (quotes.some((quote) => quoteStates(quote, n))) continue;
    const written = digitsIn(quotes);
    issues.push({
      path: n.path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key)),
      message: `${n.value} is not written in any quote of the record${written.length === 0 ? '' : ` (its quotes write ${written.join(', ')})`}`,
    });
  }
  return issues;
}
