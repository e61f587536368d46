import { figureAsOfText } from '../model/modelParts';
import type { PkoFigureShape } from '../pko/pkoData';
import { formatNumber, formatQuantity, vocabularyWords } from '@vn-mediation/data/format';

/** What the chart compares: Vietnam's share of women against the UN averages. */
export interface WomenShareView {
  /** Vietnam's share of women among the officers it sent (percent). */
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
  return isVietnam ? `Vietnam, officers sent (${figureAsOfText(figure) ?? 'no date given'})` : `UN average, ${personnelWords(figure.personnelType)}`;
}

/** The chart's description; "higher" and "lower" are worked out from the numbers, not written in. */
export function describeWomenShare(view: WomenShareView): string {
  const { vietnam } = view;
  const parts = vietnam.derivedFrom === undefined ? '' : ` (${formatNumber(vietnam.derivedFrom.numerator)} of ${formatNumber(vietnam.derivedFrom.denominator)})`;
  const asOf = figureAsOfText(vietnam);
  const where = vietnam.mission === undefined ? '' : ` in ${vietnam.mission}`;
  const lead = `Women were ${formatQuantity(vietnam.value, 'percent')} of the officers Vietnam sent for UN peacekeeping${where}${parts}${asOf === undefined ? '' : `, ${asOf}`}.`;
  if (view.averages.length === 0) return lead;
  const comparisons = view.averages.map((average) => {
    const relation = vietnam.value > average.value ? 'higher than' : vietnam.value < average.value ? 'lower than' : 'equal to';
    return `${relation} the UN average of ${formatQuantity(average.value, 'percent')} for ${personnelWords(average.personnelType)}`;
  });
  return `${lead} That is ${comparisons.join(', and ')}.`;
}
