import { yearRange } from '../dates/formatEventDate';
import type { TimelineEventShape } from './timelineData';
import type { TimelineEra } from './timelineLayout';
import { categoryName } from './timelineLayout';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The timeline's text description, every figure counted from the events shown: how many, the
 * years they cover, the eras and their sizes, and the count per category.
 */
export function describeTimeline(shown: readonly TimelineEventShape[], eras: readonly TimelineEra[], total: number): string {
  if (shown.length === 0) return `No events match the filters (${plural(total, 'event', 'events')} in all).`;
  const first = Math.min(...shown.map((event) => yearRange(event.date)[0]));
  const last = Math.max(...shown.map((event) => yearRange(event.date)[1]));
  const counts = new Map<string, number>();
  for (const event of shown) counts.set(event.category, (counts.get(event.category) ?? 0) + 1);
  const byCategory = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([category, n]) => `${categoryName(category)} ${n}`)
    .join(', ');
  const scope = shown.length === total ? plural(total, 'event', 'events') : `${shown.length} of ${plural(total, 'event', 'events')} (filtered)`;
  const eraWords = eras.map((era) => `${era.label} (${era.events.length})`).join('; ');
  return `Timeline of ${scope} from ${first} to ${last}, in ${plural(eras.length, 'era', 'eras')}: ${eraWords}. Events by category: ${byCategory}.`;
}
