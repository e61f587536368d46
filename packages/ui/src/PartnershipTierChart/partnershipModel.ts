import { capitalise, countWords, formatNumber, listWords } from '@vn-mediation/data/format';
import type { ChartModel, ChartModelOptions, ModelFactList, ModelPoint } from '../model/chartModel';
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
}

/** The model of `PartnershipTierChart`. */
export type PartnershipModel = ChartModel<PartnershipDrawing>;

/** The partnership chart's default title. */
export const PARTNERSHIP_TITLE = 'Vietnam’s partnerships by tier';

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
    },
  };
}

/** Height the partnership chart reserves before it draws: its plot's, or the three-tier chart's when it cannot draw. */
export function partnershipReservedHeight(model: PartnershipModel): number {
  return model.state === 'ok' ? model.drawing.plotHeight : partnershipPlotHeight(TYPICAL_TIERS);
}
