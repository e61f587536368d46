import { capitalise, countWords, formatNumber, listWords } from '@vn-mediation/data/format';
import { AXIS_TICK_FONT_SIZE, AXIS_TICK_MAX_LINES, TICK_TEXT_OFFSET, countTicks, labelBoxesBelow, labelBoxesLeft, tickLabelLines, tickLabelWidth } from '../model/axisTicks';
import type { AxisTickLabel, CountTicks, LabelBox } from '../model/axisTicks';
import type { ChartModel, ChartModelOptions, ModelFactList, ModelPoint } from '../model/chartModel';
import { DEFAULT_CHART_WIDTH } from '../model/labelledBars';
import { wrapText } from '../model/textLayout';
import { figureAsOfText, figureFact, figureTable, figureValueText, provenanceOf, unavailableModel, uniqueNotes } from '../model/modelParts';
import { checkPartnershipFigures } from './partnershipData';
import type { PartnershipFigureShape } from './partnershipData';
import { describePartnerships, partnershipView, tierWords } from './partnershipLayout';

/** What the partnership chart draws: one bar per tier, and the context figures listed beside it. */
export interface PartnershipDrawing {
  /** One bar per tier, highest tier first; `name` is the tier in words. */
  readonly bars: readonly ModelPoint[];
  /** Diplomatic relations and diplomacy-index ranks, which share no axis with the tiers (only lists with facts). */
  readonly factLists: readonly ModelFactList[];
  /** Height of the plot that fits the bars, in pixels. */
  readonly plotHeight: number;
  /** The width the plot is laid out for, in pixels. */
  readonly width: number;
  /** Width of the column of tier names left of the bars, in pixels: narrower on a phone, the names then on two lines. */
  readonly nameColumnWidth: number;
  /** The tier names as the name column writes them, one per bar, keyed by the bar's name. */
  readonly nameTicks: readonly AxisTickLabel[];
  /** The count axis under the bars: its end and its labelled ticks. */
  readonly countAxis: CountTicks;
}

/** The model of `PartnershipTierChart`. */
export type PartnershipModel = ChartModel<PartnershipDrawing>;

/** The partnership chart's default title. */
export const PARTNERSHIP_TITLE = 'Vietnam’s partnerships by tier';

/** Margins of the plot, in pixels: the right one holds the value beside the longest bar. */
export const PARTNERSHIP_MARGIN = { top: 8, right: 48, bottom: 8, left: 8 } as const;

/** Height of the count axis under the bars, in pixels (recharts' default). */
export const PARTNERSHIP_COUNT_AXIS_HEIGHT = 30;

/** At most this share of the chart's width goes to the name column, unless its longest word needs more. */
const NAME_COLUMN_SHARE = 0.4;
// Room between a name and the bars (recharts' tick and tick margin) and before the name.
const NAME_PADDING = TICK_TEXT_OFFSET + 4;

const TIER_ROW_HEIGHT = 52;
const AXIS_HEIGHT = 56;
const MIN_PLOT_HEIGHT = 140;
// An empty or error state keeps the height of the three-tier chart, so a page does not jump.
const TYPICAL_TIERS = 3;

/** Height of the partnership plot for a number of tiers, in pixels. */
export function partnershipPlotHeight(tiers: number): number {
  return Math.max(MIN_PLOT_HEIGHT, tiers * TIER_ROW_HEIGHT + AXIS_HEIGHT);
}

function tierBar(figure: PartnershipFigureShape): ModelPoint {
  const name = capitalise(tierWords(figure.tier ?? 'comprehensive'));
  const asOf = figureAsOfText(figure);
  return { key: figure.id, name, announcement: `${name}: ${figureValueText(figure)}${asOf === undefined ? '' : `, ${asOf}`}`, value: figure.value, valueText: formatNumber(figure.value) };
}

/** Width of the name column at a chart width: the longest name on one line if it fits its share, else the longest word. */
function nameColumnWidth(names: readonly string[], chartWidth: number): number {
  const oneLine = Math.max(0, ...names.map((name) => tickLabelWidth([name])));
  const longestWord = Math.max(0, ...names.flatMap((name) => name.split(/\s+/)).map((word) => tickLabelWidth([word])));
  return Math.ceil(Math.min(oneLine, Math.max(NAME_COLUMN_SHARE * chartWidth - NAME_PADDING, longestWord)) + NAME_PADDING);
}

