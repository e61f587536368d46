/**
 * The citation of one record in each format, written from the article metadata in `articles.ts`.
 * Pure and free of zod and of every dataset: `citeRecord` bundles only this and the two articles.
 *
 * Every format carries the same two parts: the reference of the source article, and a note naming
 * the record, its quoted passages with their footnotes, and the dataset version. A record quoting
 * both articles gets one reference per article, each with the passages of that article.
 */
import type { ArticleCitation, PersonName } from '../articles';
import { articles } from '../articles';
import type { DatasetName } from '../dataset-names';
import type { ArticleId } from '../schema/article';
import { MONTH_NAMES } from '../vocabulary/dates';

/** The citation formats `cite` writes. */
export const CITATION_FORMATS = ['apa', 'chicago', 'bibtex', 'csl-json'] as const;

/** One of the citation formats `cite` writes. */
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** The evidence part of a record that a citation needs. */
export interface CitableSource {
  /** Which article the passage is copied from. */
  readonly article: ArticleId;
  /** The verbatim passage. */
  readonly quote: string;
  /** The iseas-2021-6 footnote the passage sits in or is marked with. */
  readonly footnote?: number;
}

/** Any record of any dataset: an id and its sources (label, title, term or name name it for people). */
export interface CitableRecord {
  /** The record's id in its dataset. */
  readonly id: string;
  /** Its evidence, first source first. */
  readonly sources: readonly CitableSource[];
}

/** The name of the package, as the citation note gives it. */
const PACKAGE_NAME = '@vn-mediation/data';

