// The shape every chart model shares: everything a reader perceives except pixels. React, the
// embed's static pages and downloads, and Storybook all render one of these; none reads another's
// output back.
import type { SourceLinePart } from '@vn-mediation/data/format';
import type { ArticleId } from '@vn-mediation/data/provenance';
import type { SourceShape } from '../dataShape/shapes';

/** The charts that have a model, by the key the embeds and subpaths use. */
export type ChartKind = 'timeline' | 'partnership-tier-chart' | 'pko-personnel-chart' | 'pko-women-share-chart' | 'dprk-aid-chart' | 'mediation-spectrum-chart' | 'argument-map-chart';

/** One column of a chart's data table. */
export interface ModelColumn {
  /** Stable key, unique among the columns; the JSON download's property name. */
  readonly key: string;
  /** Header text. */
  readonly header: string;
  /** `end` for numbers, so digits line up. */
  readonly align: 'start' | 'end';
}

/** One row of a chart's data table: every cell already written as the reader sees it. */
export interface ModelRow {
  /** The record's id, unique in the table. */
  readonly key: string;
  /** One string per column, in column order; the first heads the row. */
  readonly cells: readonly string[];
  /** The record's evidence, for downloads that carry provenance. */
  readonly sources: readonly SourceShape[];
  /** Our remarks on the record. */
  readonly notes: readonly string[];
}

/** A chart's data table: the text alternative to its marks, and the rows of its CSV and JSON downloads. */
export interface ModelTable {
  /** Caption, the table's accessible name. */
  readonly caption: string;
  /** Columns; the first heads each row. */
  readonly columns: readonly ModelColumn[];
  /** One row per record shown. */
  readonly rows: readonly ModelRow[];
}

/** One article the chart cites, with the footnotes its records sit in. */
export interface ModelCitation {
  /** The article's id. */
  readonly article: ArticleId;
  /** Footnotes, ascending, without repeats. */
  readonly footnotes: readonly number[];
  /** The full citation as the source line prints it. */
  readonly text: string;
}

/** A mark a reader can reach with the keyboard, with what is shown and said for it. */
export interface ModelPoint {
  /** The record's id. */
  readonly key: string;
  /** The mark's visible label. */
  readonly name: string;
  /** The sentence announced and shown in the readout when the mark is focused (no part said twice). */
  readonly announcement: string;
  /** The number drawn. */
  readonly value: number;
  /** The number as printed beside the mark. */
  readonly valueText: string;
}

/** A bar whose name is written above it, in lines wrapped for the chart's width. */
export interface LabelledPoint extends ModelPoint {
  /** The name in the lines drawn above the bar (at most two; the last ends in an ellipsis when cut). */
  readonly nameLines: readonly string[];
}

/** A figure given as text beside the marks because it shares no axis with them. */
export interface ModelFact {
  /** The record's id. */
  readonly key: string;
  /** What it is. */
  readonly label: string;
  /** Its value in words. */
  readonly valueText: string;
  /** Its date in words, when the article gives one. */
  readonly asOfText: string | undefined;
}

/** A titled list of facts shown beside a chart. */
export interface ModelFactList {
  /** The list's heading. */
  readonly heading: string;
  /** Its facts, in order (never empty). */
  readonly facts: readonly ModelFact[];
}

/** What every chart model carries, whatever its state. */
export interface ChartModelBase {
  /** Which chart. */
  readonly chart: ChartKind;
  /** The title. */
  readonly title: string;
  /** One sentence saying what the chart shows: alt text, page meta description, a card's summary. */
  readonly shortDescription: string;
  /** The full description, every number read from the data: the visible text under the title. */
  readonly description: string;
  /** The data table (empty rows when there is nothing to show). */
  readonly table: ModelTable;
  /** The articles cited, in order of first use. */
  readonly citations: readonly ModelCitation[];
  /** The source line: citations and the dataset version, as one sentence. */
  readonly sourceLine: string;
  /** The source line in parts, each footnote number apart, so a page can link it to its reference. */
  readonly sourceLineParts: readonly SourceLinePart[];
  /** The `@vn-mediation/data` version the records come from. */
  readonly dataVersion: string;
  /** Our remarks on the data shown, each once. */
  readonly notes: readonly string[];
}

/** A model with something to draw. */
export interface ReadyModel<Drawing> extends ChartModelBase {
  /** The chart can draw. */
  readonly state: 'ok';
  /** What the renderer draws, with the layout facts it needs. */
  readonly drawing: Drawing;
}

/** A model with nothing to draw: `error` for malformed data, `empty` when nothing is left to draw. */
export interface UnavailableModel extends ChartModelBase {
  /** Why nothing is drawn. */
  readonly state: 'empty' | 'error';
  /** What the reader is told, in plain words. */
  readonly message: string;
  /** What is wrong with the data, for a developer: which record, which field, why. */
  readonly problems: readonly string[];
}

/** Everything a reader perceives of a chart except pixels, from its data and options. */
export type ChartModel<Drawing> = ReadyModel<Drawing> | UnavailableModel;

/** Options every chart model accepts. */
export interface ChartModelOptions {
  /** Replaces the default title. */
  readonly title?: string | undefined;
  /** Replaces the generated description (keep it true to the data). */
  readonly description?: string | undefined;
  /** Width the chart is drawn at, in pixels: label lines are wrapped for it (default 640). */
  readonly width?: number | undefined;
}
