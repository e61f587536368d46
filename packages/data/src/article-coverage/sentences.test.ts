import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleText } from '../test-support/articles-text';
import { ABBREVIATIONS, sentencesOf } from './sentences';

function texts(text: string): string[] {
  return sentencesOf(text).map((sentence) => sentence.text);
}

describe('sentencesOf', () => {
  it('splits at full stops, question marks and line breaks', () => {
    expect(texts('Is it ripe? It is.\nA heading\n\nA last one.')).toEqual(['Is it ripe?', 'It is.', 'A heading', 'A last one.']);
  });

  it('keeps a footnote marker with the sentence it marks, even with no space after it', () => {
    expect(texts('There is gratitude.[30]As stated in a briefing, it matters.[31] Today it is willing.')).toEqual([
      'There is gratitude.[30]',
      'As stated in a briefing, it matters.[31]',
      'Today it is willing.',
    ]);
  });

  it('keeps a footnote marker inside a sentence from splitting it', () => {
    expect(texts('It could involve arbitration responsibilities[35] before a conflict.')).toHaveLength(1);
  });

  it('ends no sentence at an abbreviation or an initial', () => {
    expect(texts('Directive No. 25 CT/TW was issued. See J. G. Merrills, Dispute Settlement, p. 26. Next.')).toEqual([
      'Directive No. 25 CT/TW was issued.',
      'See J. G. Merrills, Dispute Settlement, p. 26.',
      'Next.',
    ]);
    expect(texts('He studies at St. Antony’s College. Vu (ed.) (2020), Niche Diplomacy.')).toEqual(['He studies at St. Antony’s College.', 'Vu (ed.) (2020), Niche Diplomacy.']);
  });

  it('still ends a sentence at a word that only ends like an abbreviation', () => {
    expect(texts('It is a big step. Next one.')).toEqual(['It is a big step.', 'Next one.']);
  });

  it('starts a sentence at an enumeration after a full stop, not after a colon or a semicolon', () => {
    expect(texts('It needs: (i) competencies. (ii) Relationships are a challenge. (iii) So is money.')).toEqual([
      'It needs: (i) competencies.',
      '(ii) Relationships are a challenge.',
      '(iii) So is money.',
    ]);
    expect(texts('Three reasons: (i) it is new; (ii) it is neutral.')).toHaveLength(1);
  });

  it('keeps what is left of a link inside its sentence', () => {
    expect(texts('CNBC, at,said%20on%20Monday.&text%3DU.S.%20President%20Trump\n\nNext.')).toEqual(['CNBC, at,said%20on%20Monday.&text%3DU.S.%20President%20Trump', 'Next.']);
  });

  it('gives offsets that slice each sentence, in order, out of the text, missing nothing but white space', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '?', '\n', '[', '1', ']', '(', 'i', ')', '%', '2', '0', 'p', 'N', 'o') }), (text) => {
        const sentences = sentencesOf(text);
        let previousEnd = 0;
        for (const sentence of sentences) {
          expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
          expect(sentence.text).toBe(sentence.text.trim());
          expect(sentence.text).not.toBe('');
          expect(text.slice(previousEnd, sentence.start).trim()).toBe('');
          previousEnd = sentence.end;
        }
        expect(text.slice(previousEnd).trim()).toBe('');
      }),
    );
  });

  it('lists only abbreviations that occur in the articles', () => {
    const both = `${articleText['iseas-2021-6']}\n${articleText['diplomat-2016']}`;
    expect(ABBREVIATIONS.filter((abbreviation) => !both.includes(` ${abbreviation} `) && !both.includes(`(${abbreviation})`))).toEqual([]);
  });

  it('keeps the ISEAS article’s abbreviated references whole', () => {
    const sentences = texts(articleText['iseas-2021-6']);
    expect(sentences.some((sentence) => sentence.startsWith('Directive No. 25 CT/TW of the Secretariat'))).toBe(true);
    expect(sentences.some((sentence) => sentence.startsWith('[35] J. G. Merrills') && sentence.endsWith('p. 26.'))).toBe(true);
    expect(sentences.some((sentence) => sentence.startsWith('(ii) Managing relationships with other actors'))).toBe(true);
    expect(sentences.some((sentence) => /^\d/.test(sentence))).toBe(false);
  });
});
