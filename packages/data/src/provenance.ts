// Where the data comes from: the two articles and the dataset version. Its own subpath so that a
// chart can print a source line without loading the package root, which loads zod.
export { articles } from './articles';
export type { ArticleCitation, PersonName } from './articles';
export type { ArticleId } from './schema/article';
export { DATA_VERSION } from './version';
