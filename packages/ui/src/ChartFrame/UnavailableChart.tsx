import { ChartFrame } from './ChartFrame';
import type { ChartCommonProps } from './chartProps';
import { ChartStatus } from './ChartStatus';

/** Props of the frame a chart shows instead of its marks. */
export interface UnavailableChartProps extends ChartCommonProps {
  /** The chart's title. */
  title: string;
  /** `error`: malformed data; `empty`: nothing to draw. */
  kind: 'error' | 'empty';
  /** What was wrong, for the developer disclosure. */
  problems: readonly string[];
  /** Height to keep so the page does not jump. */
  reservedHeight: number;
}

/** A chart's frame holding a labelled empty or error state in place of the marks, at the chart's height. */
export function UnavailableChart({ title, kind, problems, reservedHeight, description, theme, className, headingLevel }: UnavailableChartProps) {
  const text =
    kind === 'error'
      ? 'The data given to this chart is malformed, so nothing is drawn.'
      : 'The data given to this chart holds nothing it can draw.';
  return (
    <ChartFrame title={title} description={description ?? text} theme={theme} className={className} headingLevel={headingLevel} sources={[]}>
      <ChartStatus kind={kind} message={text} problems={kind === 'error' ? problems : []} minHeight={reservedHeight} />
    </ChartFrame>
  );
}
