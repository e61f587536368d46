import { describe, expect, it } from 'vitest';
import { capitalise, countWords, listWords, ordinal, vocabularyWords } from './words';

describe('ordinal', () => {
  it('uses th for 11 to 13 of every hundred and st, nd, rd otherwise', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(ordinal)).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '112th',
    ]);
  });
});

describe('listWords', () => {
  it('joins the last two items with "and" and the others with commas', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['a'])).toBe('a');
    expect(listWords(['a', 'b'])).toBe('a and b');
    expect(listWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('countWords, capitalise and vocabularyWords', () => {
  it('agree the noun with the count', () => {
    expect(countWords(1, 'event', 'events')).toBe('1 event');
    expect(countWords(0, 'event', 'events')).toBe('0 events');
  });

  it('open a sentence and spell a vocabulary value as words', () => {
    expect(capitalise('women were')).toBe('Women were');
    expect(vocabularyWords('military-doctors-and-medical-personnel')).toBe('military doctors and medical personnel');
  });
});
