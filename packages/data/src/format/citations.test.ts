import { describe, expect, it } from 'vitest';
import { bibliography } from '../datasets/bibliography';
import { citationText, citedSources, footnoteWords, referenceText, shortCitation, shortCitations, sourceLineParts, sourceLineText } from './citations';

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

describe('sourceLineParts', () => {
  it('sets each footnote number apart, with the article it belongs to, and the words between as text', () => {
    const parts = sourceLineParts([{ article: 'iseas-2021-6', footnote: 47 }, { article: 'diplomat-2016' }, { article: 'iseas-2021-6', footnote: 5 }], '9.9.9');
    expect(parts.flatMap((part) => (part.kind === 'footnote' ? [[part.article, part.footnote]] : []))).toEqual([
      ['iseas-2021-6', 5],
      ['iseas-2021-6', 47],
    ]);
    const words = parts.filter((part) => part.kind === 'text').map((part) => part.text);
    expect(words.some((text) => text.endsWith(', footnotes '))).toBe(true);
    expect(parts.every((part, i) => part.kind === 'footnote' || parts[i + 1]?.kind !== 'text')).toBe(true);
    expect(words.join('')).not.toMatch(/\b(5|47)\b/);
  });

  it('reads, joined, as the source line', () => {
    const sources = [{ article: 'iseas-2021-6', footnote: 9 }, { article: 'iseas-2021-6', footnote: 23 }] as const;
    expect(sourceLineParts(sources, '1.2.3').map((part) => part.text).join('')).toBe(
      'Source: Hoang Oanh, “Vietnam’s Role in Regional Peace and Mediation”, ISEAS Perspective 2021/6, ISEAS – Yusof Ishak Institute, Singapore (2021-01-27), footnotes 9, 23. Data: @vn-mediation/data 1.2.3.',
    );
  });
});

describe('referenceText', () => {
  const entry = (id: string) => {
    const found = bibliography.find((candidate) => candidate.id === id);
    if (found === undefined) throw new Error(`no bibliography entry ${id}`);
    return found;
  };

  it('names the authors and year, the title in quotes, the publisher and the details the footnote gives', () => {
    expect(referenceText(entry('fn-5'))).toBe('Lonicera Vu (2020), “Vietnamese peacekeepers maintain peace to the world to defend the country”, Vietnam Times, 30 May.');
  });

  it('leaves out what the footnote does not give', () => {
    expect(referenceText(entry('fn-47'))).toBe('“Women in Peacekeeping”.');
    expect(referenceText({ kind: 'reference', year: 2019, title: 'T', publisher: 'P', sources: [] })).toBe('“T” (2019), P.');
  });

  it('prints a note’s own words, its spacing made plain', () => {
    expect(referenceText(entry('fn-29'))).toBe('Vietnam only had a two-week preparation period, much shorter than the two-month advance notice given for the leaders’ meeting in Singapore in June 2018.');
  });
});
