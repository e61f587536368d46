import { ARTICLE_IDS } from '@vn-mediation/data/vocabulary';
import { isFiniteNumber, isNonEmptyString, isRecord } from './primitives';
import type { ArticleIdShape, SourceShape } from './shapes';

function isArticleId(value: unknown): value is ArticleIdShape {
  return ARTICLE_IDS.some((id) => id === value);
}

/** Narrows a non-empty list of sources (known article, non-empty quote, positive integer footnote). */
export function narrowSources(value: unknown, path: string, problems: string[]): SourceShape[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push(`${path} must be a non-empty list of sources`);
    return undefined;
  }
  const before = problems.length;
  const sources: SourceShape[] = [];
  value.forEach((item: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(item)) {
      problems.push(`${at} must be a source object`);
      return;
    }
    const { article, quote, footnote } = item;
    if (!isArticleId(article)) problems.push(`${at}.article must be one of ${ARTICLE_IDS.map((id) => `"${id}"`).join(', ')}`);
    if (!isNonEmptyString(quote)) problems.push(`${at}.quote must be a non-empty string`);
    const footnoteOk = footnote === undefined || (isFiniteNumber(footnote) && Number.isInteger(footnote) && footnote > 0);
    if (!footnoteOk) problems.push(`${at}.footnote must be a positive integer`);
    if (isArticleId(article) && isNonEmptyString(quote) && footnoteOk) {
      sources.push({ article, quote, footnote: isFiniteNumber(footnote) ? footnote : undefined });
    }
  });
  return problems.length > before ? undefined : sources;
}
