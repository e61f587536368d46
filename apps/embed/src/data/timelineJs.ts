// A timeline embed's events in TimelineJS3's JSON format (timeline.knightlab.com/docs/json-format),
// so a newsroom that already uses TimelineJS can open ours in it. The text comes from the
// timeline's model (what our page shows); only the dates come from the records, because
// TimelineJS wants them as numbers and the model holds them as words.
//
// Dates keep the article's precision: a year-only event carries only `year`, a month only
// `year` and `month`. TimelineJS has no decade or century: a date the article gives only as
// "the early 1960s" or "the 15th century" is placed at the period's first year (1960, 1400)
// and the slide's `display_date` shows our words for it, so no reader sees a year the article
// does not state; no `end_date` is invented for it.
import { yearRange } from '@vn-mediation/data/format';
import type { EventDateShape, PartialDateShape, ReadyModel, TimelineDrawing, TimelineEventShape } from '@vn-mediation/ui/model';
import { escapeAttribute } from '../snippets';

/** A TimelineJS date: `year` always, `month` and `day` only when the article names them. */
export interface TimelineJsDate {
  /** Calendar year. */
  year: number;
  /** Month 1–12. */
  month?: number;
  /** Day of the month. */
  day?: number;
}

/** A TimelineJS text object; both fields are HTML to TimelineJS, so ours are escaped. */
export interface TimelineJsText {
  /** The slide's heading. */
  headline: string;
  /** The slide's body. */
  text?: string;
}

/** One TimelineJS slide (an event). */
export interface TimelineJsEvent {
  /** When it starts. */
  start_date: TimelineJsDate;
  /** When it ends, for a span. */
  end_date?: TimelineJsDate;
  /** The date as our page writes it ("since 2014", "the early 1960s"). */
  display_date: string;
  /** Title and topics, actors and notes. */
  text: TimelineJsText;
  /** The event's main topic: TimelineJS draws each group on its own row. */
  group: string;
  /** The event's id, so links to one event survive a rebuild. */
  unique_id: string;
}

/** A TimelineJS era: a labelled stretch of the axis. */
export interface TimelineJsEra {
  /** First year of its events. */
  start_date: TimelineJsDate;
  /** Last year of its events. */
  end_date: TimelineJsDate;
  /** Its label ("1954–1978"). */
  text: TimelineJsText;
}

/** A whole TimelineJS document. */
export interface TimelineJsDocument {
  /** The title slide: the chart's title and description. */
  title: { text: TimelineJsText };
  /** The events the embed shows, in date order. */
  events: TimelineJsEvent[];
  /** The eras the embed draws. */
  eras: TimelineJsEra[];
}

/** TimelineJS renders every text field as HTML: our text must stay text. */
const html = escapeAttribute;

function jsDate(date: PartialDateShape): TimelineJsDate {
  if (date.precision !== undefined || date.month === undefined) return { year: date.year };
  return date.day === undefined ? { year: date.year, month: date.month } : { year: date.year, month: date.month, day: date.day };
}

function datesOf(date: EventDateShape): Pick<TimelineJsEvent, 'start_date' | 'end_date'> {
  return date.kind === 'span' ? { start_date: jsDate(date.start), end_date: jsDate(date.end) } : { start_date: jsDate(date.date) };
}

/**
 * The TimelineJS document of a timeline embed (a model with something to draw): the events and eras its model shows (after the
 * embed's topic filter), dated from `records`. Throws, naming the event, when the model shows an
 * event that `records` lacks.
 */
export function timelineJsDocument(model: ReadyModel<TimelineDrawing>, records: readonly TimelineEventShape[]): TimelineJsDocument {
  const byId = new Map(records.map((record) => [record.id, record]));
  const recordOf = (key: string): TimelineEventShape => {
    const record = byId.get(key);
    if (!record) throw new Error(`timeline "${model.title}": event "${key}" is shown but is not among the records`);
    return record;
  };
  const { drawing } = model;
  const events = drawing.events.map((event): TimelineJsEvent => {
    const body = [event.metaText, ...event.notes].map(html).join(' ');
    return {
      ...datesOf(recordOf(event.key).date),
      display_date: html(event.dateText),
      text: { headline: html(event.title), text: body },
      group: html(drawing.topics[event.topicIndex]?.label ?? ''),
      unique_id: event.key,
    };
  });
  const eras = drawing.eras.map((era): TimelineJsEra => {
    const years = era.events.flatMap((event) => yearRange(recordOf(event.key).date));
    return { start_date: { year: Math.min(...years) }, end_date: { year: Math.max(...years) }, text: { headline: html(era.label) } };
  });
  return { title: { text: { headline: html(model.title), text: html(model.description) } }, events, eras };
}
