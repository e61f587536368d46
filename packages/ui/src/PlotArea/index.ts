export { PlotArea } from './PlotArea';
export type { PlotAreaProps, PlotPoint, PlotSize } from './PlotArea';
export { fitChart } from './fitChart';
export { useIsClient } from './useIsClient';
