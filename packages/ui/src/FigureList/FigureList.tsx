import type { FigureShape } from '../dataShape/shapes';
import { figureAsOfWords, figureValueWords } from './figureWords';

/** Props of a list of figures shown as text beside a chart. */
export interface FigureListProps {
  /** Heading of the list, e.g. "Context". */
  heading: string;
  /** The figures, in the order shown. */
  figures: readonly FigureShape[];
}

/** Figures that do not share the chart's axis (another unit, a rank), as a description list. */
export function FigureList({ heading, figures }: FigureListProps) {
  if (figures.length === 0) return null;
  return (
    <div className="vnm-facts">
      <p className="vnm-facts-heading">{heading}</p>
      <dl>
        {figures.map((figure) => {
          const asOf = figureAsOfWords(figure);
          return (
            <div key={figure.id}>
              <dt>{figure.label}</dt>
              <dd>
                <strong>{figureValueWords(figure)}</strong>
                {asOf === undefined ? null : ` (${asOf})`}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
