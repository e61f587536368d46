// Each chart's model, by the key the catalog names it with: the build computes an embed's model
// once and writes its page text, table, downloads and card SVG from it. No React, no recharts.
import { aidFigures } from '@vn-mediation/data/aid';
import { partnershipFigures } from '@vn-mediation/data/partnerships';
import { pkoFigures } from '@vn-mediation/data/pko';
import { timelineEvents } from '@vn-mediation/data/timeline';
import { aidModel, partnershipModel, pkoPersonnelModel, timelineModel, womenShareModel } from '@vn-mediation/ui/model';
import type { AidModel, ChartModelOptions, PartnershipModel, PkoPersonnelModel, TimelineModel, WomenShareModel } from '@vn-mediation/ui/model';
import type { AnyEmbedDefinition } from '../catalog';
import type { ChartKey } from '../charts';
import type { TextGroup } from '../render/textFigureSvg';

/** The model of any chart an embed can show. */
export type EmbedModel = AidModel | PartnershipModel | PkoPersonnelModel | TimelineModel | WomenShareModel;

/**
 * The embed's model from its catalog entry: its data, with the chart's own options read from the
 * props the chart is given (the timeline's initial topics and article are the model's filters).
 */
export function embedModelOf(entry: AnyEmbedDefinition, options: ChartModelOptions): EmbedModel {
  switch (entry.chart) {
    case 'timeline':
      return timelineModel(entry.data, { ...options, topics: entry.props.initialTopics, article: entry.props.initialArticle, eraOptions: entry.props.eraOptions });
    case 'partnership-tier-chart':
      return partnershipModel(entry.data, options);
    case 'pko-personnel-chart':
      return pkoPersonnelModel(entry.data, options);
    case 'pko-women-share-chart':
      return womenShareModel(entry.data, options);
    case 'dprk-aid-chart':
      return aidModel(entry.data, options);
  }
}

/** Titles of the model's panels, in drawing order, when the chart draws several (the aid chart's rice and money). */
export function panelTitles(model: EmbedModel): string[] {
  if (model.state !== 'ok' || !('panels' in model.drawing)) return [];
  return model.drawing.panels.map((panel) => panel.title);
}

/** The dataset each chart draws when it is given no data: an embed showing it need not ship it in its page. */
export const chartDatasets: Record<ChartKey, readonly unknown[]> = {
  timeline: timelineEvents,
  'partnership-tier-chart': partnershipFigures,
  'pko-personnel-chart': pkoFigures,
  'pko-women-share-chart': pkoFigures,
  'dprk-aid-chart': aidFigures,
};

/** The text an HTML chart's card is set with (the timeline's eras and their events); `undefined` for a chart drawn in SVG. */
export function textGroupsOf(model: EmbedModel): TextGroup[] | undefined {
  if (model.state !== 'ok' || !('eras' in model.drawing)) return undefined;
  return model.drawing.eras.map((era) => ({ heading: era.label, lines: era.events.map((event) => `${event.dateText}: ${event.title}`) }));
}
