export { PkoWomenShareChart } from './PkoWomenShareChart';
export type { PkoWomenShareChartProps } from './PkoWomenShareChart';
export type { PkoFigureShape } from '../pko/pkoData';
