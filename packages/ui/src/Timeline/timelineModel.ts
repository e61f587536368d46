import { articles } from '@vn-mediation/data/provenance';
import { countWords, footnoteWords, formatEventDate, machineDate, publicationYear, shortCitation } from '@vn-mediation/data/format';
import type { ArticleIdShape, SourceShape } from '../dataShape/shapes';
import type { ChartModel, ChartModelOptions, ModelTable } from '../model/chartModel';
import type { ColorToken } from '../theme/tokens';
import { provenanceOf, unavailableModel } from '../model/modelParts';
import { checkTimelineEvents } from './timelineData';
import type { TimelineEventShape } from './timelineData';
import { describeTimeline } from './timelineDescription';
import { DEFAULT_ERA_OPTIONS, distinctInOrder, filterEvents, mainTopic, timelineEras, topicName, topicWords } from './timelineLayout';
import type { EraOptions } from './timelineLayout';

/** One piece of an event's evidence as the detail panel prints it: the quote, then "— author, <cite>work</cite>, publication (date), footnote n". */
export interface TimelineModelQuote {
  /** The verbatim quote. */
  readonly quote: string;
  /** What precedes the cited work: "— Hoang Oanh, ". */
  readonly lead: string;
  /** The cited work's title, set in `<cite>`. */
  readonly work: string;
  /** What follows it: ", ISEAS Perspective (27 January 2021), footnote 5". */
  readonly rest: string;
}

/** Fixed wording of the timeline's controls and detail panel, shared by every renderer of the model. */
export const TIMELINE_TEXT = {
  /** The detail panel before any event is active. */
  detailHint: 'Tab to the events and use the arrow keys, or click one, to see its date, actors and source.',
  /** The source toggle while the source is hidden. */
  showSource: 'Show source',
  /** The source toggle while the source is shown. */
  hideSource: 'Hide source',
  /** Accessible name of an event's notes. */
  eventNotes: 'Notes on this event',
  /** The article filter's option for every article. */
  allArticles: 'Both articles',
} as const;

/** One event as the timeline shows and announces it. */
export interface TimelineModelEvent {
  /** The event's id. */
  readonly key: string;
  /** Its title. */
  readonly title: string;
  /** Its date at the article's precision: "1258–1308", "since 2014". */
  readonly dateText: string;
  /** The machine-readable date for `<time dateTime>`, when the date is an unhedged point HTML can express. */
  readonly dateTime: string | undefined;
  /** Its topics and actors: "History; also Korean Peninsula. Actors: Hanoi, Pyongyang." */
  readonly metaText: string;
  /** The line under the title in the detail panel: "1968 · History · Actors: …". */
  readonly detailText: string;
  /** What a screen reader announces when the event is focused: "1968: Title. Topics. Actors: …." */
  readonly announcement: string;
  /** Position of its main topic among the chart's topics. */
  readonly topicIndex: number;
  /** Its colour: its main topic's, cycling through the mark colours. */
  readonly colorToken: ColorToken;
  /** Its evidence. */
  readonly sources: readonly SourceShape[];
  /** Its evidence as the detail panel prints it, one per source. */
  readonly quotes: readonly TimelineModelQuote[];
  /** Our remarks on it. */
  readonly notes: readonly string[];
}

/** A run of events close in time that shares one stretch of axis. */
export interface TimelineModelEra {
  /** Stable key. */
  readonly key: string;
  /** Its range: "1954–1978". */
  readonly label: string;
  /** The break drawn before it, when years without events were left out: "Gap of 646 years without events". */
  readonly gapText: string | undefined;
  /** Its events in date order. */
  readonly events: readonly TimelineModelEvent[];
}

/** A filter option. */
export interface TimelineOption {
  /** The value the filter takes. */
  readonly value: string;
  /** Its label. */
  readonly label: string;
}

/** What the timeline draws: filters, the count shown, and the eras of the events that pass the filters. */
export interface TimelineDrawing {
  /** Every topic of the events, main topics first (the colour order). */
  readonly topics: readonly TimelineOption[];
  /** The topics ticked. */
  readonly tickedTopics: readonly string[];
  /** The articles the events come from. */
  readonly articles: readonly TimelineOption[];
  /** The article chosen, or `all`. */
  readonly article: string;
  /** "Showing 12 of 39 events." */
  readonly countText: string;
  /** The eras of the events shown (none when the filters leave nothing). */
  readonly eras: readonly TimelineModelEra[];
  /** Every event shown, in keyboard order. */
  readonly events: readonly TimelineModelEvent[];
  /** What to say when the filters leave no event. */
  readonly noMatchMessage: string;
}

/** The model of `Timeline`. */
export type TimelineModel = ChartModel<TimelineDrawing>;

/** Options of `timelineModel`: the text overrides, and the reader's filters. */
export interface TimelineModelOptions extends ChartModelOptions {
  /** Topics ticked (default: every topic of the events). */
  readonly topics?: readonly string[] | undefined;
  /** Article shown: `all` (default) or an article id. */
  readonly article?: string | undefined;
  /** How long a gap breaks the axis and how many events an era holds at most. */
  readonly eraOptions?: Partial<EraOptions> | undefined;
}

/** The timeline's default title. */
export const TIMELINE_TITLE = 'Vietnam’s reconciliation and mediation: a timeline';

