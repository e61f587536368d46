import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PartialDate } from '@vn-mediation/data/schemas';
import { narrowEventDate, narrowPartialDate } from './narrowDate';
import { narrowFigure } from './narrowFigure';
import { narrowSources } from './narrowSource';

const source = { article: 'iseas-2021-6', quote: 'It has established 189 diplomatic relations', footnote: 25 };

describe('narrowPartialDate', () => {
  it('keeps a date at its precision and refuses a day without a month', () => {
    const problems: string[] = [];
    expect(narrowPartialDate({ year: 2019, month: 2 }, 'd', problems)).toEqual({ year: 2019, month: 2, day: undefined, precision: undefined });
    expect(narrowPartialDate({ year: 2019, day: 3 }, 'd', problems)).toBeUndefined();
    expect(problems).toEqual(['d.day needs a month']);
  });

  it('refuses NaN years', () => {
    const problems: string[] = [];
    expect(narrowPartialDate({ year: Number.NaN }, 'd', problems)).toBeUndefined();
    expect(problems).toEqual(['d.year must be an integer year from 1000 to 2100']);
  });

  it('refuses a day its month does not have, counting leap years', () => {
    const problems: string[] = [];
    expect(narrowPartialDate({ year: 2020, month: 2, day: 29 }, 'd', problems)).toMatchObject({ year: 2020, month: 2, day: 29 });
    expect(narrowPartialDate({ year: 2019, month: 2, day: 29 }, 'd', problems)).toBeUndefined();
    expect(narrowPartialDate({ year: 2021, month: 4, day: 31 }, 'd', problems)).toBeUndefined();
    expect(problems).toEqual(['d.day 29 does not exist: month 2 of 2019 has 28 days', 'd.day 31 does not exist: month 4 of 2021 has 30 days']);
  });

  it('accepts exactly the dates the data package’s schema accepts', () => {
    const integerOrNot = (min: number, max: number) => fc.oneof(fc.integer({ min, max }), fc.constant(undefined), fc.double({ noNaN: false }));
    const dates = fc.record(
      { year: integerOrNot(900, 2200), month: integerOrNot(0, 13), day: integerOrNot(0, 32), precision: fc.constantFrom(undefined, 'decade', 'century', 'year') },
      { requiredKeys: ['year'] },
    );
    fc.assert(
      fc.property(dates, (date) => {
        // The schema is strict about absent keys; the charts read `undefined` as absent.
        const present = Object.fromEntries(Object.entries(date).filter(([, value]) => value !== undefined));
        const schemaAccepts = PartialDate.safeParse(present).success;
        expect(narrowPartialDate(present, 'd', []) !== undefined).toBe(schemaAccepts);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('narrowEventDate', () => {
  it('refuses a span that ends before it starts and an unknown kind', () => {
    const problems: string[] = [];
    expect(narrowEventDate({ kind: 'span', start: { year: 2012 }, end: { year: 2000 } }, 'e', problems)).toBeUndefined();
    expect(narrowEventDate({ kind: 'range' }, 'e', problems)).toBeUndefined();
    expect(problems).toEqual(['e ends before it starts', 'e.kind must be "point" or "span"']);
  });
});

describe('narrowSources', () => {
  it('needs at least one source from a known article', () => {
    const problems: string[] = [];
    expect(narrowSources([], 's', problems)).toBeUndefined();
    expect(narrowSources([{ ...source, article: 'nyt' }], 's', problems)).toBeUndefined();
    expect(problems).toHaveLength(2);
    expect(narrowSources([source], 's', [])).toEqual([source]);
  });
});

describe('narrowFigure', () => {
  it('reads a well-formed figure and names every wrong field of a bad one', () => {
    const good = { id: 'relations', label: 'Diplomatic relations', value: 189, unit: 'relations', sources: [source] };
    expect(narrowFigure(good, 'f', [])).toMatchObject({ id: 'relations', value: 189 });
    const problems: string[] = [];
    expect(narrowFigure({ ...good, value: Number.NaN, label: '' }, 'f', problems)).toBeUndefined();
    expect(problems).toEqual(['f.label must be a non-empty string', 'f.value must be a finite number']);
  });
});
