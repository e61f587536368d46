export { PkoPersonnelChart } from './PkoPersonnelChart';
export type { PkoPersonnelChartProps } from './PkoPersonnelChart';
export type { PkoFigureShape } from '../pko/pkoData';
