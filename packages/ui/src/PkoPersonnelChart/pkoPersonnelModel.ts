import { countWords, formatNumber } from '@vn-mediation/data/format';
import { checkPkoFigures } from '../pko/pkoData';
import type { PkoFigureShape } from '../pko/pkoData';
import type { ChartModel, ChartModelOptions, LabelledPoint, ModelFactList } from '../model/chartModel';
import { barNameLines, DEFAULT_CHART_WIDTH } from '../model/labelledBars';
import { figureAsOfText, figureFact, figureTable, figureValueText, provenanceOf, unavailableModel, uniqueNotes } from '../model/modelParts';
import { describePkoPersonnel, personnelBarName, pkoPersonnelView } from './pkoPersonnelLayout';

/** What the personnel chart draws: one bar per personnel figure, and the figures listed beside it. */
export interface PkoPersonnelDrawing {
  /** Personnel sent or ready, one bar each, in the data's order, each name in lines for the chart's width. */
  readonly bars: readonly LabelledPoint[];
  /** Field hospitals and the start of deployments, which count something else (only lists with facts). */
  readonly factLists: readonly ModelFactList[];
  /** Height of the plot that fits the bars, in pixels. */
  readonly plotHeight: number;
}

/** The model of `PkoPersonnelChart`. */
export type PkoPersonnelModel = ChartModel<PkoPersonnelDrawing>;

/** The personnel chart's default title. */
export const PKO_PERSONNEL_TITLE = 'Vietnam’s UN peacekeepers by type, with the date of each figure';

const BAR_ROW_HEIGHT = 64;
const AXIS_HEIGHT = 48;
// An empty or error state keeps the height of a typical chart, so a page does not jump.
const TYPICAL_BARS = 5;

/** Height of the personnel plot for a number of bars, in pixels. */
export function pkoPersonnelPlotHeight(bars: number): number {
  return bars * BAR_ROW_HEIGHT + AXIS_HEIGHT;
}

/** A personnel bar: its name with the as-of date, and the sentence announced for it. */
function personnelBar(figure: PkoFigureShape, chartWidth: number): LabelledPoint {
  const asOf = figureAsOfText(figure);
  const valueText = figureValueText(figure);
  const name = personnelBarName(figure);
  return {
    key: figure.id,
    name,
    nameLines: barNameLines(name, chartWidth),
    announcement: `${figure.label}: ${valueText}${asOf === undefined ? '' : `, ${asOf}`}`,
    value: figure.value,
    valueText: formatNumber(figure.value),
  };
}

/**
 * Everything `PkoPersonnelChart` shows, from `unknown` data: personnel bars with their dates,
 * field hospitals and deployments as text, the description, table, citations and notes; or a
 * labelled empty or error state with the problems found.
 *
 * @example
 * const model = pkoPersonnelModel(pkoFigures);
 * if (model.state === 'ok') console.log(model.drawing.bars.map((bar) => bar.announcement));
 */
export function pkoPersonnelModel(data: unknown, options: ChartModelOptions = {}): PkoPersonnelModel {
  const title = options.title ?? PKO_PERSONNEL_TITLE;
  const checked = checkPkoFigures(data);
  if (!checked.ok) return unavailableModel('pko-personnel-chart', title, 'error', checked.problems, options.description);
  const view = pkoPersonnelView(checked.figures);
  if (view === undefined) {
    return unavailableModel('pko-personnel-chart', title, 'empty', ['no personnel figure (personnel-sent or personnel-ready, in persons) in the data'], options.description);
  }
  const shown = [...view.personnel, ...view.hospitals, ...view.start];
  const width = options.width ?? DEFAULT_CHART_WIDTH;
  const bars = view.personnel.map((figure) => personnelBar(figure, width));
  const factLists = [
    { heading: 'Field hospitals', facts: view.hospitals.map(figureFact) },
    { heading: 'Deployments', facts: view.start.map(figureFact) },
  ].filter((list) => list.facts.length > 0);
  const largest = view.personnel.reduce((a, b) => (b.value > a.value ? b : a));
  return {
    chart: 'pko-personnel-chart',
    state: 'ok',
    title,
    shortDescription: `Bar chart of ${countWords(bars.length, 'peacekeeping personnel figure', 'peacekeeping personnel figures')} for Vietnam, the largest ${figureValueText(largest)} (${largest.label.toLowerCase()}).`,
    description: options.description ?? describePkoPersonnel(view),
    table: figureTable(title, shown),
    ...provenanceOf(shown.flatMap((figure) => figure.sources)),
    notes: uniqueNotes(shown.map((figure) => figure.notes)),
    drawing: { bars, factLists, plotHeight: pkoPersonnelPlotHeight(bars.length) },
  };
}

/** Height the personnel chart reserves before it draws: its plot's, or a typical chart's when it cannot draw. */
export function pkoPersonnelReservedHeight(model: PkoPersonnelModel): number {
  return model.state === 'ok' ? model.drawing.plotHeight : pkoPersonnelPlotHeight(TYPICAL_BARS);
}