/** The name a reader knows the record by: its label, title, term or name, whichever it has. */
function recordName(record: CitableRecord): string | undefined {
  for (const key of ['label', 'title', 'term', 'name']) {
    const value: unknown = Reflect.get(record, key);
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

/** The record's sources grouped by article, in the order the articles first appear. */
function sourcesByArticle(record: CitableRecord): Map<ArticleId, CitableSource[]> {
  const groups = new Map<ArticleId, CitableSource[]>();
  for (const source of record.sources) groups.set(source.article, [...(groups.get(source.article) ?? []), source]);
  return groups;
}

/** The note every format carries: which record, which passages (with footnotes), which version. */
export function datumNote(dataset: DatasetName, record: CitableRecord, sources: readonly CitableSource[], version: string): string {
  const name = recordName(record);
  const passages = sources.map((source) => `“${source.quote}”${source.footnote === undefined ? '' : ` (footnote ${source.footnote})`}`);
  const which = `Record ${dataset}/${record.id}${name === undefined ? '' : ` (${name})`} of ${PACKAGE_NAME} version ${version}.`;
  // No full stop after the last passage: a quote usually ends with its own, inside the quotation marks.
  return `${which} Quoted ${passages.length === 1 ? 'passage' : 'passages'}: ${passages.join('; ')}`;
}

interface PublishedDate {
  year: number;
  month?: number;
  day?: number;
}

function publishedDate(article: ArticleCitation): PublishedDate {
  const [year = Number.NaN, month, day] = article.published.split('-').map(Number);
  return { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) };
}

/** Ends a sentence with a full stop unless it already ends with a mark of its own ("Korea?"). */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

function initials(given: string): string {
  return given
    .split(/\s+/)
    .filter((part) => part !== '')
    .map((part) => part.split('-').map((piece) => `${piece.charAt(0)}.`).join('-'))
    .join(' ');
}

function apaAuthor(name: PersonName): string {
  return `${name.family}, ${initials(name.given)}`;
}

/** APA 7: a numbered paper of a series as a report, a magazine article with the magazine after the title. */
function apaReference(article: ArticleCitation): string {
  const year = publishedDate(article).year;
  const head = `${apaAuthor(article.authorName)} (${year}).`;
  if (article.kind === 'report') {
    const series = article.number === undefined ? '' : ` (${article.container} No. ${article.number})`;
    return `${head} ${article.sentenceCaseTitle}${series}.${article.publisher === undefined ? '' : ` ${sentence(article.publisher)}`}`;
  }
  return `${head} ${sentence(article.sentenceCaseTitle)} ${sentence(article.container)}`;
}

function chicagoDate(date: PublishedDate): string {
  const month = date.month === undefined ? undefined : MONTH_NAMES[date.month - 1];
  if (month === undefined) return String(date.year);
  return date.day === undefined ? `${month} ${date.year}` : `${month} ${date.day}, ${date.year}`;
}

/** Chicago (17th ed.), bibliography entry of the notes-and-bibliography system. */
function chicagoReference(article: ArticleCitation): string {
  const author = `${article.authorName.family}, ${article.authorName.given}.`;
  // Chicago puts the full stop inside the closing quotation mark, unless the title ends with its own mark.
  const title = `“${sentence(article.title)}”`;
  const date = chicagoDate(publishedDate(article));
  if (article.kind === 'report') {
    const series = article.number === undefined ? article.container : `${article.container}, no. ${article.number}`;
    const imprint = [article.place, article.publisher].filter((part) => part !== undefined).join(': ');
    return `${author} ${title} ${series}. ${imprint === '' ? '' : `${imprint}, `}${date}.`;
  }
  return `${author} ${title} ${article.container}, ${date}.`;
}

/**
 * Escapes the characters LaTeX reads as commands, so the text comes back as written: a
 * non-breaking space becomes `~`, and a run of spaces keeps its width in braces (TeX would
 * collapse it to one).
 */
function latex(text: string): string {
  return text
    .replace(/[\\{}$&%#_^~]/g, (char) => {
      if (char === '\\') return '\\textbackslash{}';
      if (char === '^') return '\\^{}';
      if (char === '~') return '\\textasciitilde{}';
      return `\\${char}`;
    })
    .replace(/\u00a0/g, '~')
    .replace(/ {2,}/g, (run) => '{ }'.repeat(run.length));
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** A BibTeX entry key from the article and the record reference, e.g. `iseas-2021-6:pko/officers-sent`. */
export function bibtexKey(article: ArticleId, dataset: DatasetName, id: string): string {
  return `${article}:${dataset}/${id}`;
}

function bibtexEntry(article: ArticleCitation, key: string, note: string): string {
  const date = publishedDate(article);
  const month = date.month === undefined ? undefined : BIBTEX_MONTHS[date.month - 1];
  const fields: [string, string][] = [
    ['author', `{${latex(`${article.authorName.family}, ${article.authorName.given}`)}}`],
    // Double braces keep the printed capitals ("Vietnam", "North Korea") through any style.
    ['title', `{{${latex(article.title)}}}`],
  ];
  if (article.kind === 'report') {
    fields.push(['type', `{${latex(article.container)}}`]);
    if (article.number !== undefined) fields.push(['number', `{${latex(article.number)}}`]);
    if (article.publisher !== undefined) fields.push(['institution', `{${latex(article.publisher)}}`]);
    if (article.place !== undefined) fields.push(['address', `{${latex(article.place)}}`]);
  } else {
    fields.push(['journal', `{${latex(article.container)}}`]);
  }
  fields.push(['year', `{${date.year}}`]);
  if (month !== undefined) fields.push(['month', month]);
  fields.push(['note', `{${latex(note)}}`]);
  const type = article.kind === 'report' ? 'techreport' : 'article';
  return `@${type}{${key},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}`;
}

/** A CSL-JSON item (the input format of citeproc-js, Zotero and pandoc). */
export interface CslItem {
  /** Item id, the same as the BibTeX key. */
  id: string;
  /** CSL item type. */
  type: 'report' | 'article-magazine';
  /** Title as printed. */
  title: string;
  /** Authors. */
  author: { family: string; given: string }[];
  /** The date of publication, at the precision known. */
  issued: { 'date-parts': [number[]] };
  /** Magazine the article appeared in. */
  'container-title'?: string;
  /** Series a report belongs to. */
  'collection-title'?: string;
  /** Number in the series. */
  number?: string;
  /** Publisher. */
  publisher?: string;
  /** Place of publication. */
  'publisher-place'?: string;
  /** The record, its passages and the dataset version. */
  note: string;
}

function cslItem(article: ArticleCitation, id: string, note: string): CslItem {
  const date = publishedDate(article);
  const parts = [date.year, date.month, date.day].filter((part): part is number => part !== undefined);
  const issued: CslItem['issued'] = { 'date-parts': [parts] };
  const common = { id, title: article.title, author: [{ family: article.authorName.family, given: article.authorName.given }], issued };
  if (article.kind === 'report') {
    return {
      ...common,
      type: 'report',
      'collection-title': article.container,
      ...(article.number === undefined ? {} : { number: article.number }),
      ...(article.publisher === undefined ? {} : { publisher: article.publisher }),
      ...(article.place === undefined ? {} : { 'publisher-place': article.place }),
      note,
    };
  }
  return { ...common, type: 'article-magazine', 'container-title': article.container, note };
}

/** The CSL-JSON items citing a record: one per article it quotes. */
export function cslItems(dataset: DatasetName, record: CitableRecord, version: string): CslItem[] {
  return [...sourcesByArticle(record)].map(([id, sources]) => cslItem(articles[id], bibtexKey(id, dataset, record.id), datumNote(dataset, record, sources, version)));
}

/** The citation of `record` of `dataset` in `format`; one reference per article the record quotes. */
export function formatCitation(dataset: DatasetName, record: CitableRecord, format: CitationFormat, version: string): string {
  if (format === 'csl-json') return JSON.stringify(cslItems(dataset, record, version), null, 2);
  const references = [...sourcesByArticle(record)].map(([id, sources]) => {
    const article = articles[id];
    const note = datumNote(dataset, record, sources, version);
    if (format === 'bibtex') return bibtexEntry(article, bibtexKey(id, dataset, record.id), note);
    return `${format === 'apa' ? apaReference(article) : chicagoReference(article)} ${note}`;
  });
  return references.join(format === 'bibtex' ? '\n\n' : '\n');
}
