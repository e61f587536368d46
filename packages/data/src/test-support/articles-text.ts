import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArticleId } from '../schema/article';

const articlesDir = fileURLToPath(new URL('../../../../../shared/articles/', import.meta.url));

function read(id: ArticleId): string {
  return readFileSync(`${articlesDir}${id}.txt`, 'utf8');
}

/** The full text of each source article, read from ../shared/articles (tests only: never shipped). */
export const articleText: Readonly<Record<ArticleId, string>> = {
  'iseas-2021-6': read('iseas-2021-6'),
  'diplomat-2016': read('diplomat-2016'),
};
