export { ChartFrame } from './ChartFrame';
export type { ChartFrameProps, HeadingLevel } from './ChartFrame';
export { ChartStatus } from './ChartStatus';
export type { ChartStatusKind, ChartStatusProps } from './ChartStatus';
export type { ChartCommonProps } from './chartProps';
export { useChartData } from './useChartData';
export type { ChartDataState } from './useChartData';
export { UnavailableChart } from './UnavailableChart';
export type { UnavailableChartProps } from './UnavailableChart';
