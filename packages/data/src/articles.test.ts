import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articles } from './articles';
import { ARTICLE_IDS } from './schema/article';

const articlesDir = fileURLToPath(new URL('../../../../shared/articles/', import.meta.url));

describe('articles', () => {
  it('describes every article id the schema accepts', () => {
    expect(Object.keys(articles).sort()).toEqual([...ARTICLE_IDS].sort());
  });

  it('names only articles whose text is in shared/articles', () => {
    for (const id of ARTICLE_IDS) {
      expect(existsSync(`${articlesDir}${id}.txt`), `${id}.txt`).toBe(true);
    }
  });
});
