export { articles } from './articles';
export type { ArticleCitation } from './articles';
export { ARTICLE_IDS } from './schema/article';
export type { ArticleId } from './schema/article';
