// What both argument charts show of an item's evidence, written once: its passages with their
// short citations, and its footnotes.
import { shortCitation } from '@vn-mediation/data/format';
import type { ArgumentItemShape } from './argumentData';

/** One verbatim passage an argument item rests on, with where it is. */
export interface ArgumentQuote {
  /** The passage, verbatim. */
  readonly quote: string;
  /** Author, year and footnote: "Hoang Oanh (2021), footnote 30". */
  readonly citation: string;
}

/** Every passage the item rests on, in its sources' order, each with its short citation. */
export function itemQuotes(item: Pick<ArgumentItemShape, 'sources'>): ArgumentQuote[] {
  return item.sources.map((source) => ({ quote: source.quote, citation: shortCitation(source) }));
}

/** The item's footnotes, each once, in ascending order. */
export function itemFootnotes(item: Pick<ArgumentItemShape, 'sources'>): number[] {
  return [...new Set(item.sources.flatMap((source) => (source.footnote === undefined ? [] : [source.footnote])))].sort((a, b) => a - b);
}
