export { PartnershipTierChart } from './PartnershipTierChart';
export type { PartnershipTierChartProps } from './PartnershipTierChart';
export type { PartnershipFigureShape } from './partnershipData';
