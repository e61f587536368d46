export { FigureList } from './FigureList';
export type { FigureListProps } from './FigureList';
