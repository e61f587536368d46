// The package root re-exports every chart; import a subpath (`@vn-mediation/ui/timeline`) to
// bundle one chart without the others.
export { Timeline } from './Timeline';
export type { TimelineEventShape, TimelineLayout, TimelineProps } from './Timeline';
export { PartnershipTierChart } from './PartnershipTierChart';
export type { PartnershipFigureShape, PartnershipTierChartProps } from './PartnershipTierChart';
export { PkoPersonnelChart } from './PkoPersonnelChart';
export type { PkoFigureShape, PkoPersonnelChartProps } from './PkoPersonnelChart';
export { PkoWomenShareChart } from './PkoWomenShareChart';
export type { PkoWomenShareChartProps } from './PkoWomenShareChart';
export { DprkAidChart } from './DprkAidChart';
export type { AidFigureShape, DprkAidChartProps } from './DprkAidChart';
export { MediationSpectrumChart } from './MediationSpectrumChart';
export type { ArgumentItemShape, MediationSpectrumChartProps, SpectrumLayout } from './MediationSpectrumChart';
export { ArgumentMapChart } from './ArgumentMapChart';
export type { ArgumentMapChartProps } from './ArgumentMapChart';
export type { ChartCommonProps, HeadingLevel } from './ChartFrame';
export type { ArticleIdShape, EventDateShape, FigureShape, PartialDateShape, SourceShape } from './dataShape/shapes';
export { darkTheme, lightTheme, cssVar, cssVariableName } from './theme/tokens';
export type { ColorToken, ThemeColors, ThemeMode } from './theme/tokens';
export { HOST_THEME_ATTRIBUTE } from './theme/themeCss';
