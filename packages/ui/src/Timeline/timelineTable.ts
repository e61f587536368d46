import { articles } from '@vn-mediation/data/provenance';
import { formatEventDate, publicationYear } from '@vn-mediation/data/format';
import type { ModelTable } from '../model/chartModel';
import type { TimelineEventShape } from './timelineData';
import { topicWords } from './timelineLayout';

/** The timeline's table: one row per event shown, in date order, each cell as the reader sees it. */
export function timelineTable(title: string, events: readonly TimelineEventShape[]): ModelTable {
  return {
    caption: `Events of “${title}”`,
    columns: [
      { key: 'date', header: 'Date', align: 'start' },
      { key: 'event', header: 'Event', align: 'start' },
      { key: 'actors', header: 'Actors', align: 'start' },
      { key: 'topics', header: 'Topics', align: 'start' },
      { key: 'source', header: 'Source', align: 'start' },
    ],
    rows: events.map((event) => ({
      key: event.id,
      cells: [
        formatEventDate(event.date),
        event.title,
        event.actors.length === 0 ? 'none named' : event.actors.join(', '),
        topicWords(event),
        event.sources
          .map((source) => `${articles[source.article].author} (${publicationYear(source.article)})${source.footnote === undefined ? '' : `, fn. ${source.footnote}`}: ${source.quote}`)
          .join(' | '),
      ],
      sources: event.sources,
      notes: event.notes ?? [],
    })),
  };
}
