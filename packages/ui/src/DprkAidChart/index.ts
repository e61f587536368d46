export { DprkAidChart } from './DprkAidChart';
export type { DprkAidChartProps } from './DprkAidChart';
export type { AidFigureShape } from './aidData';
