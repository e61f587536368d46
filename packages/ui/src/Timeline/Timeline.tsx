import { useId, useMemo, useState } from 'react';
import { articles } from '@vn-mediation/data/provenance';
import { timelineEvents } from '@vn-mediation/data/timeline';
import { ChartFrame, ChartStatus } from '../ChartFrame';
import type { HeadingLevel } from '../ChartFrame';
import { DataTable } from '../DataTable';
import { formatEventDate, machineDate, sourceLineText } from '@vn-mediation/data/format';
import type { ArticleIdShape } from '../dataShape/shapes';
import { useDevWarning } from '../devWarning/devWarning';
import { POINT_INDEX_ATTRIBUTE, usePointNavigation } from '../pointNavigation';
import { cssVar } from '../theme/tokens';
import type { ColorToken, ThemeMode } from '../theme/tokens';
import { timelineCss } from './timelineCss';
import { checkTimelineEvents } from './timelineData';
import type { TimelineEventShape } from './timelineData';
import { describeTimeline } from './timelineDescription';
import { timelineTable } from './timelineTable';
import { DEFAULT_ERA_OPTIONS, distinctInOrder, filterEvents, mainTopic, timelineEras, topicName, topicWords } from './timelineLayout';
import type { EraOptions } from './timelineLayout';

/** Where the eras go: side by side, stacked, or side by side only where the chart is 640px wide or more. */
export type TimelineLayout = 'auto' | 'vertical' | 'horizontal';

/** Props of `Timeline`. */
export interface TimelineProps {
  /** The events to draw; defaults to `timelineEvents` of `@vn-mediation/data`. Pass a filtered or updated copy freely. */
  data?: readonly TimelineEventShape[];
  /** Title; defaults to one naming the articles' subject. */
  title?: string;
  /** Replaces the description generated from the data (keep it true to the data). */
  description?: string;
  /** `auto` (default) follows `prefers-color-scheme` and a host's `data-vnm-theme`; `light`/`dark` force one. */
  theme?: ThemeMode;
  /** `auto` (default): eras side by side from 640px of chart width, stacked below. */
  layout?: TimelineLayout;
  /** Topics ticked at first (default: all); an event shows when any of its topics is ticked. */
  initialTopics?: readonly string[];
  /** Article shown at first: `all` (default) or an article id. */
  initialArticle?: 'all' | ArticleIdShape;
  /** How long a gap breaks the axis and how many events an era holds at most. */
  eraOptions?: Partial<EraOptions>;
  /** Maximum width in pixels (default: the container's width). */
  width?: number;
  /** Level of the title's heading (default 3). */
  headingLevel?: HeadingLevel;
  /** Extra class on the root `<figure>`. */
  className?: string;
}

const DEFAULT_TITLE = 'Vietnam’s reconciliation and mediation: a timeline';
const MARKS: readonly ColorToken[] = ['mark1', 'mark2', 'mark3', 'mark4', 'mark5'];

/**
 * The events of the timeline dataset, grouped into eras computed from the data so 1258–2020
 * stays readable; filters by topic (an event shows when any of its topics is ticked and is
 * coloured by its main topic) and article; each event opens its quote, article and footnote.
 * One tab stop: arrow keys walk the events, Enter opens the source.
 *
 * @example
 * <Timeline initialTopics={['korea']} theme="auto" />
 */
export function Timeline({ data = timelineEvents, title = DEFAULT_TITLE, ...rest }: TimelineProps) {
  const check = useMemo(() => checkTimelineEvents(data), [data]);
  const problems = !check.ok ? check.problems : check.events.length === 0 ? ['events is an empty list'] : [];
  useDevWarning('Timeline', problems);
  const frame = { title, theme: rest.theme, className: rest.className, headingLevel: rest.headingLevel, maxWidth: rest.width, css: timelineCss };
  if (!check.ok) {
    return (
      <ChartFrame {...frame} description={rest.description ?? 'The timeline cannot be drawn: its data is not a list of well-formed events.'} sourceLine={sourceLineText([])}>
        <ChartStatus kind="error" message="The events given to this timeline are malformed, so none is shown." problems={check.problems} />
      </ChartFrame>
    );
  }
  if (check.events.length === 0) {
    return (
      <ChartFrame {...frame} description={rest.description ?? 'The timeline has no events to show.'} sourceLine={sourceLineText([])}>
        <ChartStatus kind="empty" message="This timeline was given no events." />
      </ChartFrame>
    );
  }
  return <TimelineView events={check.events} title={title} {...rest} />;
}

interface TimelineViewProps extends Omit<TimelineProps, 'data' | 'title'> {
  events: readonly TimelineEventShape[];
  title: string;
}

function articleOptionLabel(id: ArticleIdShape): string {
  const article = articles[id];
  return `${article.author} (${article.published.slice(0, 4)}), ${article.title}`;
}

