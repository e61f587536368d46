// Pieces every chart model is assembled from, so each chart writes only what is its own.
import { articles, DATA_VERSION } from '@vn-mediation/data/provenance';
import { citationText, citedSources, formatEventDate, formatHedgedQuantity, shortCitations, sourceLineParts, sourceLineText } from '@vn-mediation/data/format';
import type { FigureShape, SourceShape } from '../dataShape/shapes';
import type { ChartKind, ChartModelBase, ModelCitation, ModelFact, ModelTable, UnavailableModel } from './chartModel';

/** The citations and source line of the sources a chart shows. */
export function provenanceOf(sources: readonly SourceShape[]): Pick<ChartModelBase, 'citations' | 'sourceLine' | 'sourceLineParts' | 'dataVersion'> {
  const citations: ModelCitation[] = citedSources(sources).map(({ article, footnotes }) => ({ article, footnotes, text: citationText(articles[article], footnotes) }));
  return { citations, sourceLine: sourceLineText(sources, DATA_VERSION), sourceLineParts: sourceLineParts(sources, DATA_VERSION), dataVersion: DATA_VERSION };
}

/** Each note once, in order of first appearance (several figures often share one caveat). */
export function uniqueNotes(notes: readonly (readonly string[] | undefined)[]): string[] {
  return [...new Set(notes.flatMap((list) => list ?? []))];
}

const MESSAGES = {
  error: 'The data given to this chart is malformed, so nothing is drawn.',
  empty: 'The data given to this chart holds nothing it can draw.',
} as const;

/** The model of a chart that cannot draw: its title, a plain message, and the problems found. */
export function unavailableModel(
  chart: ChartKind,
  title: string,
  state: 'empty' | 'error',
  problems: readonly string[],
  description?: string,
  message: string = MESSAGES[state],
): UnavailableModel {
  return {
    chart,
    state,
    title,
    message,
    problems,
    shortDescription: message,
    description: description ?? message,
    table: { caption: `Data of “${title}”`, columns: [], rows: [] },
    ...provenanceOf([]),
    notes: [],
  };
}

/** A figure's value in words with the article's hedge: "approximately 20%", "43 people". */
export function figureValueText(figure: FigureShape): string {
  return formatHedgedQuantity(figure.value, figure.unit, figure.valueQualifier);
}

/** A figure's as-of date in words ("up to January 2020"), or `undefined` when the article gives none. */
export function figureAsOfText(figure: FigureShape): string | undefined {
  return figure.asOf === undefined ? undefined : formatEventDate(figure.asOf);
}

/** A figure as a fact listed beside the chart. */
export function figureFact(figure: FigureShape): ModelFact {
  return { key: figure.id, label: figure.label, valueText: figureValueText(figure), asOfText: figureAsOfText(figure) };
}

/** The table of a figure chart: what, how many, as of when, from where. */
export function figureTable(title: string, figures: readonly FigureShape[]): ModelTable {
  return {
    caption: `Data of “${title}”`,
    columns: [
      { key: 'figure', header: 'Figure', align: 'start' },
      { key: 'value', header: 'Value', align: 'end' },
      { key: 'asOf', header: 'As of', align: 'start' },
      { key: 'source', header: 'Source', align: 'start' },
    ],
    rows: figures.map((figure) => ({
      key: figure.id,
      cells: [figure.label, figureValueText(figure), figureAsOfText(figure) ?? 'not given', shortCitations(figure.sources)],
      sources: figure.sources,
      notes: figure.notes ?? [],
    })),
  };
}
