// The chart models: everything a reader perceives of each chart except pixels, as pure functions
// of the data and options. No React, no recharts: a server, another framework, the embed's
// static pages or a script writing Markdown can use them. `@vn-mediation/ui/model`.
export type {
  ChartKind,
  ChartModel,
  ChartModelBase,
  ChartModelOptions,
  LabelledPoint,
  ModelCitation,
  ModelColumn,
  ModelFact,
  ModelFactList,
  ModelPoint,
  ModelRow,
  ModelTable,
  ReadyModel,
  UnavailableModel,
} from './chartModel';
export { AVERAGE_CHARACTER_EM, ELLIPSIS, estimateTextWidth, wrapText } from './textLayout';
export { AXIS_TICK_FONT_SIZE, AXIS_TICK_LINE_HEIGHT, AXIS_TICK_MAX_LINES, MIN_TICK_SPACING, TICK_LABEL_GAP, TICK_TEXT_OFFSET, categoryTicks, countTicks, overlappingLabels, tickLabelLines } from './axisTicks';
export type { AxisTickLabel, CategoryTicks, CountTicks, LabelBox } from './axisTicks';
export { BAR_NAME_FONT_SIZE, BAR_NAME_GAP, BAR_NAME_LINE_HEIGHT, BAR_NAME_MAX_LINES, DEFAULT_CHART_WIDTH, LABELLED_BARS_MARGIN, barNameLines } from './labelledBars';
export { PKO_PERSONNEL_TITLE, pkoPersonnelModel, pkoPersonnelPlotHeight, pkoPersonnelReservedHeight } from '../PkoPersonnelChart/pkoPersonnelModel';
export type { PkoPersonnelDrawing, PkoPersonnelModel } from '../PkoPersonnelChart/pkoPersonnelModel';
export { PARTNERSHIP_COUNT_AXIS_HEIGHT, PARTNERSHIP_MARGIN, PARTNERSHIP_TITLE, partnershipLabelBoxes, partnershipModel, partnershipPlotHeight, partnershipReservedHeight } from '../PartnershipTierChart/partnershipModel';
export type { PartnershipDrawing, PartnershipModel } from '../PartnershipTierChart/partnershipModel';
export { WOMEN_SHARE_TITLE, shareText, womenShareModel, womenSharePlotHeight, womenShareReservedHeight } from '../PkoWomenShareChart/womenShareModel';
export type { WomenShareDrawing, WomenShareModel } from '../PkoWomenShareChart/womenShareModel';
export { AID_AMOUNT_AXIS_WIDTH, AID_PANEL_MARGIN, AID_PANEL_TITLE_HEIGHT, AID_TITLE, aidModel, aidPeriodLabelBoxes, aidReservedHeight } from '../DprkAidChart/aidModel';
export type { AidBarTone, AidDrawing, AidModel, AidModelBar, AidPanel } from '../DprkAidChart/aidModel';
export type { AidFigureShape } from '../DprkAidChart/aidData';
export type { PartnershipFigureShape } from '../PartnershipTierChart/partnershipData';
export type { PkoFigureShape } from '../pko/pkoData';
export type { SourceLinePart } from '@vn-mediation/data/format';
export type { ArticleIdShape, EventDateShape, FigureShape, PartialDateShape, SourceShape } from '../dataShape/shapes';
export { ARGUMENT_MAP_ARTICLE, ARGUMENT_MAP_GROUPS, ARGUMENT_MAP_SIDES, ARGUMENT_MAP_TITLE, STANCE_MARKS, argumentMapModel } from '../ArgumentMapChart/argumentMapModel';
export type { ArgumentMapColumn, ArgumentMapDrawing, ArgumentMapGroup, ArgumentMapGroupKey, ArgumentMapItem, ArgumentMapLink, ArgumentMapModel, ArgumentMapQuote, ArgumentMapSide } from '../ArgumentMapChart/argumentMapModel';
export { TIMELINE_TEXT, TIMELINE_TITLE, timelineModel } from '../Timeline/timelineModel';
export type { TimelineDrawing, TimelineModel, TimelineModelEra, TimelineModelEvent, TimelineModelOptions, TimelineModelQuote, TimelineOption } from '../Timeline/timelineModel';
export type { TimelineEventShape } from '../Timeline/timelineData';
export type { EraOptions } from '../Timeline/timelineLayout';
export { MEDIATION_SPECTRUM_TITLE, SPECTRUM_RESERVED_HEIGHT, SPECTRUM_SPREAD_MIN_WIDTH, arenaName, describeSpectrum, mediationSpectrumModel } from '../MediationSpectrumChart/spectrumModel';
export type { SpectrumArena, SpectrumDrawing, SpectrumLayout, SpectrumMark, SpectrumModel, SpectrumPoint, SpectrumQuote, SpectrumRow } from '../MediationSpectrumChart/spectrumModel';
export type { ArgumentItemShape } from '../argument/argumentData';
// The keyboard map of every chart's listbox, for renderers without React (the embed's enhancement script).
export { nextPointIndex, POINT_INDEX_ATTRIBUTE } from '../pointNavigation/navigation';
export { cssVar } from '../theme/tokens';
export { CHART_STATUS_LABELS } from '../ChartFrame/statusLabels';
export type { ChartStatusKind } from '../ChartFrame/statusLabels';
export { toggleTopic } from '../Timeline/timelineLayout';
