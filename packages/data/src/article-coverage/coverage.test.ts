import { describe, expect, it } from 'vitest';
import { ARTICLE_IDS } from '../schema/article';
import { articleText } from '../test-support/articles-text';
import { UNCITED_SENTENCES } from './allowlist';
import { coverageOf, sentenceKey, summarise } from './coverage';
import type { CitingRecord } from './coverage';
import { packageCoverage } from './package-coverage';

const TEXT = 'Vietnam hosted the summit in 2019. Both parties were pleased.[28] Download PDF Version';

function record(ref: string, ...quotes: string[]): CitingRecord {
  return { ref, sources: quotes.map((quote) => ({ article: 'iseas-2021-6', quote })) };
}

describe('coverageOf', () => {
  it('lists the records whose quotes fall in each sentence', () => {
    const coverage = coverageOf('iseas-2021-6', TEXT, [record('timeline/summit', 'hosted the summit in 2019'), record('people/parties', 'Both parties')], []);
    expect(coverage.map((sentence) => sentence.citedBy)).toEqual([['timeline/summit'], ['people/parties'], []]);
    expect(coverage.map((sentence) => sentence.status)).toEqual(['cited', 'cited', 'uncited']);
  });

  it('lets a quote that runs over a sentence end cite both sentences', () => {
    const coverage = coverageOf('iseas-2021-6', TEXT, [record('argument/both', 'in 2019. Both')], []);
    expect(coverage.map((sentence) => sentence.citedBy.length)).toEqual([1, 1, 0]);
  });

  it('ignores the sources of the other article', () => {
    const other: CitingRecord = { ref: 'timeline/elsewhere', sources: [{ article: 'diplomat-2016', quote: 'Both parties' }] };
    expect(coverageOf('iseas-2021-6', TEXT, [other], []).every((sentence) => sentence.citedBy.length === 0)).toBe(true);
  });

  it('measures how much of a sentence its quotes cover, white space aside', () => {
    const [first] = coverageOf('iseas-2021-6', TEXT, [record('a/b', 'Vietnam hosted the summit in 2019.')], []);
    const [partly] = coverageOf('iseas-2021-6', TEXT, [record('a/b', 'Vietnam hosted')], []);
    expect(first?.quoted).toBe(1);
    expect(partly?.quoted).toBeCloseTo('Vietnamhosted'.length / 'Vietnamhostedthesummitin2019.'.length);
  });

  it('allowlists an uncited sentence by its key, but reports a cited one as cited', () => {
    const entry = { article: 'iseas-2021-6' as const, key: sentenceKey('Download PDF Version'), reason: 'A link label.' };
    const uncited = coverageOf('iseas-2021-6', TEXT, [], [entry]);
    expect(uncited[2]).toMatchObject({ status: 'allowlisted', allowlistReason: 'A link label.' });
    const cited = coverageOf('iseas-2021-6', TEXT, [record('a/b', 'PDF')], [entry]);
    expect(cited[2]?.status).toBe('cited');
  });

  it('counts sentences by status', () => {
    const coverage = coverageOf('iseas-2021-6', TEXT, [record('a/b', 'Vietnam hosted the summit in 2019.', 'Both')], [
      { article: 'iseas-2021-6', key: sentenceKey('Download PDF Version'), reason: 'A link label.' },
    ]);
    expect(summarise('iseas-2021-6', coverage)).toEqual({ article: 'iseas-2021-6', sentences: 3, cited: 2, allowlisted: 1, uncited: 0, quotedInFull: 1 });
  });
});

describe('sentenceKey', () => {
  it('opens with the sentence’s first words and changes when its text does', () => {
    expect(sentenceKey('Recent Features')).toMatch(/^recent-features#[0-9a-f]{8}$/);
    expect(sentenceKey('“Hòa hợp dân tộc” qua góc nhìn của ông')).toMatch(/^hoa-hop-dan-toc-qua-goc#/);
    expect(sentenceKey('It is ripe.')).not.toBe(sentenceKey('It is ripe!'));
  });
});

describe('the two articles', () => {
  const coverage = packageCoverage();

  it('have every sentence cited by a record, or allowlisted with a reason', () => {
    const uncited = coverage.filter((sentence) => sentence.status === 'uncited').map((sentence) => `${sentence.article} ${sentence.key}: ${sentence.text.slice(0, 80)}`);
    expect(uncited).toEqual([]);
  });

  it.each(ARTICLE_IDS)('are split into sentences that together hold all the text of %s', (article) => {
    const solid = (text: string): string => text.replace(/\s/g, '');
    const own = coverage.filter((sentence) => sentence.article === article);
    expect(own.map((sentence) => solid(sentence.text)).join('')).toBe(solid(articleText[article]));
  });

  it('keep no allowlist entry whose sentence is gone', () => {
    const keys = new Set(coverage.map((sentence) => `${sentence.article} ${sentence.key}`));
    expect(UNCITED_SENTENCES.filter((entry) => !keys.has(`${entry.article} ${entry.key}`)).map((entry) => entry.key)).toEqual([]);
  });

  it('keep no allowlist entry for a sentence that a record now cites', () => {
    const cited = coverage.filter((sentence) => sentence.status === 'cited' && UNCITED_SENTENCES.some((entry) => entry.article === sentence.article && entry.key === sentence.key));
    expect(cited.map((sentence) => `${sentence.key} (cited by ${sentence.citedBy.join(', ')})`)).toEqual([]);
  });

  it('allowlist each sentence once, with a reason', () => {
    const keys = UNCITED_SENTENCES.map((entry) => `${entry.article} ${entry.key}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(UNCITED_SENTENCES.filter((entry) => entry.reason.trim().length < 10)).toEqual([]);
  });
});