function actorsText(event: TimelineEventShape): string {
  return event.actors.length === 0 ? 'none named' : event.actors.join(', ');
}

const MARKS: readonly ColorToken[] = ['mark1', 'mark2', 'mark3', 'mark4', 'mark5'];

function modelQuote(source: SourceShape): TimelineModelQuote {
  const cited = articles[source.article];
  const footnote = source.footnote === undefined ? '' : `, ${footnoteWords([source.footnote])}`;
  return { quote: source.quote, lead: `— ${cited.author}, `, work: cited.title, rest: `, ${cited.publication} (${cited.published})${footnote}` };
}

function modelEvent(event: TimelineEventShape, topics: readonly string[]): TimelineModelEvent {
  const start = event.date.kind === 'span' ? event.date.start : event.date.date;
  const dateText = formatEventDate(event.date);
  const metaText = `${topicWords(event)}. Actors: ${actorsText(event)}.`;
  return {
    key: event.id,
    title: event.title,
    dateText,
    dateTime: event.date.kind === 'point' && event.date.qualifier === undefined ? machineDate(start) : undefined,
    metaText,
    detailText: `${dateText} · ${topicWords(event)} · Actors: ${actorsText(event)}`,
    announcement: `${dateText}: ${event.title}. ${metaText}`,
    topicIndex: topics.indexOf(mainTopic(event)),
    colorToken: MARKS[topics.indexOf(mainTopic(event)) % MARKS.length] ?? 'border',
    sources: event.sources,
    quotes: event.sources.map(modelQuote),
    notes: event.notes ?? [],
  };
}

function articleLabel(id: ArticleIdShape): string {
  return `${articles[id].author} (${publicationYear(id)}), ${articles[id].title}`;
}

/** The timeline's table: one row per event shown, in date order. */
function timelineTable(title: string, events: readonly TimelineEventShape[]): ModelTable {
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
        actorsText(event),
        topicWords(event),
        event.sources.map((source) => `${shortCitation(source)}: ${source.quote}`).join(' | '),
      ],
      sources: event.sources,
      notes: event.notes ?? [],
    })),
  };
}

/**
 * Everything `Timeline` shows, from `unknown` data and the reader's filters: the topic and article
 * options, the eras of the events shown with each event's date, text and announcement, the
 * description, table, citations and notes; or a labelled empty or error state.
 *
 * @example
 * const model = timelineModel(timelineEvents, { topics: ['korea'] });
 * if (model.state === 'ok') console.log(model.drawing.events.map((event) => `${event.dateText}: ${event.title}`));
 */
export function timelineModel(data: unknown, options: TimelineModelOptions = {}): TimelineModel {
  const title = options.title ?? TIMELINE_TITLE;
  const checked = checkTimelineEvents(data);
  if (!checked.ok) {
    return unavailableModel('timeline', title, 'error', checked.problems, options.description ?? 'The timeline cannot be drawn: its data is not a list of well-formed events.', 'The events given to this timeline are malformed, so none is shown.');
  }
  const { events } = checked;
  if (events.length === 0) {
    return unavailableModel('timeline', title, 'empty', ['events is an empty list'], options.description ?? 'The timeline has no events to show.', 'This timeline was given no events.');
  }
  // Main topics first, so the first colours go to the topics events are drawn in.
  const topics = distinctInOrder([...events.map(mainTopic), ...events.flatMap((event) => event.topics)]);
  const ticked = options.topics ?? topics;
  const article = options.article ?? 'all';
  const articleIds = distinctInOrder(events.flatMap((event) => (event.sources[0] === undefined ? [] : [event.sources[0].article])));
  const shown = filterEvents(events, { topics: ticked, article });
  const eras = timelineEras(shown, { ...DEFAULT_ERA_OPTIONS, ...options.eraOptions });
  const ordered = eras.flatMap((era) => era.events);
  const modelEras = eras.map((era) => ({
    key: era.key,
    label: era.label,
    gapText: era.gapBefore > 0 ? `Gap of ${era.gapBefore} years without events` : undefined,
    events: era.events.map((event) => modelEvent(event, topics)),
  }));
  return {
    chart: 'timeline',
    state: 'ok',
    title,
    shortDescription: `Timeline of ${countWords(shown.length, 'event', 'events')} in ${countWords(eras.length, 'era', 'eras')}${eras.length === 0 ? '' : `, ${eras[0]?.label ?? ''} to ${eras.at(-1)?.label ?? ''}`}.`,
    description: options.description ?? describeTimeline(shown, eras, events.length),
    table: timelineTable(title, ordered),
    ...provenanceOf(shown.flatMap((event) => event.sources)),
    // Each event's notes sit with it (its detail panel and its table row), not under the whole chart.
    notes: [],
    drawing: {
      topics: topics.map((topic) => ({ value: topic, label: topicName(topic) })),
      tickedTopics: ticked,
      articles: articleIds.map((id) => ({ value: id, label: articleLabel(id) })),
      article,
      countText: `Showing ${shown.length} of ${events.length} events.`,
      eras: modelEras,
      events: modelEras.flatMap((era) => era.events),
      noMatchMessage: 'No event matches the chosen topics and article. Tick more topics or choose both articles.',
    },
  };
}
