import type { ArticleId } from './schema/article';

/** Bibliographic description of one source article. */
export interface ArticleCitation {
  /** Stable id used in every record's `sources`. */
  id: ArticleId;
  /** Author as printed. */
  author: string;
  /** Title as printed. */
  title: string;
  /** Publication and issue. */
  publication: string;
  /** Publication date at the precision known ("2016" or "2021-01-27"). */
  published: string;
}

/** The two articles every record is drawn from, keyed by id. */
export const articles: Readonly<Record<ArticleId, ArticleCitation>> = {
  'iseas-2021-6': {
    id: 'iseas-2021-6',
    author: 'Hoang Oanh',
    title: 'Vietnam’s Role in Regional Peace and Mediation',
    publication: 'ISEAS Perspective 2021/6, ISEAS – Yusof Ishak Institute, Singapore',
    published: '2021-01-27',
  },
  'diplomat-2016': {
    id: 'diplomat-2016',
    author: 'Samuel Ramani',
    title: 'Can Vietnam Help Mediate With North Korea?',
    publication: 'The Diplomat',
    published: '2016',
  },
};
