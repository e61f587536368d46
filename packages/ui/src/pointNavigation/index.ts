export { nextPointIndex } from './nextPointIndex';
export { POINT_INDEX_ATTRIBUTE } from './pointIndexAttribute';
export { usePointNavigation } from './usePointNavigation';
export type { PointNavigation } from './usePointNavigation';
