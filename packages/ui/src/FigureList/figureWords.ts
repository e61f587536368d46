import { formatEventDate } from '@vn-mediation/data/format';
import type { FigureShape } from '../dataShape/shapes';
import { formatHedgedQuantity } from '@vn-mediation/data/format';

/** A figure's value in words with the article's hedge: "approximately 20%", "43 people". */
export function figureValueWords(figure: FigureShape): string {
  return formatHedgedQuantity(figure.value, figure.unit, figure.valueQualifier);
}

/** The as-of date in words ("up to January 2020"), or `undefined` when the article gives none. */
export function figureAsOfWords(figure: FigureShape): string | undefined {
  return figure.asOf === undefined ? undefined : formatEventDate(figure.asOf);
}

/** "Label: value, as-of" — what a screen reader announces for a data point. */
export function figureSentence(figure: FigureShape, label: string = figure.label): string {
  const asOf = figureAsOfWords(figure);
  return `${label}: ${figureValueWords(figure)}${asOf === undefined ? '' : `, ${asOf}`}`;
}
