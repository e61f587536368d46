import { describe, expect, it } from 'vitest';
import { formatHedgedQuantity, formatNumber, formatQuantity } from './quantities';

describe('formatQuantity', () => {
  it('writes amounts with their unit and thousands separators', () => {
    expect(formatQuantity(13000, 'tonnes')).toBe('13,000 tonnes');
    expect(formatQuantity(1, 'tonnes')).toBe('1 tonne');
    expect(formatQuantity(20000, 'tons')).toBe('20,000 tons');
    expect(formatQuantity(2, 'field-hospitals')).toBe('2 field hospitals');
  });

  it('writes money, shares, ranks and years as a reader expects', () => {
    expect(formatQuantity(50000, 'usd')).toBe('US$50,000');
    expect(formatQuantity(18000000, 'usd')).toBe('US$18 million');
    expect(formatQuantity(13.8, 'percent')).toBe('13.8%');
    expect(formatQuantity(38, 'rank')).toBe('38th');
    expect(formatQuantity(2014, 'year')).toBe('2014');
  });

  it('keeps an unknown unit instead of dropping it', () => {
    expect(formatQuantity(3, 'ships')).toBe('3 ships');
  });
});

describe('formatHedgedQuantity', () => {
  it('puts the article’s hedge before the number', () => {
    expect(formatHedgedQuantity(20, 'percent', 'approximately')).toBe('approximately 20%');
    expect(formatHedgedQuantity(5, 'percent', 'more-than')).toBe('more than 5%');
  });
});

describe('formatNumber', () => {
  it('rounds to one decimal', () => {
    expect(formatNumber(13.855)).toBe('13.9');
  });
});
