import { narrowEventDate } from '../dataShape/narrowDate';
import { narrowSources } from '../dataShape/narrowSource';
import { describeValue, isNonEmptyString, isRecord, readString, readStringList } from '../dataShape/primitives';
import type { EventDateShape, SourceShape } from '../dataShape/shapes';

/** The part of a `@vn-mediation/data` timeline event the Timeline reads. */
export interface TimelineEventShape {
  /** Stable id, unique in the list. */
  readonly id: string;
  /** Short title. */
  readonly title: string;
  /** When, at the article's precision. */
  readonly date: EventDateShape;
  /** Actors as the article names them (may be empty). */
  readonly actors: readonly string[];
  /** Every topic the event belongs to (`korea`, `peacekeeping`, …), at least one; the first is its main topic. */
  readonly topics: readonly string[];
  /** Evidence; the first source is the event's article. */
  readonly sources: readonly SourceShape[];
  /** Our remarks on the event. */
  readonly notes?: readonly string[] | undefined;
}

/** The outcome of checking timeline data: the events when all are well-formed, else the problems. */
export type TimelineDataCheck =
  | { readonly ok: true; readonly events: readonly TimelineEventShape[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Reads the required `topics`: a non-empty list of non-empty strings, none twice. */
function readTopics(item: Record<string, unknown>, path: string, problems: string[]): string[] | undefined {
  const value = item.topics;
  if (!Array.isArray(value) || value.length === 0 || !value.every(isNonEmptyString)) {
    // Data written for the single `category` of earlier releases gets told how to migrate.
    const hint = value === undefined && isNonEmptyString(item.category) ? ` (the single \`category\` became \`topics\`: write topics: ["${item.category}"])` : '';
    problems.push(`${path}.topics must be a non-empty list of non-empty strings${hint}`);
    return undefined;
  }
  const repeated = value.find((topic, index) => value.indexOf(topic) !== index);
  if (repeated !== undefined) {
    problems.push(`${path}.topics lists "${repeated}" twice`);
    return undefined;
  }
  return value;
}

/** Checks `unknown` input event by event; any problem makes the whole list unusable, so nothing is drawn half-right. */
export function checkTimelineEvents(value: unknown): TimelineDataCheck {
  if (!Array.isArray(value)) return { ok: false, problems: [`events must be a list (got ${describeValue(value)})`] };
  const problems: string[] = [];
  const events: TimelineEventShape[] = [];
  const ids = new Set<string>();
  value.forEach((item: unknown, i) => {
    const path = `events[${i}]`;
    if (!isRecord(item)) {
      problems.push(`${path} must be an event object (got ${describeValue(item)})`);
      return;
    }
    const before = problems.length;
    const id = readString(item, 'id', path, problems);
    const title = readString(item, 'title', path, problems);
    const topics = readTopics(item, path, problems);
    const actors = readStringList(item, 'actors', path, problems, true);
    const notes = readStringList(item, 'notes', path, problems, false);
    const date = narrowEventDate(item.date, `${path}.date`, problems);
    const sources = narrowSources(item.sources, `${path}.sources`, problems);
    if (id !== undefined && ids.has(id)) problems.push(`${path}.id "${id}" is used twice`);
    if (id !== undefined) ids.add(id);
    if (problems.length > before || id === undefined || title === undefined || topics === undefined) return;
    if (actors === undefined || date === undefined || sources === undefined) return;
    events.push({ id, title, date, actors, topics, sources, notes });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, events };
}
