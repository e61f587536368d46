export { MediationSpectrumChart } from './MediationSpectrumChart';
export type { MediationSpectrumChartProps } from './MediationSpectrumChart';
export type { ArgumentItemShape } from '../argument/argumentData';
export type { SpectrumLayout } from './spectrumModel';
