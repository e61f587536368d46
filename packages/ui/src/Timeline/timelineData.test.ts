import { describe, expect, it } from 'vitest';
import { checkTimelineEvents } from './timelineData';

const event = {
  id: 'talks-1968',
  title: 'Peace talks',
  date: { kind: 'point', date: { year: 1968 } },
  actors: ['North Vietnam'],
  topics: ['history', 'korea'],
  sources: [{ article: 'diplomat-2016', quote: 'q' }],
};

function problemsOf(value: unknown): readonly string[] {
  const check = checkTimelineEvents(value);
  return check.ok ? [] : check.problems;
}

describe('checkTimelineEvents', () => {
  it('keeps every topic of an event, in order, the main one first', () => {
    const check = checkTimelineEvents([event]);
    expect(check.ok && check.events[0]?.topics).toEqual(['history', 'korea']);
  });

  it('refuses an event with no topic, naming the event and the field', () => {
    expect(problemsOf([{ ...event, topics: [] }])).toEqual(['events[0].topics must be a non-empty list of non-empty strings']);
  });

  it('refuses a topic that is not a non-empty string', () => {
    expect(problemsOf([event, { ...event, id: 'b', topics: ['korea', ' '] }])).toEqual(['events[1].topics must be a non-empty list of non-empty strings']);
    expect(problemsOf([{ ...event, topics: 'korea' }])).toEqual(['events[0].topics must be a non-empty list of non-empty strings']);
  });

  it('refuses a topic listed twice, naming it', () => {
    expect(problemsOf([{ ...event, topics: ['korea', 'aid', 'korea'] }])).toEqual(['events[0].topics lists "korea" twice']);
  });

  it('tells data written with the old single category how to migrate', () => {
    const old = Object.fromEntries(Object.entries(event).filter(([key]) => key !== 'topics'));
    expect(problemsOf([{ ...old, category: 'korea' }])).toEqual([
      'events[0].topics must be a non-empty list of non-empty strings (the single `category` became `topics`: write topics: ["korea"])',
    ]);
  });
});
