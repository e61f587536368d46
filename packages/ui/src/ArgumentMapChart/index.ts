export { ArgumentMapChart } from './ArgumentMapChart';
export type { ArgumentMapChartProps } from './ArgumentMapChart';
export type { ArgumentItemShape } from '../argument/argumentData';
