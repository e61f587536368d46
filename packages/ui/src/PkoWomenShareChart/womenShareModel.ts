import { formatNumber, formatQuantity } from '@vn-mediation/data/format';
import { checkPkoFigures } from '../pko/pkoData';
import type { PkoFigureShape } from '../pko/pkoData';
import type { ChartModel, ChartModelOptions, LabelledPoint } from '../model/chartModel';
import { barNameLines, DEFAULT_CHART_WIDTH } from '../model/labelledBars';
import { figureAsOfText, figureTable, figureValueText, provenanceOf, unavailableModel, uniqueNotes } from '../model/modelParts';
import { describeWomenShare, personnelWords, shareBarName, womenShareView } from './womenShareLayout';

/** What the women's-share chart draws: Vietnam's share, then the UN averages it is compared with. */
export interface WomenShareDrawing {
  /** Vietnam's bar first (solid), then one per UN average (hatched), each name in lines for the chart's width. */
  readonly bars: readonly (LabelledPoint & { readonly isVietnam: boolean })[];
  /** The legend under the plot, when there are averages to tell apart from Vietnam's bar. */
  readonly legend: string | undefined;
  /** Height of the plot that fits the bars, in pixels. */
  readonly plotHeight: number;
}

/** The model of `PkoWomenShareChart`. */
export type WomenShareModel = ChartModel<WomenShareDrawing>;

/** The women's-share chart's default title. */
export const WOMEN_SHARE_TITLE = 'Vietnam’s share of female officers in UN peacekeeping, against the UN averages';

const BAR_ROW_HEIGHT = 64;
const AXIS_HEIGHT = 48;
// An empty or error state keeps the height of Vietnam's bar and two averages, so a page does not jump.
const TYPICAL_BARS = 3;

/** Height of the women's-share plot for a number of bars, in pixels. */
export function womenSharePlotHeight(bars: number): number {
  return bars * BAR_ROW_HEIGHT + AXIS_HEIGHT;
}

/** A share in figures with its sign: "13.8%". */
export function shareText(value: number): string {
  return `${formatNumber(value)}%`;
}

function shareBar(figure: PkoFigureShape, isVietnam: boolean, chartWidth: number): LabelledPoint & { readonly isVietnam: boolean } {
  const name = shareBarName(figure, isVietnam);
  // Vietnam's bar already names its date; an average's date (if any) is said once, after its value.
  const asOf = isVietnam ? undefined : figureAsOfText(figure);
  return {
    key: figure.id,
    name,
    nameLines: barNameLines(name, chartWidth),
    announcement: `${name}: ${figureValueText(figure)}${asOf === undefined ? '' : `, ${asOf}`}`,
    value: figure.value,
    valueText: shareText(figure.value),
    isVietnam,
  };
}

/**
 * Everything `PkoWomenShareChart` shows, from `unknown` data: Vietnam's share of women among the
 * its peacekeepers and the UN averages, the description (which works out "higher" or "lower"
 * from the numbers), table, citations and notes; or a labelled empty or error state.
 *
 * @example
 * const model = womenShareModel(pkoFigures);
 * if (model.state === 'ok') console.log(model.description);
 */
export function womenShareModel(data: unknown, options: ChartModelOptions = {}): WomenShareModel {
  const title = options.title ?? WOMEN_SHARE_TITLE;
  const checked = checkPkoFigures(data);
  if (!checked.ok) return unavailableModel('pko-women-share-chart', title, 'error', checked.problems, options.description);
  const view = womenShareView(checked.figures);
  if (view === undefined) return unavailableModel('pko-women-share-chart', title, 'empty', ['no share of women (female-share, in percent) in the data'], options.description);
  const shown = [view.vietnam, ...view.averages];
  const width = options.width ?? DEFAULT_CHART_WIDTH;
  const bars = shown.map((figure, i) => shareBar(figure, i === 0, width));
  const averages = view.averages.map((average) => `${formatQuantity(average.value, 'percent')} for ${personnelWords(average.personnelType)}`);
  return {
    chart: 'pko-women-share-chart',
    state: 'ok',
    title,
    shortDescription: `Bar chart of Vietnam’s share of female officers for UN peacekeeping, ${shareText(view.vietnam.value)}${averages.length === 0 ? '' : `, beside UN averages of ${averages.join(' and ')}`}.`,
    description: options.description ?? describeWomenShare(view),
    table: figureTable(title, shown),
    ...provenanceOf(shown.flatMap((figure) => figure.sources)),
    notes: uniqueNotes(shown.map((figure) => figure.notes)),
    drawing: {
      bars,
      legend: view.averages.length === 0 ? undefined : 'Solid bar: Vietnam. Hatched bars: UN averages.',
      plotHeight: womenSharePlotHeight(bars.length),
    },
  };
}

/** Height the women's-share chart reserves before it draws: its plot's, or a typical chart's when it cannot draw. */
export function womenShareReservedHeight(model: WomenShareModel): number {
  return model.state === 'ok' ? model.drawing.plotHeight : womenSharePlotHeight(TYPICAL_BARS);
}
