// Reads what the build wrote into a page's JSON island for the enhancement script (see
// writeIsland.ts), checking its shape: the island is data, never trusted to be well formed.
import type { SpectrumPoint, SpectrumQuote, TIMELINE_TEXT, TimelineModelEvent, TimelineModelQuote } from '@vn-mediation/ui/model';

/** What the timeline's detail panel shows of one event. */
export type TimelineEventDetail = Pick<TimelineModelEvent, 'title' | 'detailText' | 'quotes' | 'notes'>;

/** The timeline's fixed wording, as `TIMELINE_TEXT` of the ui package holds it. */
export type TimelineText = { readonly [K in keyof typeof TIMELINE_TEXT]: string };

function fieldsOf(value: unknown): Map<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? new Map(Object.entries(value)) : undefined;
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item): item is string => typeof item === 'string') ? value : undefined;
}

function readQuote(value: unknown): TimelineModelQuote | undefined {
  const fields = fieldsOf(value);
  const [quote, lead, work, rest] = ['quote', 'lead', 'work', 'rest'].map((key) => fields?.get(key));
  return typeof quote === 'string' && typeof lead === 'string' && typeof work === 'string' && typeof rest === 'string' ? { quote, lead, work, rest } : undefined;
}

function readDetail(value: unknown): TimelineEventDetail | undefined {
  const fields = fieldsOf(value);
  const title = fields?.get('title');
  const detailText = fields?.get('detailText');
  const notes = stringList(fields?.get('notes'));
  const rawQuotes = fields?.get('quotes');
  const quotes = Array.isArray(rawQuotes) ? rawQuotes.map(readQuote) : undefined;
  if (typeof title !== 'string' || typeof detailText !== 'string' || notes === undefined || quotes === undefined) return undefined;
  const kept = quotes.filter((quote): quote is TimelineModelQuote => quote !== undefined);
  return kept.length === quotes.length ? { title, detailText, quotes: kept, notes } : undefined;
}

/** Reads the island's event details; `undefined` when any of them is not of the shape the build writes. */
export function readTimelineDetails(value: unknown): TimelineEventDetail[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const details = value.map(readDetail);
  return details.every((detail): detail is TimelineEventDetail => detail !== undefined) ? details : undefined;
}

/** Reads the island's copy of the timeline's wording; `undefined` when a text is missing. */
export function readTimelineText(value: unknown): TimelineText | undefined {
  const fields = fieldsOf(value);
  const [detailHint, showSource, hideSource, eventNotes, allArticles] = ['detailHint', 'showSource', 'hideSource', 'eventNotes', 'allArticles'].map((key) => fields?.get(key));
  return typeof detailHint === 'string' && typeof showSource === 'string' && typeof hideSource === 'string' && typeof eventNotes === 'string' && typeof allArticles === 'string'
    ? { detailHint, showSource, hideSource, eventNotes, allArticles }
    : undefined;
}

/** What the spectrum's detail panel shows of one item. */
export type SpectrumDetail = Pick<SpectrumPoint, 'heading' | 'name'> & { readonly quotes: readonly SpectrumQuote[] };

function readSpectrumQuote(value: unknown): SpectrumQuote | undefined {
  const fields = fieldsOf(value);
  const [quote, citation] = ['quote', 'citation'].map((key) => fields?.get(key));
  return typeof quote === 'string' && typeof citation === 'string' ? { quote, citation } : undefined;
}

function readSpectrumDetail(value: unknown): SpectrumDetail | undefined {
  const fields = fieldsOf(value);
  const heading = fields?.get('heading');
  const name = fields?.get('name');
  const rawQuotes = fields?.get('quotes');
  if (typeof heading !== 'string' || typeof name !== 'string' || !Array.isArray(rawQuotes)) return undefined;
  const quotes = rawQuotes.map(readSpectrumQuote);
  const kept = quotes.filter((quote): quote is SpectrumQuote => quote !== undefined);
  return kept.length === quotes.length ? { heading, name, quotes: kept } : undefined;
}

/** Reads the island's spectrum item details; `undefined` when any of them is not of the shape the build writes. */
export function readSpectrumDetails(value: unknown): SpectrumDetail[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const details = value.map(readSpectrumDetail);
  return details.every((detail): detail is SpectrumDetail => detail !== undefined) ? details : undefined;
}
