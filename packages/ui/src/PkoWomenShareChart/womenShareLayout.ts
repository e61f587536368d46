import { figureAsOfText } from '../model/modelParts';
import type { PkoFigureShape } from '../pko/pkoData';
import { formatNumber, formatQuantity, vocabularyWords } from '@vn-mediation/data/format';

/** What the chart compares: Vietnam's share of women against the UN averages. */
export interface WomenShareView {
  /** Vietnam's share of female officers among those it sent (percent); the data does not say whom the denominator counts. */
  readonly vietnam: PkoFigureShape;
  /** UN average shares to compare with (percent), possibly none. */
  readonly averages: readonly PkoFigureShape[];
}

/** Shapes checked figures into the view; `undefined` without a share of women in percent. */
export function womenShareView(figures: readonly PkoFigureShape[]): WomenShareView | undefined {
  const vietnam = figures.find((figure) => figure.measure === 'female-share' && figure.unit === 'percent');
  if (vietnam === undefined) return undefined;
  return { vietnam, averages: figures.filter((figure) => figure.measure === 'un-average-female-share' && figure.unit === 'percent') };
}

/** "military-contingents" → "military contingents"; "all personnel" when the type is not given. */
export function personnelWords(personnelType: string | undefined): string {
  return personnelType === undefined ? 'all personnel' : vocabularyWords(personnelType);
}

/** A bar's short name. */
export function shareBarName(figure: PkoFigureShape, isVietnam: boolean): string {
  return isVietnam ? `Vietnam, female officers (${figureAsOfText(figure) ?? 'no date given'})` : `UN average, ${personnelWords(figure.personnelType)}`;
}

/** The chart's description; "higher" and "lower" are worked out from the numbers, not written in. */
export function describeWomenShare(view: WomenShareView): string {
  const { vietnam } = view;
  const parts = vietnam.derivedFrom === undefined ? '' : ` (${formatNumber(vietnam.derivedFrom.numerator)} of ${formatNumber(vietnam.derivedFrom.denominator)})`;
  const asOf = figureAsOfText(vietnam);
  const where = vietnam.mission === undefined ? '' : ` in ${vietnam.mission}`;
  // "23/166 female officers": the article does not say whom the 166 counts, so the sentence
  // names only the share and its two numbers, never "of the officers".
  const lead = `Vietnam’s share of female officers for UN peacekeeping${where} was ${formatQuantity(vietnam.value, 'percent')}${parts}${asOf === undefined ? '' : `, ${asOf}`}.`;
  if (view.averages.length === 0) return lead;
  const comparisons = view.averages.map((average) => {
    const relation = vietnam.value > average.value ? 'higher than' : vietnam.value < average.value ? 'lower than' : 'equal to';
    return `${relation} the UN average of ${formatQuantity(average.value, 'percent')} for ${personnelWords(average.personnelType)}`;
  });
  return `${lead} That is ${comparisons.join(', and ')}.`;
}
