import { dateSortKey, formatEventDate, formatQuantity, listWords, vocabularyWords } from '@vn-mediation/data/format';
import { sameEventDate } from '../dataShape/sameDate';
import type { AidFigureShape } from './aidData';

/** One bar of a panel. */
export interface AidBar {
  /** The figure drawn. */
  readonly figure: AidFigureShape;
  /** The period on the axis: "1995", "2000–2012". */
  readonly period: string;
  /** For an unpaid sale of rice, what it was worth, when the data gives it. */
  readonly worth: AidFigureShape | undefined;
}

/** Two panels that never share an axis (rice in tonnes, money in US$), and what fits neither. */
export interface AidView {
  /** Rice by period, aid and unpaid sales alike (the unpaid ones are marked). */
  readonly rice: readonly AidBar[];
  /** Money given, by period. */
  readonly money: readonly AidBar[];
  /** Other amounts (e.g. material rubber), listed as text. */
  readonly other: readonly AidFigureShape[];
}

const WEIGHT_UNITS = ['tonnes', 'tons'];

function byDate(a: AidFigureShape, b: AidFigureShape): number {
  return dateSortKey(a.asOf) - dateSortKey(b.asOf);
}

/** Shapes checked figures into the two panels; `undefined` when neither has a bar. */
export function aidView(figures: readonly AidFigureShape[]): AidView | undefined {
  const riceFigures = figures.filter((figure) => figure.commodity === 'rice' && WEIGHT_UNITS.includes(figure.unit)).sort(byDate);
  const worthOf = (sale: AidFigureShape) =>
    figures.find((figure) => figure.flow === 'unpaid-sale' && figure.commodity === sale.commodity && figure.unit === 'usd' && sameEventDate(figure.asOf, sale.asOf));
  const rice = riceFigures.map((figure) => ({ figure, period: formatEventDate(figure.asOf), worth: figure.flow === 'unpaid-sale' ? worthOf(figure) : undefined }));
  const money = figures
    .filter((figure) => figure.flow === 'aid' && figure.unit === 'usd')
    .sort(byDate)
    .map((figure) => ({ figure, period: formatEventDate(figure.asOf), worth: undefined }));
  const placed = new Set([...rice, ...money].flatMap((bar) => [bar.figure.id, ...(bar.worth === undefined ? [] : [bar.worth.id])]));
  const other = figures.filter((figure) => !placed.has(figure.id)).sort(byDate);
  if (rice.length === 0 && money.length === 0) return undefined;
  return { rice, money, other };
}

/** "flood-relief" → "flood relief". */
export function commodityWords(commodity: string): string {
  return vocabularyWords(commodity);
}

/** What a bar announces: "1997: 13,000 tonnes of rice, aid" or "1996: 20,000 tons of rice, unpaid (worth US$18 million)". */
export function aidBarSentence(bar: AidBar): string {
  const { figure } = bar;
  const amount = figure.unit === 'usd' ? `${formatQuantity(figure.value, 'usd')} of ${commodityWords(figure.commodity)}` : `${formatQuantity(figure.value, figure.unit)} of ${commodityWords(figure.commodity)}`;
  const flow = figure.flow === 'unpaid-sale' ? `, not paid for${bar.worth === undefined ? '' : ` (worth ${formatQuantity(bar.worth.value, 'usd')})`}` : ', aid';
  return `${bar.period}: ${amount}${flow}`;
}

const RECIPIENT_NAMES: Readonly<Record<string, string>> = { dprk: 'the DPRK' };

/** A recipient for readers: the dataset's `dprk` is "the DPRK"; any other value reads as given, a missing one as "the buyer". */
export function recipientWords(recipient: string | undefined): string {
  if (recipient === undefined) return 'the buyer';
  return RECIPIENT_NAMES[recipient] ?? recipient;
}

/** The chart's description, every amount and year read from the view. */
export function describeAid(view: AidView): string {
  const sentences: string[] = [];
  const riceAid = view.rice.filter((bar) => bar.figure.flow === 'aid');
  if (riceAid.length > 0) sentences.push(`Vietnam offered or supported the DPRK with rice aid: ${listWords(riceAid.map((bar) => `${formatQuantity(bar.figure.value, bar.figure.unit)} in ${bar.period}`))}.`);
  if (view.money.length > 0) {
    sentences.push(`It offered or supported ${listWords(view.money.map((bar) => `${formatQuantity(bar.figure.value, 'usd')} of ${commodityWords(bar.figure.commodity)} in ${bar.period}`))}.`);
  }
  for (const bar of view.rice.filter((b) => b.figure.flow === 'unpaid-sale')) {
    const who = recipientWords(bar.figure.recipient);
    const worth = bar.worth === undefined ? '' : ` worth ${formatQuantity(bar.worth.value, 'usd')}`;
    sentences.push(`In ${bar.period}, ${who} failed to pay for ${formatQuantity(bar.figure.value, bar.figure.unit)} of rice${worth} (marked as unpaid).`);
  }
  if (view.other.length > 0) {
    sentences.push(`Also: ${listWords(view.other.map((figure) => `${formatQuantity(figure.value, figure.unit)} of ${commodityWords(figure.commodity)} in ${formatEventDate(figure.asOf)}`))}.`);
  }
  return sentences.join(' ');
}
