import type { UnavailableModel } from '../model/chartModel';
import { ChartFrame } from './ChartFrame';
import type { ChartCommonProps } from './chartProps';
import { ChartStatus } from './ChartStatus';

/** Props of the frame a chart shows instead of its marks. */
export interface UnavailableChartProps extends Pick<ChartCommonProps, 'theme' | 'className' | 'headingLevel'> {
  /** The chart's model in its empty or error state. */
  model: UnavailableModel;
  /** Height to keep so the page does not jump. */
  reservedHeight: number;
}

/** A chart's frame holding a labelled empty or error state in place of the marks, at the chart's height. */
export function UnavailableChart({ model, reservedHeight, theme, className, headingLevel }: UnavailableChartProps) {
  return (
    <ChartFrame title={model.title} description={model.description} theme={theme} className={className} headingLevel={headingLevel} sourceLine={model.sourceLine}>
      <ChartStatus kind={model.state} message={model.message} problems={model.state === 'error' ? model.problems : []} minHeight={reservedHeight} />
    </ChartFrame>
  );
}
