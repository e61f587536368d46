import { dateSortKey, formatPartialDate, yearRange } from '@vn-mediation/data/format';
import type { PartialDateShape } from '../dataShape/shapes';
import type { TimelineEventShape } from './timelineData';

/** A run of events close enough in time to share one stretch of axis. */
export interface TimelineEra {
  /** Stable key: the id of the era's first event. */
  readonly key: string;
  /** Readable range, e.g. "1954–1978" or "1258–15th century". */
  readonly label: string;
  /** First year any of its events covers. */
  readonly startYear: number;
  /** Last year any of its events covers. */
  readonly endYear: number;
  /** Years of empty axis left out before this era (0 for the first era and for eras split by size). */
  readonly gapBefore: number;
  /** Its events, in chronological order. */
  readonly events: readonly TimelineEventShape[];
}

/** Tuning of `timelineEras`. */
export interface EraOptions {
  /** A gap longer than this many years breaks the axis. */
  readonly breakAfterYears: number;
  /** An era with more events than this is split at its widest gap. */
  readonly maxEventsPerEra: number;
}

/** Defaults that turn 1258–2020 into a handful of readable eras. */
export const DEFAULT_ERA_OPTIONS: EraOptions = { breakAfterYears: 25, maxEventsPerEra: 14 };

/** Events in chronological order (by start; ties keep their input order). */
export function sortEvents(events: readonly TimelineEventShape[]): TimelineEventShape[] {
  return events
    .map((event, index) => ({ event, index, key: dateSortKey(event.date) }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map(({ event }) => event);
}

function boundWords(date: PartialDateShape): string {
  return date.precision === undefined ? String(date.year) : formatPartialDate(date).replace(/^the /, '');
}

function eraOf(events: readonly TimelineEventShape[], gapBefore: number): TimelineEra | undefined {
  const first = events[0];
  if (first === undefined) return undefined;
  let startYear = Infinity;
  let endYear = -Infinity;
  let startDate: PartialDateShape = first.date.kind === 'span' ? first.date.start : first.date.date;
  let endDate = startDate;
  for (const event of events) {
    const [from, to] = yearRange(event.date);
    if (from < startYear) {
      startYear = from;
      startDate = event.date.kind === 'span' ? event.date.start : event.date.date;
    }
    if (to > endYear) {
      endYear = to;
      endDate = event.date.kind === 'span' ? event.date.end : event.date.date;
    }
  }
  const startWords = boundWords(startDate);
  const endWords = boundWords(endDate);
  return {
    key: first.id,
    label: startWords === endWords ? startWords : `${startWords}–${endWords}`,
    startYear,
    endYear,
    gapBefore,
    events,
  };
}

/** Splits sorted events wherever the next one starts more than `years` after everything before it ended. */
function splitAtGaps(sorted: readonly TimelineEventShape[], years: number): { events: TimelineEventShape[]; gapBefore: number }[] {
  const runs: { events: TimelineEventShape[]; gapBefore: number }[] = [];
  let lastEnd = -Infinity;
  for (const event of sorted) {
    const [from, to] = yearRange(event.date);
    const current = runs[runs.length - 1];
    if (current === undefined || from - lastEnd > years) {
      runs.push({ events: [event], gapBefore: current === undefined ? 0 : from - lastEnd });
    } else {
      current.events.push(event);
    }
    lastEnd = Math.max(lastEnd, to);
  }
  return runs;
}

/** Splits a run at its widest gap between consecutive starts until no part is over the size limit. */
function splitBySize(events: readonly TimelineEventShape[], max: number): TimelineEventShape[][] {
  if (events.length <= max) return [[...events]];
  let cut = -1;
  let widest = 0;
  for (let i = 1; i < events.length; i += 1) {
    const prev = events[i - 1];
    const next = events[i];
    if (prev === undefined || next === undefined) continue;
    const gap = yearRange(next.date)[0] - yearRange(prev.date)[0];
    // Prefer a cut near the middle when gaps tie, so parts stay balanced.
    const better = gap > widest || (gap === widest && gap > 0 && Math.abs(i - events.length / 2) < Math.abs(cut - events.length / 2));
    if (better) {
      widest = gap;
      cut = i;
    }
  }
  if (cut < 0) return [[...events]];
  return [...splitBySize(events.slice(0, cut), max), ...splitBySize(events.slice(cut), max)];
}

/**
 * Groups events into eras from the data alone: long gaps break the axis (so 1258–2020 is not
 * 700 years of empty space), and crowded stretches are split at their widest gap.
 */
export function timelineEras(events: readonly TimelineEventShape[], options: EraOptions = DEFAULT_ERA_OPTIONS): TimelineEra[] {
  const eras: TimelineEra[] = [];
  for (const run of splitAtGaps(sortEvents(events), options.breakAfterYears)) {
    splitBySize(run.events, options.maxEventsPerEra).forEach((part, i) => {
      const era = eraOf(part, i === 0 ? run.gapBefore : 0);
      if (era !== undefined) eras.push(era);
    });
  }
  return eras;
}

/** The reader's filter: the topics to show and one article or both. */
export interface TimelineFilter {
  /** Topics to show (an event shows when any of its topics is one of them), or `all`. */
  readonly topics: readonly string[] | 'all';
  /** Show only events whose own article (first source) is this one, or `all`. */
  readonly article: string;
}

/** The events that pass a filter, in their input order: an event passes when any of its topics is ticked. */
export function filterEvents(events: readonly TimelineEventShape[], filter: TimelineFilter): TimelineEventShape[] {
  const { topics } = filter;
  return events.filter(
    (event) =>
      (topics === 'all' || event.topics.some((topic) => topics.includes(topic))) &&
      (filter.article === 'all' || event.sources[0]?.article === filter.article),
  );
}

/**
 * The topics ticked after the reader ticks (`on`) or unticks one, in the chart's topic order;
 * `current` undefined means every topic is ticked.
 */
export function toggleTopic(topics: readonly string[], current: readonly string[] | undefined, topic: string, on: boolean): string[] {
  const ticked = current ?? topics;
  return on ? topics.filter((t) => t === topic || ticked.includes(t)) : ticked.filter((t) => t !== topic);
}

/** The distinct values of a field in order of first appearance (filter options come from the data, not a fixed list). */
export function distinctInOrder<T extends string>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** An event's main topic: the first of its topics, which colours it and counts it in the description. */
export function mainTopic(event: TimelineEventShape): string {
  // `checkTimelineEvents` refuses an empty list, so the fallback is never reached by checked events.
  return event.topics[0] ?? '';
}

const TOPIC_NAMES: Readonly<Record<string, string>> = {
  korea: 'Korean Peninsula',
  multilateral: 'Multilateral diplomacy',
};

/** A topic's name for readers: "peacekeeping" → "Peacekeeping", "korea" → "Korean Peninsula". */
export function topicName(topic: string): string {
  const known = TOPIC_NAMES[topic];
  if (known !== undefined) return known;
  const words = topic.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An event's topics for readers, the main one first: "History; also Korean Peninsula". */
export function topicWords(event: TimelineEventShape): string {
  const [main = '', ...others] = event.topics;
  return others.length === 0 ? topicName(main) : `${topicName(main)}; also ${others.map(topicName).join(', ')}`;
}
