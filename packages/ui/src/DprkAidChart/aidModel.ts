import { formatNumber, formatQuantity, listWords } from '@vn-mediation/data/format';
import { AXIS_TICK_LINE_HEIGHT, TICK_TEXT_OFFSET, categoryTicks, labelBoxesBelow } from '../model/axisTicks';
import type { CategoryTicks, LabelBox } from '../model/axisTicks';
import type { ChartModel, ChartModelOptions, ModelFactList, ModelPoint } from '../model/chartModel';
import { DEFAULT_CHART_WIDTH } from '../model/labelledBars';
import { figureFact, figureTable, provenanceOf, unavailableModel, uniqueNotes } from '../model/modelParts';
import { checkAidFigures } from './aidData';
import { aidBarSentence, aidView, describeAid } from './aidLayout';
import type { AidBar } from './aidLayout';

/** How a bar is drawn: rice given, money given, or rice sold and never paid for (hatched). */
export type AidBarTone = 'rice' | 'money' | 'unpaid';

/** One bar of a panel: the period on the axis and the amount above it. */
export interface AidModelBar extends ModelPoint {
  /** The period on the axis: "1995", "2000–2012". */
  readonly period: string;
  /** How the bar is drawn. */
  readonly tone: AidBarTone;
}

/** One panel with its own axis: rice in tonnes or tons, or money in US$. */
export interface AidPanel {
  /** Which panel. */
  readonly kind: 'rice' | 'money';
  /** Its title, naming the unit. */
  readonly title: string;
  /** Its bars in date order. */
  readonly bars: readonly AidModelBar[];
  /** Its natural height in pixels (a fixed chart height is shared in proportion). */
  readonly height: number;
  /** The period labels under its bars, for the chart's width: every `step`-th, each in one or two lines. */
  readonly periodTicks: CategoryTicks;
  /** Height of its period axis, which fits the labels' lines, in pixels. */
  readonly axisHeight: number;
}

/** What the aid chart draws: one or two panels that never share an axis, a legend, and what fits neither. */
export interface AidDrawing {
  /** The panels with bars, rice first. */
  readonly panels: readonly AidPanel[];
  /** Every bar in keyboard order (rice, then money). */
  readonly bars: readonly AidModelBar[];
  /** The legend explaining the hatched bar, when there is an unpaid sale. */
  readonly legend: string | undefined;
  /** Other amounts (e.g. material rubber), listed as text. */
  readonly factLists: readonly ModelFactList[];
  /** The panels' natural heights together, with their titles, in pixels. */
  readonly plotHeight: number;
  /** The width the panels are laid out for, in pixels. */
  readonly width: number;
}

/** The model of `DprkAidChart`. */
export type AidModel = ChartModel<AidDrawing>;

/** The aid chart's default title. */
export const AID_TITLE = 'Vietnam’s aid to the DPRK by year, and the rice left unpaid';

/** Margins of each panel's plot, in pixels. */
export const AID_PANEL_MARGIN = { top: 24, right: 16, bottom: 8, left: 8 } as const;

/** Width of each panel's amount axis, in pixels. */
export const AID_AMOUNT_AXIS_WIDTH = 72;

// Below the labels' last line: recharts' one-line axis is 30 px high.
const AXIS_BOTTOM_ROOM = 7;

const RICE_HEIGHT = 220;
const MONEY_HEIGHT = 180;
/** Height of a panel's title line, in pixels. */
export const AID_PANEL_TITLE_HEIGHT = 28;

function modelBar(bar: AidBar): AidModelBar {
  const { figure } = bar;
  const unpaid = figure.flow === 'unpaid-sale';
  return {
    key: figure.id,
    name: bar.period,
    period: bar.period,
    announcement: aidBarSentence(bar),
    value: figure.value,
    valueText: `${figure.unit === 'usd' ? formatQuantity(figure.value, 'usd') : formatNumber(figure.value)}${unpaid ? ' unpaid' : ''}`,
    tone: unpaid ? 'unpaid' : figure.unit === 'usd' ? 'money' : 'rice',
  };
}

/** Width of a panel's plot, between its amount axis and its right margin, at a chart width. */
function aidPlotWidth(chartWidth: number): number {
  return chartWidth - AID_PANEL_MARGIN.left - AID_PANEL_MARGIN.right - AID_AMOUNT_AXIS_WIDTH;
}

