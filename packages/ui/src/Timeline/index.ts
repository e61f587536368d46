export { Timeline } from './Timeline';
export type { TimelineLayout, TimelineProps } from './Timeline';
export type { TimelineEventShape } from './timelineData';
