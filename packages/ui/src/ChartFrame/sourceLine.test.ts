import { describe, expect, it } from 'vitest';
import { citationText, citedSources, footnoteWords } from './sourceLine';

describe('citedSources', () => {
  it('lists each article once, in order of first use, with its footnotes sorted and unique', () => {
    const cited = citedSources([
      { article: 'iseas-2021-6', quote: 'a', footnote: 47 },
      { article: 'diplomat-2016', quote: 'b' },
      { article: 'iseas-2021-6', quote: 'c', footnote: 5 },
      { article: 'iseas-2021-6', quote: 'd', footnote: 47 },
    ]);
    expect(cited).toEqual([
      { article: 'iseas-2021-6', footnotes: [5, 47] },
      { article: 'diplomat-2016', footnotes: [] },
    ]);
  });
});

describe('citationText', () => {
  it('names author, title, publication, date and footnotes', () => {
    const text = citationText({ author: 'A. Author', title: 'On Things', publication: 'Journal 1', published: '2016' }, [5, 47]);
    expect(text).toBe('A. Author, “On Things”, Journal 1 (2016), footnotes 5, 47');
    expect(footnoteWords([44])).toBe('footnote 44');
  });
});
