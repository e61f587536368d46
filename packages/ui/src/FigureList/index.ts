export { FigureList } from './FigureList';
export type { FigureListProps } from './FigureList';
export { figureAsOfWords, figureSentence, figureValueWords } from './figureWords';
