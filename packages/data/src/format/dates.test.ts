import { describe, expect, it } from 'vitest';
import { dateSortKey, formatEventDate, formatPartialDate, machineDate, yearRange } from './dates';

describe('formatPartialDate', () => {
  it('never adds a day or month the date does not carry', () => {
    expect(formatPartialDate({ year: 1995 })).toBe('1995');
    expect(formatPartialDate({ year: 2019, month: 2 })).toBe('February 2019');
    expect(formatPartialDate({ year: 2018, month: 8, day: 8 })).toBe('8 August 2018');
  });

  it('names decades and centuries as such', () => {
    expect(formatPartialDate({ year: 1960, precision: 'decade' })).toBe('the 1960s');
    expect(formatPartialDate({ year: 1400, precision: 'century' })).toBe('the 15th century');
    expect(formatPartialDate({ year: 1200, precision: 'century' })).toBe('the 13th century');
  });
});

describe('formatEventDate', () => {
  it('keeps the article’s hedge', () => {
    expect(formatEventDate({ kind: 'point', date: { year: 2014 }, qualifier: 'since' })).toBe('since 2014');
    expect(formatEventDate({ kind: 'point', date: { year: 2020, month: 1 }, qualifier: 'up-to' })).toBe('up to January 2020');
    expect(formatEventDate({ kind: 'point', date: { year: 2020 }, qualifier: 'by-end-of' })).toBe('by the end of 2020');
    expect(formatEventDate({ kind: 'point', date: { year: 1960, precision: 'decade' }, qualifier: 'early' })).toBe('early 1960s');
  });

  it('joins the ends of a span with an en dash', () => {
    expect(formatEventDate({ kind: 'span', start: { year: 1258 }, end: { year: 1308 } })).toBe('1258–1308');
  });
});

describe('machineDate', () => {
  it('writes the date at its own precision, and nothing for a decade', () => {
    expect(machineDate({ year: 2019, month: 2 })).toBe('2019-02');
    expect(machineDate({ year: 2018, month: 8, day: 8 })).toBe('2018-08-08');
    expect(machineDate({ year: 1960, precision: 'decade' })).toBeUndefined();
  });
});

describe('yearRange and dateSortKey', () => {
  it('widens a decade to its ten years and orders by start', () => {
    expect(yearRange({ kind: 'point', date: { year: 1960, precision: 'decade' } })).toEqual([1960, 1969]);
    expect(yearRange({ kind: 'span', start: { year: 2000 }, end: { year: 2012 } })).toEqual([2000, 2012]);
    const march = dateSortKey({ kind: 'point', date: { year: 2010, month: 3 } });
    const july = dateSortKey({ kind: 'point', date: { year: 2010, month: 7 } });
    expect(march).toBeLessThan(july);
    expect(july).toBeLessThan(dateSortKey({ kind: 'point', date: { year: 2011 } }));
  });
});