/** Width of the bars' plot, between the name column and the right margin. */
function partnershipBarsWidth(drawing: Pick<PartnershipDrawing, 'width' | 'nameColumnWidth'>): number {
  return drawing.width - PARTNERSHIP_MARGIN.left - PARTNERSHIP_MARGIN.right - drawing.nameColumnWidth;
}

/**
 * Estimated boxes of the tier names and the count labels in the chart's pixels, at the width the
 * drawing was laid out for, for checks that no two overprint.
 */
export function partnershipLabelBoxes(drawing: PartnershipDrawing): LabelBox[] {
  const rows = drawing.plotHeight - PARTNERSHIP_MARGIN.top - PARTNERSHIP_MARGIN.bottom - PARTNERSHIP_COUNT_AXIS_HEIGHT;
  const band = rows / Math.max(1, drawing.nameTicks.length);
  const names = labelBoxesLeft(drawing.nameTicks, drawing.nameTicks.map((_, i) => PARTNERSHIP_MARGIN.top + (i + 0.5) * band), PARTNERSHIP_MARGIN.left + drawing.nameColumnWidth - TICK_TEXT_OFFSET);
  const barsLeft = PARTNERSHIP_MARGIN.left + drawing.nameColumnWidth;
  const { top, ticks } = drawing.countAxis;
  const centres = ticks.map((tick) => barsLeft + (Number(tick.value) / top) * partnershipBarsWidth(drawing));
  return [...names, ...labelBoxesBelow(ticks, centres, PARTNERSHIP_MARGIN.top + rows + TICK_TEXT_OFFSET)];
}

/**
 * Everything `PartnershipTierChart` shows, from `unknown` data: tier bars, the relations and
 * ranks as context, the description, table, citations and notes; or a labelled empty or error
 * state with the problems found.
 *
 * @example
 * const model = partnershipModel(partnershipFigures);
 * if (model.state === 'ok') console.log(model.drawing.bars.map((bar) => `${bar.name}: ${bar.valueText}`));
 */
export function partnershipModel(data: unknown, options: ChartModelOptions = {}): PartnershipModel {
  const title = options.title ?? PARTNERSHIP_TITLE;
  const checked = checkPartnershipFigures(data);
  if (!checked.ok) return unavailableModel('partnership-tier-chart', title, 'error', checked.problems, options.description);
  const view = partnershipView(checked.figures);
  if (view === undefined) return unavailableModel('partnership-tier-chart', title, 'empty', ['no partnership-tier figure in the data'], options.description);
  const context = [...(view.relations === undefined ? [] : [view.relations]), ...view.ranks];
  const shown = [...view.tiers, ...context];
  const bars = view.tiers.map(tierBar);
  const total = view.tiers.reduce((sum, figure) => sum + figure.value, 0);
  const width = options.width ?? DEFAULT_CHART_WIDTH;
  const columnWidth = nameColumnWidth(bars.map((bar) => bar.name), width);
  const nameTicks = bars.map((bar) => ({
    value: bar.name,
    lines: tickLabelLines(bar.name, columnWidth - NAME_PADDING) ?? wrapText(bar.name, columnWidth - NAME_PADDING, AXIS_TICK_FONT_SIZE, AXIS_TICK_MAX_LINES),
  }));
  const barsWidth = partnershipBarsWidth({ width, nameColumnWidth: columnWidth });
  const countAxis = countTicks(Math.max(...bars.map((bar) => bar.value)), barsWidth, formatNumber);
  return {
    chart: 'partnership-tier-chart',
    state: 'ok',
    title,
    shortDescription: `Bar chart of Vietnam’s ${countWords(total, 'partnership', 'partnerships')} by tier: ${listWords(bars.map((bar) => `${bar.valueText} ${bar.name.toLowerCase()}`))}.`,
    description: options.description ?? describePartnerships(view),
    table: figureTable(title, shown),
    ...provenanceOf(shown.flatMap((figure) => figure.sources)),
    notes: uniqueNotes(shown.map((figure) => figure.notes)),
    drawing: {
      bars,
      factLists: context.length === 0 ? [] : [{ heading: 'Context', facts: context.map(figureFact) }],
      plotHeight: partnershipPlotHeight(bars.length),
      width,
      nameColumnWidth: columnWidth,
      nameTicks,
      countAxis,
    },
  };
}

/** Height the partnership chart reserves before it draws: its plot's, or the three-tier chart's when it cannot draw. */
export function partnershipReservedHeight(model: PartnershipModel): number {
  return model.state === 'ok' ? model.drawing.plotHeight : partnershipPlotHeight(TYPICAL_TIERS);
}
