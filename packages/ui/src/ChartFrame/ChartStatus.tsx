import { CHART_STATUS_LABELS as LABELS } from './statusLabels';
import type { ChartStatusKind } from './statusLabels';

export type { ChartStatusKind } from './statusLabels';

/** Props of the state a chart shows when it has nothing, or nothing valid, to draw. */
export interface ChartStatusProps {
  /** `empty`: valid but no data (e.g. everything filtered out); `error`: data of the wrong shape. */
  kind: ChartStatusKind;
  /** What the reader is told, in plain words. */
  message: string;
  /** Problems found in the data, listed for the developer under a disclosure. */
  problems?: readonly string[];
  /** Height to keep, so the page does not jump when the state replaces the chart. */
  minHeight?: number;
}

/** A labelled status region that stands in for a chart's marks: empty data or data it cannot draw. */
export function ChartStatus({ kind, message, problems = [], minHeight }: ChartStatusProps) {
  return (
    <div role="status" aria-label={LABELS[kind]} className="vnm-state" data-state={kind} style={minHeight === undefined ? undefined : { minHeight }}>
      <p>
        <strong>{LABELS[kind]}.</strong> {message}
      </p>
      {problems.length === 0 ? null : (
        <details>
          <summary>What is wrong with the data</summary>
          <ul>
            {problems.slice(0, 20).map((problem, i) => (
              <li key={`${i}-${problem}`}>{problem}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
