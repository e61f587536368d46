import type { ArticleId } from './schema/article';

/** A person's name split as citation styles need it ("Hoang, O." in APA, "Hoang, Oanh" in BibTeX). */
export interface PersonName {
  /** Family name: Hoang (Vietnamese order puts it first), Ramani. */
  family: string;
  /** Given name. */
  given: string;
}

/** Bibliographic description of one source article. */
export interface ArticleCitation {
  /** Stable id used in every record's `sources`. */
  id: ArticleId;
  /** Author as printed, in the order the article prints the name. */
  author: string;
  /** The author's family and given names, for citation styles that invert or abbreviate them. */
  authorName: PersonName;
  /** Title as printed (title case). */
  title: string;
  /** The title in sentence case, as APA writes titles; a test checks it is the printed title. */
  sentenceCaseTitle: string;
  /** How citation styles treat the article: a numbered paper of a report series, or a magazine article. */
  kind: 'report' | 'magazine-article';
  /** The series or magazine it appeared in. */
  container: string;
  /** Number in the series ("2021/6"), when it has one. */
  number?: string;
  /** Publisher, when it is not the magazine itself. */
  publisher?: string;
  /** Place of publication, when the publication names one. */
  place?: string;
  /** Publication and issue, as one line: derived from `container`, `number`, `publisher` and `place`. */
  publication: string;
  /** Publication date at the precision known ("2016" or "2021-01-27"). */
  published: string;
}

type ArticleFacts = Omit<ArticleCitation, 'publication'>;

// One description per article; the one-line `publication` is derived so it cannot disagree.
function described(article: ArticleFacts): ArticleCitation {
  const series = article.number === undefined ? article.container : `${article.container} ${article.number}`;
  const publication = [series, article.publisher, article.place].filter((part) => part !== undefined).join(', ');
  return { ...article, publication };
}

/** The two articles every record is drawn from, keyed by id. */
export const articles: Readonly<Record<ArticleId, ArticleCitation>> = {
  'iseas-2021-6': described({
    id: 'iseas-2021-6',
    author: 'Hoang Oanh',
    authorName: { family: 'Hoang', given: 'Oanh' },
    title: 'Vietnam’s Role in Regional Peace and Mediation',
    sentenceCaseTitle: 'Vietnam’s role in regional peace and mediation',
    kind: 'report',
    container: 'ISEAS Perspective',
    number: '2021/6',
    publisher: 'ISEAS – Yusof Ishak Institute',
    place: 'Singapore',
    published: '2021-01-27',
  }),
  'diplomat-2016': described({
    id: 'diplomat-2016',
    author: 'Samuel Ramani',
    authorName: { family: 'Ramani', given: 'Samuel' },
    title: 'Can Vietnam Help Mediate With North Korea?',
    sentenceCaseTitle: 'Can Vietnam help mediate with North Korea?',
    kind: 'magazine-article',
    container: 'The Diplomat',
    published: '2016',
  }),
};
