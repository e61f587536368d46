import { articles } from '@vn-mediation/data';
import { citationText } from '@vn-mediation/data/format';

/** The two source articles as a reference list, cited as the charts cite them, with the id each record's `sources` uses. */
export const ArticleCitations = () => (
  <ul>
    {Object.values(articles).map((article) => (
      <li key={article.id}>
        {citationText(article, [])}. Id in the data: <code>{article.id}</code>.
      </li>
    ))}
  </ul>
);
