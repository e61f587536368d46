import { describe, expect, it } from 'vitest';
import { textStatesCentury, textStatesDecade, textStatesMonth, textStatesNumber } from './numbers-in-text';

describe('textStatesNumber', () => {
  it('finds a number written with thousands separators or a currency sign', () => {
    expect(textStatesNumber('another 13,000 tonnes in 1997', 13000)).toBe(true);
    expect(textStatesNumber('and US$50,000 in emergency aid', 50000)).toBe(true);
  });

  it('scales "million"', () => {
    expect(textStatesNumber('rice worth $18 million at the height', 18_000_000)).toBe(true);
    expect(textStatesNumber('rice worth $18 at the height', 18_000_000)).toBe(false);
  });

  it('reads number words and ordinals up to twenty', () => {
    expect(textStatesNumber('among which are three comprehensive', 3)).toBe(true);
    expect(textStatesNumber('is ready to deploy the third one', 3)).toBe(true);
    expect(textStatesNumber('a two-week preparation period', 2)).toBe(true);
    expect(textStatesNumber('ranked 38th in the world', 38)).toBe(true);
  });

  it('does not take part of a longer number for the number', () => {
    expect(textStatesNumber('23/166 female officers (13.8%)', 13)).toBe(false);
    expect(textStatesNumber('sent 126 military doctors', 12)).toBe(false);
    expect(textStatesNumber('4.8% of military contingents', 8)).toBe(false);
    expect(textStatesNumber('4.8% of military contingents', 4.8)).toBe(true);
  });
});

describe('dates in text', () => {
  it('names months in full or abbreviated', () => {
    expect(textStatesMonth('Up till Oct 2020', 10)).toBe(true);
    expect(textStatesMonth('in December 1978', 12)).toBe(true);
    expect(textStatesMonth('in December 1978', 11)).toBe(false);
  });

  it('names decades and centuries as the articles write them', () => {
    expect(textStatesDecade('since the early 1960s', 1960)).toBe(true);
    expect(textStatesCentury('A master strategist in the 15th century', 1400)).toBe(true);
    expect(textStatesCentury('A master strategist in the 15th century', 1500)).toBe(false);
  });
});
