import { z } from 'zod';
import { TIMELINE_CATEGORIES } from '../vocabulary/timeline';
import { EventDate } from './date';
import { Quantity } from './quantity';
import { Notes, RecordId, Sources } from './source';

/** The one category each timeline event belongs to. */
export const TimelineCategory = z.enum(TIMELINE_CATEGORIES);
/** The one category each timeline event belongs to. */
export type TimelineCategory = z.infer<typeof TimelineCategory>;

/** A dated event from one of the articles. */
export const TimelineEvent = z.strictObject({
  /** Stable kebab-case id, unique in the timeline. */
  id: RecordId,
  /** Short title, our words (keeps the article's wording where it matters). */
  title: z.string().min(1),
  /** When, at the article's precision. */
  date: EventDate,
  /** Actors as named in the article. */
  actors: z.array(z.string().min(1)),
  /** The event's one category. */
  category: TimelineCategory,
  /** A number the article attaches to the event (the 300,000 troops, the 12 nationals). */
  quantity: Quantity.optional(),
  /** Ids in the `people` dataset of the people the event involves. */
  personIds: z.array(RecordId).optional(),
  /** Ids in the `documents` dataset of the documents the event concerns. */
  documentIds: z.array(RecordId).optional(),
  /** Evidence; `sources[0].article` is the event's article. */
  sources: Sources,
  /** Our remarks: caveats on the date, inferences. */
  notes: Notes,
});
/** A dated event from one of the articles. */
export type TimelineEvent = z.infer<typeof TimelineEvent>;
