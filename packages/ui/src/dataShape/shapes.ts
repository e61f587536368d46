// The shapes the charts read, written structurally so a record of `@vn-mediation/data` (or a
// user's filtered or updated copy of one) fits them without the UI importing zod. Vocabularies
// come from the data package, so a new article id or qualifier needs no change here.
import type { ArticleId } from '@vn-mediation/data/provenance';
import type { COARSE_PRECISIONS, DATE_QUALIFIERS } from '@vn-mediation/data/vocabulary';

/** Which article a source quotes. */
export type ArticleIdShape = ArticleId;

/** A date at the precision the article gives. */
export interface PartialDateShape {
  /** Calendar year (first year of a decade or century when `precision` is set). */
  readonly year: number;
  /** Month 1–12, when the article names it. */
  readonly month?: number | undefined;
  /** Day of the month, when the article names it. */
  readonly day?: number | undefined;
  /** Set when the article gives only a decade or a century. */
  readonly precision?: (typeof COARSE_PRECISIONS)[number] | undefined;
}

/** A point in time (possibly hedged) or a span. */
export type EventDateShape =
  | {
      readonly kind: 'point';
      readonly date: PartialDateShape;
      readonly qualifier?: (typeof DATE_QUALIFIERS)[number] | undefined;
    }
  | { readonly kind: 'span'; readonly start: PartialDateShape; readonly end: PartialDateShape };

/** A verbatim passage of an article, with its footnote number when it sits in one. */
export interface SourceShape {
  /** The quoted article. */
  readonly article: ArticleIdShape;
  /** The passage, verbatim. */
  readonly quote: string;
  /** Footnote of `iseas-2021-6` the passage is in. */
  readonly footnote?: number | undefined;
}

/** A labelled, sourced number: the part of every figure record a chart reads. */
export interface FigureShape {
  /** Stable id, unique in its dataset. */
  readonly id: string;
  /** Short human label. */
  readonly label: string;
  /** The number as reported. */
  readonly value: number;
  /** What the number counts (`tonnes`, `usd`, `percent`, …). */
  readonly unit: string;
  /** The article's hedge on the number. */
  readonly valueQualifier?: 'approximately' | 'more-than' | undefined;
  /** The date the number holds at. */
  readonly asOf?: EventDateShape | undefined;
  /** Evidence; the first source is the figure's article. */
  readonly sources: readonly SourceShape[];
  /** Our remarks. */
  readonly notes?: readonly string[] | undefined;
}
