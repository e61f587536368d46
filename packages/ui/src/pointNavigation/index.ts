export { nextPointIndex } from './nextPointIndex';
export { POINT_INDEX_ATTRIBUTE, usePointNavigation } from './usePointNavigation';
export type { PointNavigation } from './usePointNavigation';
