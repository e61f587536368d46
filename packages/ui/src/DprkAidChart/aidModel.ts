import { formatNumber, formatQuantity, listWords } from '@vn-mediation/data/format';
import type { ChartModel, ChartModelOptions, ModelFactList, ModelPoint } from '../model/chartModel';
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
}

/** The model of `DprkAidChart`. */
export type AidModel = ChartModel<AidDrawing>;

/** The aid chart's default title. */
export const AID_TITLE = 'Vietnam’s aid to the DPRK by year, and the rice left unpaid';

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
  const panels: AidPanel[] = [
    ...(view.rice.length === 0 ? [] : [{ kind: 'rice' as const, title: `Rice (${riceUnits})`, bars: view.rice.map(modelBar), height: RICE_HEIGHT }]),
    ...(view.money.length === 0 ? [] : [{ kind: 'money' as const, title: 'Money given (US$)', bars: view.money.map(modelBar), height: MONEY_HEIGHT }]),
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
    },
  };
}

/** Height the aid chart reserves before it draws: its panels', or both panels' when it cannot draw. */
export function aidReservedHeight(model: AidModel): number {
  return model.state === 'ok' ? model.drawing.plotHeight : RICE_HEIGHT + MONEY_HEIGHT + 2 * AID_PANEL_TITLE_HEIGHT;
}
