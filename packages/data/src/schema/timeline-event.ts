import { z } from 'zod';
import { TIMELINE_TOPICS } from '../vocabulary/timeline';
import { EventDate } from './date';
import { Quantity } from './quantity';
import { Notes, RecordId, Sources } from './source';

/** A topic a timeline event belongs to. */
export const TimelineTopic = z.enum(TIMELINE_TOPICS).meta({
  description: 'A theme the event belongs to: `history`, `reconciliation`, `korea`, `multilateral`, `peacekeeping`, `policy` or `aid`',
});
/** A topic a timeline event belongs to. */
export type TimelineTopic = z.infer<typeof TimelineTopic>;

/** The topics of one event: at least one, none twice, the main topic first. */
export const TimelineTopics = z
  .array(TimelineTopic)
  .min(1, { error: 'an event needs at least one topic' })
  .superRefine((topics, ctx) => {
    topics.forEach((topic, index) => {
      if (topics.indexOf(topic) !== index) ctx.addIssue({ code: 'custom', path: [index], message: `topic "${topic}" is listed twice` });
    });
  })
  .meta({
    // JSON Schema can say what the refinement above checks, so validators of the JSON files check it too.
    uniqueItems: true,
    description:
      'Every theme the articles tell the event as part of, at least one and none twice; the first is its main topic (the one a timeline colours it by): `history`, `reconciliation`, `korea`, `multilateral`, `peacekeeping`, `policy`, `aid`',
  });
/** The topics of one event, the main topic first. */
export type TimelineTopics = z.infer<typeof TimelineTopics>;

/** A dated event from one of the articles. */
export const TimelineEvent = z.strictObject({
  /** Stable kebab-case id, unique in the timeline. */
  id: RecordId,
  /** Short title, our words (keeps the article's wording where it matters). */
  title: z.string().min(1).meta({ description: 'Short title in our words, keeping the article’s wording where it matters' }),
  /** When, at the article's precision. */
  date: EventDate.meta({ description: 'When the event happened: a point (possibly hedged) or a span, at the article’s precision' }),
  /** Actors as named in the article. */
  actors: z.array(z.string().min(1)).meta({ description: 'Countries, people and bodies involved, as the article names them; may be empty' }),
  /** Every topic the articles tell the event as part of; the first is its main topic. */
  topics: TimelineTopics,
  /** A number the article attaches to the event (the 300,000 troops, the 12 nationals). */
  quantity: Quantity.optional().meta({ description: 'A number the article attaches to the event (e.g. the 300,000 troops), with its unit' }),
  /** Ids in the `people` dataset of the people the event involves. */
  personIds: z.array(RecordId).optional().meta({ description: 'Ids of the records in the `people` dataset for the people the event involves' }),
  /** Ids in the `documents` dataset of the documents the event concerns. */
  documentIds: z.array(RecordId).optional().meta({ description: 'Ids of the records in the `documents` dataset for the documents the event concerns' }),
  /** Evidence; `sources[0].article` is the event's article. */
  sources: Sources,
  /** Our remarks: caveats on the date, inferences. */
  notes: Notes,
});
/** A dated event from one of the articles. */
export type TimelineEvent = z.infer<typeof TimelineEvent>;
