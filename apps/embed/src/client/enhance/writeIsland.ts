// What the build adds to a page's JSON island for the enhancement script, written from the chart's
// model so the script shows the model's texts rather than formatting its own. Build time only:
// the script reads it back with island.ts and never imports this file (it would pull in the model).
import { TIMELINE_TEXT } from '@vn-mediation/ui/model';
import type { EmbedModel } from '../../model/chartModels';
import type { SpectrumDetail, TimelineEventDetail, TimelineText } from './island';

/** What the build adds to the island of a timeline's page. */
export interface TimelineEnhancement {
  /** Topic values in the order of the page's checkboxes. */
  topics: string[];
  /** The detail panel's text of every event the page shows, in keyboard order. */
  details: TimelineEventDetail[];
  /** The timeline's fixed wording (hint, source toggle, notes' name), so the script carries no copy of it. */
  text: TimelineText;
}


/** What the build adds to the island of the mediation spectrum's page. */
export interface SpectrumEnhancement {
  /** The detail panel's text of every item, in keyboard order. */
  details: SpectrumDetail[];
}

/**
 * The island's `enhance` field for an embed's model: a timeline's topics and event details, the
 * spectrum's item details; nothing for other charts (their options carry their texts).
 */
export function enhancementOf(model: EmbedModel): TimelineEnhancement | SpectrumEnhancement | undefined {
  if (model.state !== 'ok') return undefined;
  if ('rows' in model.drawing && 'points' in model.drawing) {
    return { details: model.drawing.points.map(({ heading, name, quotes }) => ({ heading, name, quotes: quotes.map(({ quote, citation }) => ({ quote, citation })) })) };
  }
  if (!('eras' in model.drawing)) return undefined;
  return {
    topics: model.drawing.topics.map((topic) => topic.value),
    details: model.drawing.events.map(({ title, detailText, quotes, notes }) => ({ title, detailText, quotes, notes })),
    text: TIMELINE_TEXT,
  };
}

