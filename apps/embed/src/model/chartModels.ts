// Each chart's model, by the key the catalog names it with: the build computes an embed's model
// once and writes its page text, table, downloads and card SVG from it. No React, no recharts.
import { aidFigures } from '@vn-mediation/data/aid';
import { argumentItems } from '@vn-mediation/data/argument';
import { partnershipFigures } from '@vn-mediation/data/partnerships';
import { pkoFigures } from '@vn-mediation/data/pko';
import { timelineEvents } from '@vn-mediation/data/timeline';
import { aidModel, argumentMapModel, mediationSpectrumModel, partnershipModel, pkoPersonnelModel, timelineModel, womenShareModel } from '@vn-mediation/ui/model';
import type { AidModel, ArgumentMapModel, ChartModelOptions, PartnershipModel, PkoPersonnelModel, SpectrumModel, TimelineModel, WomenShareModel } from '@vn-mediation/ui/model';
import type { AnyEmbedDefinition } from '../catalog';
import type { ChartKey } from '../charts';
import type { TextGroup } from '../render/textFigureSvg';

/** The model of any chart an embed can show. */
export type EmbedModel = AidModel | ArgumentMapModel | PartnershipModel | PkoPersonnelModel | SpectrumModel | TimelineModel | WomenShareModel;

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
    case 'mediation-spectrum-chart':
      return mediationSpectrumModel(entry.data, options);
    case 'argument-map-chart':
      return argumentMapModel(entry.data, options);
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
  'mediation-spectrum-chart': argumentItems,
  'argument-map-chart': argumentItems,
};

/**
 * The text an HTML chart's card is set with: the timeline's eras and their events, the spectrum's
 * rows (least engaged first, the start marked in words) with its reasons and places, the argument
 * map's groups side by side in reading order; `undefined` for a chart drawn in SVG.
 */
export function textGroupsOf(model: EmbedModel): TextGroup[] | undefined {
  if (model.state !== 'ok') return undefined;
  const drawing = model.drawing;
  if ('eras' in drawing) return drawing.eras.map((era) => ({ heading: era.label, lines: era.events.map((event) => `${event.dateText}: ${event.title}`) }));
  if ('rows' in drawing && 'ends' in drawing) {
    const rows = drawing.rows.map((row) => ({
      heading: `${row.heading}, ${drawing.ends.least.toLowerCase()} first`,
      lines: row.marks.map((mark) => `${mark.position}. ${mark.name}${mark.isStart ? ' (start here)' : ''}${mark.heldBackBy.length > 0 ? ' (advised against)' : ''}`),
    }));
    const start = drawing.start.length === 0 ? [] : [{ heading: 'Start here', lines: drawing.start.map((point) => point.quote === undefined ? point.name : `“${point.quote.quote}”`) }];
    const reasons = drawing.reasons.length === 0 ? [] : [{ heading: 'Why', lines: drawing.reasons.map((reason, i) => `${i + 1}. ${reason.name}`) }];
    const arenas = drawing.arenas.map((arena) => ({ heading: `Where to begin: ${arena.name}`, lines: arena.items.map((item) => item.name) }));
    return [...rows, ...start, ...reasons, ...arenas];
  }
  if ('columns' in drawing) {
    return drawing.columns.flatMap((column) => column.groups.map((group) => ({ heading: `${column.heading}: ${group.heading}`, lines: group.items.map((item) => `${item.label} (${item.kindText})`) })));
  }
  return undefined;
}
