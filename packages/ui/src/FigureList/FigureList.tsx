import type { ModelFactList } from '../model/chartModel';

/** Props of a list of figures shown as text beside a chart. */
export interface FigureListProps {
  /** The list as the chart's model writes it: a heading and its facts. */
  list: ModelFactList;
}

/** Figures that do not share the chart's axis (another unit, a rank), as a description list. */
export function FigureList({ list }: FigureListProps) {
  if (list.facts.length === 0) return null;
  return (
    <div className="vnm-facts">
      <p className="vnm-facts-heading">{list.heading}</p>
      <dl>
        {list.facts.map((fact) => (
          <div key={fact.key}>
            <dt>{fact.label}</dt>
            <dd>
              <strong>{fact.valueText}</strong>
              {fact.asOfText === undefined ? null : ` (${fact.asOfText})`}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
