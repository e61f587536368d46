export { ChartFrame, DEFAULT_HEADING_LEVEL } from './ChartFrame';
export type { ChartFrameProps, HeadingLevel } from './ChartFrame';
export { ChartStatus } from './ChartStatus';
export type { ChartStatusKind, ChartStatusProps } from './ChartStatus';
export type { ChartCommonProps } from './chartProps';
export { useChartModel } from './useChartModel';
export { UnavailableChart } from './UnavailableChart';
export type { UnavailableChartProps } from './UnavailableChart';
