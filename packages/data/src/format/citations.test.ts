import { describe, expect, it } from 'vitest';
import { citationText, citedSources, footnoteWords, shortCitation, shortCitations, sourceLineText } from './citations';

describe('citedSources', () => {
  it('lists each article once, in order of first use, with its footnotes sorted and unique', () => {
    const cited = citedSources([
      { article: 'iseas-2021-6', footnote: 47 },
      { article: 'diplomat-2016' },
      { article: 'iseas-2021-6', footnote: 5 },
      { article: 'iseas-2021-6', footnote: 47 },
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

describe('shortCitation', () => {
  it('names the author and year, and the footnote when there is one', () => {
    expect(shortCitation({ article: 'iseas-2021-6', footnote: 5 })).toBe('Hoang Oanh (2021), footnote 5');
    expect(shortCitation({ article: 'diplomat-2016' })).toBe('Samuel Ramani (2016)');
  });

  it('says a repeated source once', () => {
    expect(shortCitations([{ article: 'diplomat-2016' }, { article: 'diplomat-2016' }, { article: 'iseas-2021-6', footnote: 9 }])).toBe('Samuel Ramani (2016); Hoang Oanh (2021), footnote 9');
  });
});

describe('sourceLineText', () => {
  it('cites every article once with its footnotes, then the data version', () => {
    const line = sourceLineText([{ article: 'iseas-2021-6', footnote: 47 }, { article: 'diplomat-2016' }, { article: 'iseas-2021-6', footnote: 5 }], '9.9.9');
    expect(line.startsWith('Sources: Hoang Oanh, “Vietnam’s Role in Regional Peace and Mediation”')).toBe(true);
    expect(line).toContain('(2021-01-27), footnotes 5, 47; Samuel Ramani, “Can Vietnam Help Mediate With North Korea?”, The Diplomat (2016).');
    expect(line.endsWith('Data: @vn-mediation/data 9.9.9.')).toBe(true);
  });

  it('says when no source is given', () => {
    expect(sourceLineText([], '1.0.0')).toBe('Source: none given. Data: @vn-mediation/data 1.0.0.');
  });
});
