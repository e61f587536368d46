import { describe, expect, it } from 'vitest';
import { sameEventDate } from './sameDate';

describe('sameEventDate', () => {
  it('matches a date only at the same precision and hedge', () => {
    expect(sameEventDate({ kind: 'point', date: { year: 1996 } }, { kind: 'point', date: { year: 1996 } })).toBe(true);
    expect(sameEventDate({ kind: 'point', date: { year: 1996 } }, { kind: 'point', date: { year: 1996, month: 1 } })).toBe(false);
    expect(sameEventDate({ kind: 'point', date: { year: 2014 }, qualifier: 'since' }, { kind: 'point', date: { year: 2014 } })).toBe(false);
    expect(sameEventDate({ kind: 'point', date: { year: 1960, precision: 'decade' } }, { kind: 'point', date: { year: 1960 } })).toBe(false);
  });

  it('compares both ends of a span and never a span with a point', () => {
    const span = { kind: 'span', start: { year: 2000 }, end: { year: 2012 } } as const;
    expect(sameEventDate(span, { kind: 'span', start: { year: 2000 }, end: { year: 2012 } })).toBe(true);
    expect(sameEventDate(span, { kind: 'span', start: { year: 2000 }, end: { year: 2011 } })).toBe(false);
    expect(sameEventDate(span, { kind: 'point', date: { year: 2000 } })).toBe(false);
  });
});
