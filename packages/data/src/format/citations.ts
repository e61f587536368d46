// How a chart, a table, a page and a download name their sources: one wording everywhere.
import { articles } from '../articles';
import type { ArticleCitation } from '../articles';
import type { ArticleId } from '../schema/article';
import { DATA_VERSION } from '../version';

/** The part of a source a citation reads: its article and footnote. */
export interface CitableSource {
  /** Which article. */
  readonly article: ArticleId;
  /** Footnote of `iseas-2021-6` the passage sits in. */
  readonly footnote?: number | undefined;
}

/** One article a chart draws on, with the footnotes its records sit in. */
export interface CitedSource {
  /** Which article. */
  readonly article: ArticleId;
  /** Footnote numbers in ascending order, without repeats. */
  readonly footnotes: readonly number[];
}

/** Groups sources by article, in order of first appearance, collecting each article's footnotes. */
export function citedSources(sources: readonly CitableSource[]): CitedSource[] {
  const byArticle = new Map<ArticleId, Set<number>>();
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

/** One article's full citation: author, “title”, publication (date), footnotes. */
export function citationText(article: Pick<ArticleCitation, 'author' | 'title' | 'publication' | 'published'>, footnotes: readonly number[]): string {
  const notes = footnoteWords(footnotes);
  return `${article.author}, “${article.title}”, ${article.publication} (${article.published})${notes ? `, ${notes}` : ''}`;
}

/** The year an article was published in: "2021". */
export function publicationYear(article: ArticleId): string {
  return articles[article].published.slice(0, 4);
}

/** A short citation for a table cell: "Hoang Oanh (2021), footnote 5". */
export function shortCitation(source: CitableSource): string {
  const footnote = source.footnote === undefined ? '' : `, footnote ${source.footnote}`;
  return `${articles[source.article].author} (${publicationYear(source.article)})${footnote}`;
}

/** Short citations of several sources, each said once: "Hoang Oanh (2021), footnote 5; Samuel Ramani (2016)". */
export function shortCitations(sources: readonly CitableSource[]): string {
  return [...new Set(sources.map(shortCitation))].join('; ');
}

/**
 * The source line under a chart: "Source: <citation>. Data: @vn-mediation/data <version>." with
 * each article once and its footnotes; "Source: none given." when nothing is cited.
 */
export function sourceLineText(sources: readonly CitableSource[], dataVersion: string = DATA_VERSION): string {
  const cited = citedSources(sources);
  const data = `Data: @vn-mediation/data ${dataVersion}.`;
  if (cited.length === 0) return `Source: none given. ${data}`;
  const label = cited.length === 1 ? 'Source' : 'Sources';
  return `${label}: ${cited.map(({ article, footnotes }) => citationText(articles[article], footnotes)).join('; ')}. ${data}`;
}
