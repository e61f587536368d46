import type { PartialDateShape } from '../dataShape/shapes';
import { formatPartialDate, yearRange } from '@vn-mediation/data/format';
import type { TimelineEventShape } from './timelineData';
import type { TimelineEra } from './timelineLayout';
import { mainTopic, topicName } from './timelineLayout';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function startOf(event: TimelineEventShape): PartialDateShape {
  return event.date.kind === 'span' ? event.date.start : event.date.date;
}

function endOf(event: TimelineEventShape): PartialDateShape {
  return event.date.kind === 'span' ? event.date.end : event.date.date;
}

/**
 * The timeline's text description, every figure counted from the events shown: how many, the
 * years they cover, the eras and their sizes, and the count per main topic (each event counts
 * once, under the topic it is coloured by, though the filters find it under any of its topics).
 */
export function describeTimeline(shown: readonly TimelineEventShape[], eras: readonly TimelineEra[], total: number): string {
  if (shown.length === 0) return `No events match the filters (${plural(total, 'event', 'events')} in all).`;
  // Name the ends at the article's precision ("the 1960s", "February 2019"), never a bare year
  // the article does not give.
  const earliest = shown.reduce((a, b) => (yearRange(b.date)[0] < yearRange(a.date)[0] ? b : a));
  const latest = shown.reduce((a, b) => (yearRange(b.date)[1] > yearRange(a.date)[1] ? b : a));
  const first = formatPartialDate(startOf(earliest));
  const last = formatPartialDate(endOf(latest));
  const counts = new Map<string, number>();
  for (const event of shown) counts.set(mainTopic(event), (counts.get(mainTopic(event)) ?? 0) + 1);
  const byTopic = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([topic, n]) => `${topicName(topic)} ${n}`)
    .join(', ');
  const scope = shown.length === total ? plural(total, 'event', 'events') : `${shown.length} of ${plural(total, 'event', 'events')} (filtered)`;
  const eraWords = eras.map((era) => `${era.label} (${era.events.length})`).join('; ');
  return `Timeline of ${scope} from ${first} to ${last}, in ${plural(eras.length, 'era', 'eras')}: ${eraWords}. Events by main topic: ${byTopic}.`;
}
