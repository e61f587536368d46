// How a chart, a table, a page and a download name their sources: one wording everywhere.
import { articles } from '../articles';
import type { ArticleCitation } from '../articles';
import type { ArticleId } from '../schema/article';
import type { BibliographyEntry } from '../schema/bibliography-entry';
import { DATA_VERSION } from '../version';
import { listWords } from './words';

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

/** Words and footnote numbers of a citation, in order: the one wording its text and its parts share. */
type Pieces = (string | number)[];

function footnotePieces(footnotes: readonly number[]): Pieces {
  if (footnotes.length === 0) return [];
  return [footnotes.length === 1 ? 'footnote ' : 'footnotes ', ...footnotes.flatMap((footnote, i) => (i === 0 ? [footnote] : [', ', footnote]))];
}

function citationPieces(article: Pick<ArticleCitation, 'author' | 'title' | 'publication' | 'published'>, footnotes: readonly number[]): Pieces {
  const notes = footnotePieces(footnotes);
  return [`${article.author}, “${article.title}”, ${article.publication} (${article.published})`, ...(notes.length === 0 ? [] : [', ', ...notes])];
}

const piecesText = (pieces: Pieces): string => pieces.map(String).join('');

/** "footnote 5" or "footnotes 5, 47", or nothing. */
export function footnoteWords(footnotes: readonly number[]): string {
  return piecesText(footnotePieces(footnotes));
}

/** One article's full citation: author, “title”, publication (date), footnotes. */
export function citationText(article: Pick<ArticleCitation, 'author' | 'title' | 'publication' | 'published'>, footnotes: readonly number[]): string {
  return piecesText(citationPieces(article, footnotes));
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

/** A piece of a source line: its words, or a footnote number a page may link to the footnote's reference. */
export type SourceLinePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'footnote'; readonly article: ArticleId; readonly footnote: number; readonly text: string };

/**
 * The source line under a chart in parts, so a page can link each footnote number to its
 * reference; their texts joined are {@link sourceLineText}.
 */
export function sourceLineParts(sources: readonly CitableSource[], dataVersion: string = DATA_VERSION): SourceLinePart[] {
  const cited = citedSources(sources);
  const data = `Data: @vn-mediation/data ${dataVersion}.`;
  const parts: SourceLinePart[] = [];
  // Words next to words make one part, so a renderer sees text, footnote, text… and nothing split.
  const words = (text: string): void => {
    const last = parts.at(-1);
    if (last?.kind === 'text') parts[parts.length - 1] = { kind: 'text', text: `${last.text}${text}` };
    else parts.push({ kind: 'text', text });
  };
  if (cited.length === 0) {
    words(`Source: none given. ${data}`);
    return parts;
  }
  words(cited.length === 1 ? 'Source: ' : 'Sources: ');
  cited.forEach(({ article, footnotes }, i) => {
    if (i > 0) words('; ');
    for (const piece of citationPieces(articles[article], footnotes)) {
      if (typeof piece === 'number') parts.push({ kind: 'footnote', article, footnote: piece, text: String(piece) });
      else words(piece);
    }
  });
  words(`. ${data}`);
  return parts;
}

/**
 * The source line under a chart: "Source: <citation>. Data: @vn-mediation/data <version>." with
 * each article once and its footnotes; "Source: none given." when nothing is cited.
 */
export function sourceLineText(sources: readonly CitableSource[], dataVersion: string = DATA_VERSION): string {
  return sourceLineParts(sources, dataVersion)
    .map((part) => part.text)
    .join('');
}

/** The fields of a bibliography entry its reference is written from. */
export type ReferenceFields = Pick<BibliographyEntry, 'kind' | 'authors' | 'year' | 'title' | 'publisher' | 'details' | 'sources'>;

/**
 * A footnote's reference as a list of references prints it: "Lonicera Vu (2020), “Vietnamese
 * peacekeepers…”, Vietnam Times, 30 May." Parts the footnote does not give are left out; a note
 * (a footnote that cites no work) prints its own words.
 */
export function referenceText(entry: ReferenceFields): string {
  if (entry.kind === 'note') return entry.sources.map((source) => source.quote.replace(/\s+/g, ' ').trim()).join(' ');
  const authors = entry.authors === undefined || entry.authors.length === 0 ? undefined : listWords(entry.authors);
  const year = entry.year === undefined ? undefined : `(${String(entry.year)})`;
  const title = entry.title === undefined ? undefined : `“${entry.title}”`;
  // A year follows its authors, or the title when the footnote names none.
  const head = authors === undefined ? [title === undefined ? year : [title, year].filter(Boolean).join(' ')] : [[authors, year].filter(Boolean).join(' '), title];
  const text = [...head, entry.publisher, entry.details].filter((part): part is string => part !== undefined && part !== '').join(', ');
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
