import { useId, useMemo, useState } from 'react';
import { timelineEvents } from '@vn-mediation/data/timeline';
import { ChartFrame, ChartStatus } from '../ChartFrame';
import type { HeadingLevel } from '../ChartFrame';
import { DataTable } from '../DataTable';
import type { ArticleIdShape } from '../dataShape/shapes';
import { useDevWarning } from '../devWarning/devWarning';
import { POINT_INDEX_ATTRIBUTE, usePointNavigation } from '../pointNavigation';
import { cssVar } from '../theme/tokens';
import type { ThemeMode } from '../theme/tokens';
import { timelineCss } from './timelineCss';
import type { TimelineEventShape } from './timelineData';
import { toggleTopic } from './timelineLayout';
import type { EraOptions } from './timelineLayout';
import { TIMELINE_TEXT, timelineModel } from './timelineModel';
import type { TimelineDrawing } from './timelineModel';

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
  /** Level of the title's heading (default 2, which follows a page's `h1`; 1 when the chart is the page). */
  headingLevel?: HeadingLevel;
  /** Extra class on the root `<figure>`. */
  className?: string;
}

/**
 * The events of the timeline dataset, grouped into eras computed from the data so 1258–2020
 * stays readable; filters by topic (an event shows when any of its topics is ticked and is
 * coloured by its main topic) and article; each event opens its quote, article and footnote.
 * One tab stop: arrow keys walk the events, Enter opens the source.
 *
 * @example
 * <Timeline initialTopics={['korea']} theme="auto" />
 */
export function Timeline({ data = timelineEvents, title, description, initialTopics, initialArticle = 'all', eraOptions, ...rest }: TimelineProps) {
  const [ticked, setTicked] = useState<readonly string[] | undefined>(initialTopics);
  const [article, setArticle] = useState<string>(initialArticle);
  const model = useMemo(() => timelineModel(data, { title, description, topics: ticked, article, eraOptions }), [data, title, description, ticked, article, eraOptions]);
  useDevWarning('Timeline', model.state === 'ok' ? [] : model.problems);
  const frame = { title: model.title, description: model.description, sourceLine: model.sourceLine, theme: rest.theme, className: rest.className, headingLevel: rest.headingLevel, maxWidth: rest.width, css: timelineCss };
  if (model.state !== 'ok') {
    return (
      <ChartFrame {...frame}>
        <ChartStatus kind={model.state} message={model.message} problems={model.state === 'error' ? model.problems : []} />
      </ChartFrame>
    );
  }
  const topics = model.drawing.topics.map((topic) => topic.value);
  const onToggleTopic = (topic: string, on: boolean) => setTicked((current) => toggleTopic(topics, current, topic, on));
  return (
    <ChartFrame {...frame} table={<DataTable table={model.table} />}>
      <TimelineView drawing={model.drawing} title={model.title} layout={rest.layout} onToggleTopic={onToggleTopic} onChooseArticle={setArticle} />
    </ChartFrame>
  );
}

interface TimelineViewProps {
  drawing: TimelineDrawing;
  title: string;
  layout: TimelineLayout | undefined;
  onToggleTopic: (topic: string, on: boolean) => void;
  onChooseArticle: (article: string) => void;
}

function TimelineView({ drawing, title, layout = 'auto', onToggleTopic, onChooseArticle }: TimelineViewProps) {
  const id = useId();
  const [sourceOpen, setSourceOpen] = useState(false);
  const { eras, events } = drawing;
  const navigation = usePointNavigation(events.length, () => setSourceOpen((open) => !open));
  const active = events[navigation.activeIndex];
  const sourceId = `${id}-source`;
  // Each era's first position in the keyboard order, so options are numbered without mutable counters.
  const eraOffsets = eras.map((_, i) => eras.slice(0, i).reduce((sum, era) => sum + era.events.length, 0));
  return (
    <>
      <div className="vnm-tl-controls">
        <fieldset>
          <legend>Topics</legend>
          {drawing.topics.map((topic) => (
            <label key={topic.value}>
              <input type="checkbox" checked={drawing.tickedTopics.includes(topic.value)} onChange={(event) => onToggleTopic(topic.value, event.target.checked)} />
              {topic.label}
            </label>
          ))}
        </fieldset>
        <label>
          Article{' '}
          <select value={drawing.article} onChange={(event) => onChooseArticle(event.target.value)}>
            <option value="all">{TIMELINE_TEXT.allArticles}</option>
            {drawing.articles.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="vnm-tl-count" aria-live="polite">
        {drawing.countText}
      </p>
      {events.length === 0 ? (
        <ChartStatus kind="empty" message={drawing.noMatchMessage} />
      ) : (
        <>
          <div {...navigation.listboxProps} aria-label={`Events of “${title}”, in date order`} className="vnm-tl-list" data-layout={layout}>
            {eras.map((era, eraIndex) => (
              <div key={era.key} role="group" aria-labelledby={`${id}-era-${era.key}`} className="vnm-tl-era" style={{ flexGrow: era.events.length }}>
                {era.gapText === undefined ? null : (
                  <span className="vnm-tl-break" aria-hidden="true">
                    {era.gapText}
                  </span>
                )}
                <span id={`${id}-era-${era.key}`} className="vnm-tl-era-label">
                  {era.label}
                </span>
                {era.events.map((event, j) => {
                  const index = (eraOffsets[eraIndex] ?? 0) + j;
                  return (
                    // The option's name is the model's announcement: read from the laid-out
                    // parts, a browser puts a space before the colon.
                    <div
                      key={event.key}
                      id={navigation.optionId(index)}
                      role="option"
                      aria-label={event.announcement}
                      aria-selected={index === navigation.activeIndex}
                      className="vnm-tl-event"
                      style={{ borderLeftColor: cssVar(event.colorToken) }}
                      {...{ [POINT_INDEX_ATTRIBUTE]: index }}
                    >
                      {event.dateTime === undefined ? <span className="vnm-tl-date">{event.dateText}</span> : <time className="vnm-tl-date" dateTime={event.dateTime}>{event.dateText}</time>}
                      <span>{`${event.title}.`}</span>
                      <span className="vnm-tl-meta">{event.metaText}</span>
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
          <div className="vnm-tl-detail">
            {active === undefined ? (
              <p>{TIMELINE_TEXT.detailHint}</p>
            ) : (
              <>
                <p>
                  <strong>{active.title}</strong>
                </p>
                <p>{active.detailText}</p>
                <button type="button" aria-expanded={sourceOpen} aria-controls={sourceId} onClick={() => setSourceOpen((open) => !open)}>
                  {sourceOpen ? TIMELINE_TEXT.hideSource : TIMELINE_TEXT.showSource}
                </button>
                <div id={sourceId} className="vnm-tl-source" hidden={!sourceOpen}>
                  {active.quotes.map((quote, i) => (
                    <blockquote key={`${i}-${quote.quote}`}>
                      <p>{quote.quote}</p>
                      <p>
                        {quote.lead}
                        <cite>{quote.work}</cite>
                        {quote.rest}
                      </p>
                    </blockquote>
                  ))}
                  {active.notes.length === 0 ? null : (
                    <ul aria-label={TIMELINE_TEXT.eventNotes}>
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
    </>
  );
}
