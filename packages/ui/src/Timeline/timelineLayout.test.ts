import { describe, expect, it } from 'vitest';
import type { TimelineEventShape } from './timelineData';
import { distinctInOrder, filterEvents, mainTopic, sortEvents, timelineEras, topicName, toggleTopic, topicWords } from './timelineLayout';
import { describeTimeline } from './timelineDescription';

function event(id: string, year: number, topics: readonly string[] = ['korea'], article: 'iseas-2021-6' | 'diplomat-2016' = 'iseas-2021-6'): TimelineEventShape {
  return { id, title: id, date: { kind: 'point', date: { year } }, actors: [], topics, sources: [{ article, quote: 'q' }] };
}

describe('timelineEras', () => {
  it('breaks the axis at long gaps so 1258 and 2020 do not share one scale', () => {
    const eras = timelineEras([event('b', 1995), event('a', 1258), event('c', 2020)], { breakAfterYears: 25, maxEventsPerEra: 10 });
    expect(eras.map((era) => era.label)).toEqual(['1258', '1995–2020']);
    expect(eras[1]?.gapBefore).toBe(1995 - 1258);
  });

  it('splits a crowded stretch at its widest gap', () => {
    const years = [1954, 1960, 1968, 1973, 1992, 1995, 1997, 2000];
    const eras = timelineEras(years.map((y) => event(`e${y}`, y)), { breakAfterYears: 25, maxEventsPerEra: 4 });
    expect(eras.map((era) => era.events.map((e) => e.id))).toEqual([
      ['e1954', 'e1960', 'e1968', 'e1973'],
      ['e1992', 'e1995', 'e1997', 'e2000'],
    ]);
    expect(eras[1]?.gapBefore).toBe(0);
  });

  it('names an era ending in a coarse date by that date, not an invented year', () => {
    const century: TimelineEventShape = { ...event('c', 1400), date: { kind: 'point', date: { year: 1400, precision: 'century' } } };
    const span: TimelineEventShape = { ...event('s', 1258), date: { kind: 'span', start: { year: 1258 }, end: { year: 1308 } } };
    expect(timelineEras([span, century], { breakAfterYears: 200, maxEventsPerEra: 10 })[0]?.label).toBe('1258–15th century');
  });

  it('keeps every event exactly once', () => {
    const events = [1258, 1954, 1968, 1995, 2019, 2020].map((y) => event(`e${y}`, y));
    const ids = timelineEras(events, { breakAfterYears: 25, maxEventsPerEra: 2 }).flatMap((era) => era.events.map((e) => e.id));
    expect(ids.sort()).toEqual(events.map((e) => e.id).sort());
  });
});

describe('sortEvents', () => {
  it('puts a bare year before the months of that year, orders months, and keeps ties in input order', () => {
    const june: TimelineEventShape = { ...event('june', 2016), date: { kind: 'point', date: { year: 2016, month: 6 } } };
    const may: TimelineEventShape = { ...event('may', 2016), date: { kind: 'point', date: { year: 2016, month: 5 } } };
    expect(sortEvents([june, event('y1', 2016), may, event('y2', 2016)]).map((e) => e.id)).toEqual(['y1', 'y2', 'may', 'june']);
  });
});

describe('filterEvents', () => {
  const events = [event('a', 1995, ['aid']), event('k', 1996, ['korea'], 'diplomat-2016'), event('p', 2014, ['peacekeeping'])];

  it('shows every event with all topics and both articles, and none with no topic ticked', () => {
    expect(filterEvents(events, { topics: 'all', article: 'all' })).toHaveLength(3);
    expect(filterEvents(events, { topics: [], article: 'all' })).toHaveLength(0);
  });

  it('keeps only the chosen topics and article', () => {
    expect(filterEvents(events, { topics: ['aid', 'korea'], article: 'all' }).map((e) => e.id)).toEqual(['a', 'k']);
    expect(filterEvents(events, { topics: 'all', article: 'diplomat-2016' }).map((e) => e.id)).toEqual(['k']);
  });

  it('shows an event when any of its topics is ticked, not only its main one', () => {
    const several = [event('h', 1968, ['history', 'korea']), event('r', 1995, ['aid', 'korea']), event('p', 2014, ['peacekeeping'])];
    expect(filterEvents(several, { topics: ['korea'], article: 'all' }).map((e) => e.id)).toEqual(['h', 'r']);
    expect(filterEvents(several, { topics: ['history'], article: 'all' }).map((e) => e.id)).toEqual(['h']);
    expect(filterEvents(several, { topics: ['history', 'aid'], article: 'all' }).map((e) => e.id)).toEqual(['h', 'r']);
  });
});

describe('describeTimeline', () => {
  it('counts the shown events, their years, eras and main topics', () => {
    const events = [event('a', 1258, ['history']), event('b', 1995, ['aid']), event('c', 2019), event('d', 2020)];
    const eras = timelineEras(events);
    const text = describeTimeline(events, eras, 6);
    expect(text).toBe(
      'Timeline of 4 of 6 events (filtered) from 1258 to 2020, in 2 eras: 1258 (1); 1995–2020 (3). Events by main topic: Korean Peninsula 2, Aid 1, History 1.',
    );
  });

  it('counts an event of several topics once, under its main topic, so the counts add up to the events shown', () => {
    const events = [event('h', 1968, ['history', 'korea']), event('r', 1995, ['aid', 'korea']), event('k', 2006, ['korea'])];
    const text = describeTimeline(events, timelineEras(events), 3);
    expect(text).toContain('Events by main topic: Aid 1, History 1, Korean Peninsula 1.');
  });

  it('names its first and last dates at the precision the article gives, never a bare year', () => {
    const decade = { ...event('early', 1960), date: { kind: 'point' as const, date: { year: 1960, precision: 'decade' as const }, qualifier: 'early' as const } };
    const month = { ...event('summit', 2019), date: { kind: 'point' as const, date: { year: 2019, month: 2 } } };
    const text = describeTimeline([decade, month], timelineEras([decade, month]), 2);
    expect(text).toContain('from the 1960s to February 2019');
  });
});

describe('topicName, topicWords, mainTopic and distinctInOrder', () => {
  it('turns ids into names and keeps first-seen order', () => {
    expect(topicName('peacekeeping')).toBe('Peacekeeping');
    expect(topicName('post-war-work')).toBe('Post war work');
    expect(distinctInOrder(['b', 'a', 'b'])).toEqual(['b', 'a']);
  });

  it('names the main topic first and the others after “also”', () => {
    expect(topicWords(event('k', 2006))).toBe('Korean Peninsula');
    expect(topicWords(event('h', 1968, ['history', 'korea', 'multilateral']))).toBe('History; also Korean Peninsula, Multilateral diplomacy');
    expect(mainTopic(event('r', 1995, ['aid', 'korea']))).toBe('aid');
  });
});

describe('toggleTopic', () => {
  const topics = ['history', 'korea', 'aid'];
  it('unticks a topic from every topic when none was chosen yet', () => {
    expect(toggleTopic(topics, undefined, 'korea', false)).toEqual(['history', 'aid']);
  });
  it('ticks a topic back in the chart’s topic order, whatever the order of the clicks', () => {
    expect(toggleTopic(topics, ['aid'], 'history', true)).toEqual(['history', 'aid']);
  });
});
