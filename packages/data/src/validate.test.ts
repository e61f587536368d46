import { describe, expect, it } from 'vitest';
import { timelineEvents } from './datasets/timeline';
import { pkoFigures } from './datasets/pko';
import { aidFigures } from './datasets/aid';
import { partnershipPhrases } from './datasets/partnerships';
import { validate } from './validate';
import type { ValidationIssue } from './validate';

function cloneOf<T>(value: T): T {
  return structuredClone(value);
}

function issuesOf(result: ReturnType<typeof validate>): ValidationIssue[] {
  return result.ok ? [] : result.issues;
}

const goodEvent = {
  id: 'test-event',
  title: 'A test event',
  date: { kind: 'point', date: { year: 2016, month: 7 } },
  actors: ['Vietnam'],
  topics: ['korea'],
  sources: [{ article: 'diplomat-2016', quote: 'banned 12 North Korean nationals' }],
};

describe('validate', () => {
  it('returns the typed records when the input is valid', () => {
    const result = validate('timeline', [goodEvent]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data[0]?.date.kind).toBe('point');
  });

  it('reports a wrong type with the record index, id and field path', () => {
    const issues = issuesOf(validate('timeline', [{ ...goodEvent, actors: 'Vietnam' }]));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ dataset: 'timeline', index: 0, id: 'test-event', path: ['actors'] });
  });

  it('reports a missing field by its path', () => {
    const withoutTitle = Object.fromEntries(Object.entries(goodEvent).filter(([key]) => key !== 'title'));
    const issues = issuesOf(validate('timeline', [withoutTitle]));
    expect(issues.map((issue) => issue.path)).toEqual([['title']]);
  });

  it('rejects an article id that is not one of the two articles', () => {
    const issues = issuesOf(validate('timeline', [{ ...goodEvent, sources: [{ article: 'nyt-2019', quote: 'x' }] }]));
    expect(issues[0]?.path).toEqual(['sources', 0, 'article']);
  });

  it('reports a duplicate id on the second record, naming the first', () => {
    const issues = issuesOf(validate('timeline', [goodEvent, { ...goodEvent, title: 'Another' }]));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ index: 1, id: 'test-event', path: ['id'] });
    expect(issues[0]?.message).toContain('index 0');
  });

  it('reports a year out of range with the path to the year', () => {
    const issues = issuesOf(validate('timeline', [{ ...goodEvent, date: { kind: 'point', date: { year: 3016 } } }]));
    expect(issues[0]?.path).toEqual(['date', 'date', 'year']);
    expect(issues[0]?.message).toMatch(/between 1000 and 2100/);
  });

  it('rejects a day that does not exist in its month', () => {
    const issues = issuesOf(validate('timeline', [{ ...goodEvent, date: { kind: 'point', date: { year: 2019, month: 2, day: 29 } } }]));
    expect(issues[0]?.path).toEqual(['date', 'date', 'day']);
  });

  it('rejects a span that ends before it starts', () => {
    const issues = issuesOf(validate('timeline', [{ ...goodEvent, date: { kind: 'span', start: { year: 2012 }, end: { year: 2000 } } }]));
    expect(issues[0]?.path).toEqual(['date', 'end', 'year']);
  });

  it('rejects an empty quote', () => {
    const issues = issuesOf(validate('timeline', [{ ...goodEvent, sources: [{ article: 'diplomat-2016', quote: '' }] }]));
    expect(issues[0]).toMatchObject({ path: ['sources', 0, 'quote'], message: 'quote must not be empty' });
  });

  it('rejects a record without sources', () => {
    const issues = issuesOf(validate('timeline', [{ ...goodEvent, sources: [] }]));
    expect(issues[0]?.path).toEqual(['sources']);
  });

  it('rejects a footnote that the bibliography does not hold', () => {
    const issues = issuesOf(validate('pko', [{ ...cloneOf(pkoFigures[0]), sources: [{ article: 'iseas-2021-6', quote: 'x', footnote: 47 }] }], { bibliography: [{ footnote: 5 }] }));
    expect(issues.map((issue) => issue.message)).toEqual(['footnote 47 is not in the bibliography']);
  });

  it('rejects a footnote on a diplomat-2016 source, which has no footnotes', () => {
    const issues = issuesOf(validate('timeline', [{ ...goodEvent, sources: [{ article: 'diplomat-2016', quote: 'x', footnote: 5 }] }]));
    expect(issues[0]?.path).toEqual(['sources', 0, 'footnote']);
  });

  it('rejects a reference to a person the people dataset does not hold', () => {
    const issues = issuesOf(validate('timeline', [{ ...goodEvent, personIds: ['kim-il-sung', 'nobody'] }]));
    expect(issues).toEqual([expect.objectContaining({ path: ['personIds', 1], message: 'no record "nobody" in the people dataset' })]);
  });

  it('resolves references against replacement datasets passed as context', () => {
    expect(validate('timeline', [{ ...goodEvent, personIds: ['someone'] }], { people: [{ id: 'someone' }] }).ok).toBe(true);
  });

  it('returns every problem of every record, not only the first', () => {
    const bad = [{ ...goodEvent, id: 'Not Kebab', topics: ['war'] }, { ...goodEvent, id: 'x', date: { kind: 'point', date: { year: 99 } } }];
    const issues = issuesOf(validate('timeline', bad));
    expect(issues.map((issue) => [issue.index, issue.path.join('.')])).toEqual([
      [0, 'id'],
      [0, 'topics.0'],
      [1, 'date.date.year'],
    ]);
  });

  it('rejects a field the schema does not know, so typos do not pass silently', () => {
    const issues = issuesOf(validate('timeline', [{ ...goodEvent, topcs: ['korea'] }]));
    expect(issues).toHaveLength(1);
  });

  it('reports input that is not an array without throwing', () => {
    expect(issuesOf(validate('timeline', { events: [] }))).toEqual([{ dataset: 'timeline', index: null, path: [], message: 'expected an array of records' }]);
    expect(issuesOf(validate('timeline', [null, 42, 'x'])).map((issue) => issue.index)).toEqual([0, 1, 2]);
  });

  it('reports an unknown dataset name without throwing', () => {
    const name: string = 'weather';
    // @ts-expect-error a JavaScript caller can pass any string; the result must still be an issue
    const result = validate(name, []);
    expect(issuesOf(result)[0]?.message).toMatch(/unknown dataset/);
  });

  it('turns a record that throws when read into an issue', () => {
    const hostile = Object.defineProperty({ ...goodEvent }, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = validate('timeline', [hostile]);
    expect(result.ok).toBe(false);
  });

  it('rejects an event with no topic', () => {
    const issues = issuesOf(validate('timeline', [{ ...goodEvent, topics: [] }]));
    expect(issues).toEqual([expect.objectContaining({ index: 0, path: ['topics'], message: 'an event needs at least one topic' })]);
  });

  it('rejects a topic listed twice, naming it and where the repeat sits', () => {
    const issues = issuesOf(validate('timeline', [{ ...goodEvent, topics: ['korea', 'aid', 'korea'] }]));
    expect(issues).toEqual([expect.objectContaining({ path: ['topics', 2], message: 'topic "korea" is listed twice' })]);
  });

  it('rejects a topic outside the vocabulary by its position in the list', () => {
    const issues = issuesOf(validate('timeline', [{ ...goodEvent, topics: ['korea', 'weather'] }]));
    expect(issues.map((issue) => issue.path)).toEqual([['topics', 1]]);
  });

  it('rejects the old single `category` field, so data written for it fails loudly', () => {
    const withoutTopics = Object.fromEntries(Object.entries(goodEvent).filter(([key]) => key !== 'topics'));
    const issues = issuesOf(validate('timeline', [{ ...withoutTopics, category: 'korea' }]));
    expect(issues.map((issue) => issue.path.join('.')).sort()).toEqual(['', 'topics']);
  });

  it('rejects an aid recipient outside the vocabulary, such as the article’s own wording', () => {
    const issues = issuesOf(validate('aid', [{ ...cloneOf(aidFigures[0]), recipient: 'North Korea' }]));
    expect(issues.map((issue) => issue.path)).toEqual([['recipient']]);
  });

  it('rejects a partnership phrase that is not copied from its first quote', () => {
    const issues = issuesOf(validate('partnership-phrases', [{ ...cloneOf(partnershipPhrases[0]), phrase: 'strategic alliance' }]));
    expect(issues).toEqual([expect.objectContaining({ path: ['phrase'], message: 'the phrase must be copied verbatim from the first quote' })]);
  });

  it('accepts the published timeline', () => {
    expect(validate('timeline', cloneOf(timelineEvents)).ok).toBe(true);
  });
});
