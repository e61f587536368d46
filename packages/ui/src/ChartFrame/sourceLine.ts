import type { ArticleIdShape, SourceShape } from '../dataShape/shapes';

/** Bibliographic fields of an article, as `@vn-mediation/data` exports them in `articles`. */
export interface CitedArticle {
  /** Author as printed. */
  readonly author: string;
  /** Title as printed. */
  readonly title: string;
  /** Publication and issue. */
  readonly publication: string;
  /** Publication date at the precision known. */
  readonly published: string;
}

/** One article a chart draws on, with the footnotes its figures sit in. */
export interface CitedSource {
  /** Which article. */
  readonly article: ArticleIdShape;
  /** Footnote numbers in ascending order, without repeats. */
  readonly footnotes: readonly number[];
}

/** Groups sources by article, in order of first appearance, collecting each article's footnotes. */
export function citedSources(sources: readonly SourceShape[]): CitedSource[] {
  const byArticle = new Map<ArticleIdShape, Set<number>>();
  for (const source of sources) {
    const footnotes = byArticle.get(source.article) ?? new Set<number>();
    if (source.footnote !== undefined) footnotes.add(source.footnote);
    byArticle.set(source.article, footnotes);
  }
  return [...byArticle].map(([article, footnotes]) => ({ article, footnotes: [...footnotes].sort((a, b) => a - b) }));
}

/** "footnote 5" or "footnotes 5, 47", or nothing. */
export function footnoteWords(footnotes: readonly number[]): string {
  if (footnotes.length === 0) return '';
  return `${footnotes.length === 1 ? 'footnote' : 'footnotes'} ${footnotes.join(', ')}`;
}

/** One article's citation: author, “title”, publication (date), footnotes. */
export function citationText(article: CitedArticle, footnotes: readonly number[]): string {
  const notes = footnoteWords(footnotes);
  return `${article.author}, “${article.title}”, ${article.publication} (${article.published})${notes ? `, ${notes}` : ''}`;
}
