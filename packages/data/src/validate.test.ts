import { describe, expect, it } from 'vitest';
import { timelineEvents } from './datasets/timeline';
import { pkoFigures } from './datasets/pko';
import { articleText } from './test-support/articles-text';
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

const claim = {
  id: 'test-claim',
  kind: 'claim',
  label: 'a test claim',
  description: 'A claim for the tests.',
  stance: 'for',
  sources: [{ article: 'diplomat-2016', quote: 'could lead to productive diplomacy' }],
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

  it('rejects an argument link to an item the argument does not hold', () => {
    const issues = issuesOf(validate('argument', [{ ...claim, supports: ['nowhere'] }]));
    expect(issues).toEqual([expect.objectContaining({ path: ['supports', 0], message: 'no record "nowhere" in the argument dataset' })]);
  });

  it('rejects an argument whose links run in a circle, naming the circle once', () => {
    const issues = issuesOf(
      validate('argument', [
        { ...claim, id: 'a', supports: ['b'] },
        { ...claim, id: 'b', supports: ['c'] },
        { ...claim, id: 'c', opposes: ['a'] },
      ]),
    );
    expect(issues).toEqual([expect.objectContaining({ id: 'c', path: ['opposes', 0], message: 'links in a circle: a → b → c → a' })]);
  });

  it('rejects an item that supports itself, once', () => {
    const issues = issuesOf(validate('argument', [{ ...claim, supports: ['test-claim'] }]));
    expect(issues.map((issue) => issue.message)).toEqual(['an item cannot support itself']);
  });

  it('rejects a reference about a record that does not exist, and one to no dataset', () => {
    const issues = issuesOf(validate('argument', [{ ...claim, about: ['timeline/hanoi-summit-2019', 'timeline/hanoi-summit-2091', 'weather/rain'] }]));
    expect(issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['about.2', expect.stringMatching(/^a reference is "<dataset>\/<id>": one of timeline, .*, a slash, a kebab-case id$/)],
      ['about.1', '"timeline/hanoi-summit-2091" does not name a record of a dataset'],
      ['about.2', '"weather/rain" does not name a record of a dataset'],
    ]);
  });

  it('rejects a stance that contradicts what the kind always takes', () => {
    const issues = issuesOf(validate('argument', [{ ...claim, kind: 'challenge', stance: 'for' }]));
    expect(issues).toEqual([expect.objectContaining({ path: ['stance'], message: 'an item of kind "challenge" always has stance "against", not "for"' })]);
  });

  it('asks roles and strategies for their place on the spectrum, and only them', () => {
    expect(issuesOf(validate('argument', [{ ...claim, kind: 'role', stance: 'context' }])).map((issue) => issue.path)).toEqual([['engagement']]);
    expect(issuesOf(validate('argument', [{ ...claim, engagement: 2 }])).map((issue) => issue.path)).toEqual([['engagement']]);
  });

  it('rejects an argument item whose sources mix the two articles', () => {
    const issues = issuesOf(validate('argument', [{ ...claim, sources: [...claim.sources, { article: 'iseas-2021-6', quote: 'x' }] }]));
    expect(issues.map((issue) => issue.path)).toEqual([['sources', 1, 'article']]);
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

describe('validate with the articles’ texts', () => {
  const officersSent = pkoFigures.find((figure) => figure.id === 'officers-sent');
  const articles = { 'iseas-2021-6': articleText['iseas-2021-6'] };

  it('accepts the published figures and timeline, whose quotes and numbers the texts hold', () => {
    expect(issuesOf(validate('pko', cloneOf(pkoFigures), { articles }))).toEqual([]);
    expect(issuesOf(validate('timeline', cloneOf(timelineEvents), { articles: articleText }))).toEqual([]);
  });

  it('reports a figure whose value its quote does not write, at the value, naming what the quote writes', () => {
    const issues = issuesOf(validate('pko', [{ ...cloneOf(officersSent), value: 44 }], { articles }));
    expect(issues).toEqual([expect.objectContaining({ index: 0, id: 'officers-sent', path: ['value'] })]);
    expect(issues[0]?.message).toBe('44 is not written in any quote of the record (its quotes write 2020, 43, 126)');
  });

  it('does not check the numbers without the texts, and says so in the README', () => {
    expect(validate('pko', [{ ...cloneOf(officersSent), value: 44 }]).ok).toBe(true);
  });

  it('reports a date part no quote writes, by its path', () => {
    const issues = issuesOf(validate('pko', [{ ...cloneOf(officersSent), asOf: { kind: 'point', date: { year: 2020, month: 2 }, qualifier: 'up-to' } }], { articles }));
    expect(issues.map((issue) => issue.path)).toEqual([['asOf', 'date', 'month']]);
  });

  it('reports a quote the article does not hold, and says when only spaces or quotation marks differ', () => {
    const altered = { ...cloneOf(officersSent), sources: [{ article: 'iseas-2021-6', quote: 'Up to January 2020, it had sent 43 officers to Mars.', footnote: 5 }] };
    expect(issuesOf(validate('pko', [altered], { articles }))).toEqual([
      expect.objectContaining({ path: ['sources', 0, 'quote'], message: 'quote not found verbatim in the text of iseas-2021-6' }),
    ]);
    const straightened = cloneOf(pkoFigures.find((figure) => figure.id === 'deployment-start-year'));
    const quote = straightened?.sources[0]?.quote.replace('\u00a0', ' ') ?? '';
    const issues = issuesOf(validate('pko', [{ ...straightened, sources: [{ article: 'iseas-2021-6', quote, footnote: 5 }] }], { articles }));
    expect(issues.map((issue) => issue.message)).toEqual(['quote not found verbatim in the text of iseas-2021-6 (it differs only in spaces or quotation marks)']);
  });

  it('checks quotes only against the articles passed', () => {
    const event = { ...goodEvent, sources: [{ article: 'diplomat-2016', quote: 'banned 12 North Korean nationals in July 2016, said nobody' }] };
    expect(validate('timeline', [event], { articles }).ok).toBe(true);
    expect(issuesOf(validate('timeline', [event], { articles: articleText })).map((issue) => issue.path)).toEqual([['sources', 0, 'quote']]);
  });

  it('reports an unknown article id or a text that is not a string instead of checking', () => {
    // @ts-expect-error a JavaScript caller can pass any key
    expect(issuesOf(validate('pko', [], { articles: { 'nyt-2019': 'text' } }))[0]).toMatchObject({ path: ['articles', 'nyt-2019'], message: 'no article "nyt-2019"; expected iseas-2021-6 or diplomat-2016' });
    // @ts-expect-error a JavaScript caller can pass a buffer
    expect(issuesOf(validate('pko', [], { articles: { 'iseas-2021-6': 42 } }))[0]?.message).toBe('the text of iseas-2021-6 must be a string');
  });
});
