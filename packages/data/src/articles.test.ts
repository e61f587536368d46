import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articles } from './articles';
import { ARTICLE_IDS } from './schema/article';
import { articleText } from './test-support/articles-text';

const articlesDir = fileURLToPath(new URL('../../../../shared/articles/', import.meta.url));

describe('articles', () => {
  it('describes every article id the schema accepts', () => {
    expect(Object.keys(articles).sort()).toEqual([...ARTICLE_IDS].sort());
  });

  it('gives each article the title and author its text prints', () => {
    for (const id of ARTICLE_IDS) {
      expect(articleText[id]).toContain(articles[id].title);
      expect(articleText[id]).toContain(articles[id].author);
    }
  });

  it('dates the ISEAS article as its dateline does', () => {
    const dateline = /ISEAS Perspective 2021\/6, (\d{1,2}) (\w+) (\d{4})\./.exec(articleText['iseas-2021-6']);
    const [, day = '', month = '', year = ''] = dateline ?? [];
    const published = new Date(`${articles['iseas-2021-6'].published}T00:00:00Z`);
    expect([published.getUTCDate(), published.toLocaleString('en', { month: 'long', timeZone: 'UTC' }), published.getUTCFullYear()]).toEqual([Number(day), month, Number(year)]);
  });

  it('names only articles whose text is in shared/articles', () => {
    for (const id of ARTICLE_IDS) {
      expect(existsSync(`${articlesDir}${id}.txt`), `${id}.txt`).toBe(true);
    }
  });

  it('gives each title in sentence case with the same words as printed', () => {
    for (const article of Object.values(articles)) expect(article.sentenceCaseTitle.toLowerCase()).toBe(article.title.toLowerCase());
  });

  it('prints each author with both the family and the given name the citations use', () => {
    for (const article of Object.values(articles)) expect(article.author.split(' ').sort()).toEqual([article.authorName.family, article.authorName.given].sort());
  });

  it('writes the publication line from the series, number, publisher and place', () => {
    expect(articles['iseas-2021-6'].publication).toBe('ISEAS Perspective 2021/6, ISEAS – Yusof Ishak Institute, Singapore');
    expect(articles['diplomat-2016'].publication).toBe('The Diplomat');
  });
});
