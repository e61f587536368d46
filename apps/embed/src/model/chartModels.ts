// Each chart's model, by the key the catalog names it with: the build computes an embed's model
// once and writes its page text, table, downloads and card SVG from it. No React, no recharts.
import { aidFigures } from '@vn-mediation/data/aid';
import { partnershipFigures } from '@vn-mediation/data/partnerships';
import { pkoFigures } from '@vn-mediation/data/pko';
import { aidModel, partnershipModel, pkoPersonnelModel, womenShareModel } from '@vn-mediation/ui/model';
import type { AidModel, ChartModelOptions, PartnershipModel, PkoPersonnelModel, WomenShareModel } from '@vn-mediation/ui/model';
import type { ChartKey } from '../charts';
import type { TextGroup } from '../render/textFigureSvg';

/** The model of any chart an embed can show. */
export type EmbedModel = AidModel | PartnershipModel | PkoPersonnelModel | WomenShareModel;

/** What the build tells a model besides the data: the catalog's title and the width the chart is drawn at. */
export type EmbedModelOptions = ChartModelOptions & Readonly<Record<string, unknown>>;

/** Each chart's model function. */
export const chartModels: Record<ChartKey, (data: unknown, options: EmbedModelOptions) => EmbedModel> = {
  'partnership-tier-chart': partnershipModel,
  'pko-personnel-chart': pkoPersonnelModel,
  'pko-women-share-chart': womenShareModel,
  'dprk-aid-chart': aidModel,
};

/** Titles of the model's panels, in drawing order, when the chart draws several (the aid chart's rice and money). */
export function panelTitles(model: EmbedModel): string[] {
  if (model.state !== 'ok' || !('panels' in model.drawing)) return [];
  return model.drawing.panels.map((panel) => panel.title);
}

/** The dataset each chart draws when it is given no data: an embed showing it need not ship it in its page. */
export const chartDatasets: Record<ChartKey, readonly unknown[]> = {
  'partnership-tier-chart': partnershipFigures,
  'pko-personnel-chart': pkoFigures,
  'pko-women-share-chart': pkoFigures,
  'dprk-aid-chart': aidFigures,
};

/** The text an HTML chart's card is set with, by group; `undefined` for a chart drawn in SVG. */
export function textGroupsOf(model: EmbedModel): TextGroup[] | undefined {
  if (model.state !== 'ok') return undefined;
  return undefined;
}