function TimelineView({ events, title, layout = 'auto', initialTopics, initialArticle = 'all', eraOptions, ...frameProps }: TimelineViewProps) {
  const id = useId();
  // Main topics first, so the first colours go to the topics events are drawn in.
  const topics = useMemo(() => distinctInOrder([...events.map(mainTopic), ...events.flatMap((event) => event.topics)]), [events]);
  const articleIds = useMemo(
    () => distinctInOrder(events.flatMap((event) => (event.sources[0] === undefined ? [] : [event.sources[0].article]))),
    [events],
  );
  const [ticked, setTicked] = useState<readonly string[]>(initialTopics ?? topics);
  const [article, setArticle] = useState<string>(initialArticle);
  const [sourceOpen, setSourceOpen] = useState(false);

  const options = { ...DEFAULT_ERA_OPTIONS, ...eraOptions };
  const shown = filterEvents(events, { topics: ticked, article });
  const eras = timelineEras(shown, options);
  const ordered = eras.flatMap((era) => era.events);
  const navigation = usePointNavigation(ordered.length, () => setSourceOpen((open) => !open));
  const active = ordered[navigation.activeIndex];
  const description = frameProps.description ?? describeTimeline(shown, eras, events.length);
  const sourceId = `${id}-source`;

  const toggleTopic = (topic: string, on: boolean) =>
    setTicked((current) => (on ? topics.filter((t) => t === topic || current.includes(t)) : current.filter((t) => t !== topic)));

  // Each era's first position in the keyboard order, so options are numbered without mutable counters.
  const eraOffsets = eras.map((_, i) => eras.slice(0, i).reduce((sum, era) => sum + era.events.length, 0));
  return (
    <ChartFrame
      title={title}
      description={description}
      theme={frameProps.theme}
      className={frameProps.className}
      headingLevel={frameProps.headingLevel}
      maxWidth={frameProps.width}
      css={timelineCss}
      sourceLine={sourceLineText(shown.flatMap((event) => event.sources))}
      table={<DataTable table={timelineTable(title, ordered)} />}
    >
      <div className="vnm-tl-controls">
        <fieldset>
          <legend>Topics</legend>
          {topics.map((topic) => (
            <label key={topic}>
              <input type="checkbox" checked={ticked.includes(topic)} onChange={(event) => toggleTopic(topic, event.target.checked)} />
              {topicName(topic)}
            </label>
          ))}
        </fieldset>
        <label>
          Article{' '}
          <select value={article} onChange={(event) => setArticle(event.target.value)}>
            <option value="all">Both articles</option>
            {articleIds.map((articleId) => (
              <option key={articleId} value={articleId}>
                {articleOptionLabel(articleId)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="vnm-tl-count" aria-live="polite">
        {`Showing ${shown.length} of ${events.length} events.`}
      </p>
      {ordered.length === 0 ? (
        <ChartStatus kind="empty" message="No event matches the chosen topics and article. Tick more topics or choose both articles." />
      ) : (
        <>
          <div {...navigation.listboxProps} aria-label={`Events of “${title}”, in date order`} className="vnm-tl-list" data-layout={layout}>
            {eras.map((era, eraIndex) => (
              <div key={era.key} role="group" aria-labelledby={`${id}-era-${era.key}`} className="vnm-tl-era" style={{ flexGrow: era.events.length }}>
                {era.gapBefore > 0 ? (
                  <span className="vnm-tl-break" aria-hidden="true">
                    {`Gap of ${era.gapBefore} years without events`}
                  </span>
                ) : null}
                <span id={`${id}-era-${era.key}`} className="vnm-tl-era-label">
                  {era.label}
                </span>
                {era.events.map((event, j) => {
                  const index = (eraOffsets[eraIndex] ?? 0) + j;
                  const start = event.date.kind === 'span' ? event.date.start : event.date.date;
                  const dateTime = event.date.kind === 'point' && event.date.qualifier === undefined ? machineDate(start) : undefined;
                  const dateWords = formatEventDate(event.date);
                  return (
                    <div
                      key={event.id}
                      id={navigation.optionId(index)}
                      role="option"
                      aria-selected={index === navigation.activeIndex}
                      className="vnm-tl-event"
                      style={{ borderLeftColor: cssVar(MARKS[topics.indexOf(mainTopic(event)) % MARKS.length] ?? 'border') }}
                      {...{ [POINT_INDEX_ATTRIBUTE]: index }}
                    >
                      {dateTime === undefined ? <span className="vnm-tl-date">{dateWords}</span> : <time className="vnm-tl-date" dateTime={dateTime}>{dateWords}</time>}
                      {/* The separators are for screen readers, which read the option as one line. */}
                      <span className="vnm-sr-only">: </span>
                      <span>{`${event.title}.`}</span>
                      <span className="vnm-tl-meta">
                        <span className="vnm-sr-only"> </span>
                        {`${topicWords(event)}. Actors: ${event.actors.length === 0 ? 'none named' : event.actors.join(', ')}.`}
                      </span>
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
          <div className="vnm-tl-detail">
            {active === undefined ? (
              <p>Tab to the events and use the arrow keys, or click one, to see its date, actors and source.</p>
            ) : (
              <>
                <p>
                  <strong>{active.title}</strong>
                </p>
                <p>{`${formatEventDate(active.date)} · ${topicWords(active)} · Actors: ${active.actors.length === 0 ? 'none named' : active.actors.join(', ')}`}</p>
                <button type="button" aria-expanded={sourceOpen} aria-controls={sourceId} onClick={() => setSourceOpen((open) => !open)}>
                  {sourceOpen ? 'Hide source' : 'Show source'}
                </button>
                <div id={sourceId} className="vnm-tl-source" hidden={!sourceOpen}>
                  {active.sources.map((source, i) => {
                    const cited = articles[source.article];
                    return (
                      <blockquote key={`${i}-${source.quote}`}>
                        <p>{source.quote}</p>
                        <p>
                          {'— '}
                          {cited.author}, <cite>{cited.title}</cite>, {cited.publication} ({cited.published})
                          {source.footnote === undefined ? '' : `, footnote ${source.footnote}`}
                        </p>
                      </blockquote>
                    );
                  })}
                  {active.notes === undefined || active.notes.length === 0 ? null : (
                    <ul aria-label="Notes on this event">
                      {active.notes.map((note) => (
                        <li key={note}>{note}</li>
                      ))}
                    </ul>
                  )}
                </div>
              </>
            )}
          </div>
        </>
      )}
    </ChartFrame>
  );
}
