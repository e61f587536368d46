import { articles } from '@vn-mediation/data';
import type { ArticleCitation } from '@vn-mediation/data';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2021-01-27" as "27 January 2021"; a bare year (or anything else) is printed as given. */
export const formatPublished = (published: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : published;
};

/** One article as a reference-list entry: author, “title”, publication, date. */
export const formatCitation = (article: ArticleCitation): string =>
  `${article.author}, “${article.title}”, ${article.publication}, ${formatPublished(article.published)}.`;

/** The two source articles as a reference list, with the id each record's `sources` uses. */
export const ArticleCitations = () => (
  <ul>
    {Object.values(articles).map((article) => (
      <li key={article.id}>
        {formatCitation(article)} Id in the data: <code>{article.id}</code>.
      </li>
    ))}
  </ul>
);