function aidPanel(kind: AidPanel['kind'], title: string, bars: readonly AidBar[], height: number, chartWidth: number): AidPanel {
  const modelBars = bars.map(modelBar);
  const periodTicks = categoryTicks(modelBars.map((bar) => bar.period), aidPlotWidth(chartWidth));
  const lines = Math.max(1, ...periodTicks.ticks.map((tick) => tick.lines.length));
  return { kind, title, bars: modelBars, height, periodTicks, axisHeight: TICK_TEXT_OFFSET + lines * AXIS_TICK_LINE_HEIGHT + AXIS_BOTTOM_ROOM };
}

/**
 * Estimated boxes of a panel's period labels in the panel's pixels at the width it was laid out
 * for (each centred on its bar's band), for checks that no two overprint.
 */
export function aidPeriodLabelBoxes(panel: AidPanel, chartWidth: number): LabelBox[] {
  const band = aidPlotWidth(chartWidth) / Math.max(1, panel.bars.length);
  const left = AID_PANEL_MARGIN.left + AID_AMOUNT_AXIS_WIDTH;
  const centres = panel.periodTicks.ticks.map((_, i) => left + (i * panel.periodTicks.step + 0.5) * band);
  return labelBoxesBelow(panel.periodTicks.ticks, centres, panel.height - AID_PANEL_MARGIN.bottom - panel.axisHeight + TICK_TEXT_OFFSET);
}

/**
 * Everything `DprkAidChart` shows, from `unknown` data: the rice and money panels with their
 * bars, the unpaid 1996 sale marked, other aid as text, the description, table, citations and
 * notes; or a labelled empty or error state with the problems found.
 *
 * @example
 * const model = aidModel(aidFigures);
 * if (model.state === 'ok') console.log(model.drawing.panels.map((panel) => panel.title));
 */
export function aidModel(data: unknown, options: ChartModelOptions = {}): AidModel {
  const title = options.title ?? AID_TITLE;
  const checked = checkAidFigures(data);
  if (!checked.ok) return unavailableModel('dprk-aid-chart', title, 'error', checked.problems, options.description);
  const view = aidView(checked.figures);
  if (view === undefined) return unavailableModel('dprk-aid-chart', title, 'empty', ['no rice amount in tonnes and no aid in US$ in the data'], options.description);
  const placed = [...view.rice, ...view.money];
  const shown = [...placed.flatMap((bar) => (bar.worth === undefined ? [bar.figure] : [bar.figure, bar.worth])), ...view.other];
  const riceUnits = [...new Set(view.rice.map((bar) => bar.figure.unit))].join(' or ');
  const width = options.width ?? DEFAULT_CHART_WIDTH;
  const panels: AidPanel[] = [
    ...(view.rice.length === 0 ? [] : [aidPanel('rice', `Rice (${riceUnits})`, view.rice, RICE_HEIGHT, width)]),
    ...(view.money.length === 0 ? [] : [aidPanel('money', 'Money given (US$)', view.money, MONEY_HEIGHT, width)]),
  ];
  const hasUnpaid = view.rice.some((bar) => bar.figure.flow === 'unpaid-sale');
  const periods = [...new Set(placed.map((bar) => bar.period))];
  return {
    chart: 'dprk-aid-chart',
    state: 'ok',
    title,
    shortDescription: `Bar charts of Vietnam’s aid to the DPRK in ${listWords(panels.map((panel) => (panel.kind === 'rice' ? 'rice' : 'money')))}, ${periods.length === 1 ? `in ${periods.join('')}` : `from ${periods[0] ?? ''} to ${periods.at(-1) ?? ''}`}${hasUnpaid ? ', with the rice left unpaid marked' : ''}.`,
    description: options.description ?? describeAid(view),
    table: figureTable(title, shown),
    ...provenanceOf(shown.flatMap((figure) => figure.sources)),
    notes: uniqueNotes(shown.map((figure) => figure.notes)),
    drawing: {
      panels,
      bars: panels.flatMap((panel) => panel.bars),
      legend: hasUnpaid ? 'Hatched bar, labelled “unpaid”: rice sold and not paid for, not aid.' : undefined,
      factLists: view.other.length === 0 ? [] : [{ heading: 'Other aid', facts: view.other.map(figureFact) }],
      plotHeight: panels.reduce((sum, panel) => sum + panel.height + AID_PANEL_TITLE_HEIGHT, 0),
      width,
    },
  };
}

/** Height the aid chart reserves before it draws: its panels', or both panels' when it cannot draw. */
export function aidReservedHeight(model: AidModel): number {
  return model.state === 'ok' ? model.drawing.plotHeight : RICE_HEIGHT + MONEY_HEIGHT + 2 * AID_PANEL_TITLE_HEIGHT;
}
