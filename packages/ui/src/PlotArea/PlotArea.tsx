import type { ReactElement } from 'react';
import { POINT_INDEX_ATTRIBUTE, usePointNavigation } from '../pointNavigation';
import { ChartErrorBoundary } from './ChartErrorBoundary';
import { useIsClient } from './useIsClient';

/** One data point as the keyboard reaches it: a key and the sentence announced for it. */
export interface PlotPoint {
  /** Stable key, unique among the points. */
  key: string;
  /** What a screen reader announces and the readout shows, e.g. "1997: 13,000 tonnes of rice". */
  label: string;
}

/** A fixed size for the chart, when the host does not want it responsive. */
export interface PlotSize {
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
}

/** Props of the reserved, keyboard-navigable box a recharts chart draws in. */
export interface PlotAreaProps {
  /** Height reserved before the chart draws, in pixels. */
  height: number;
  /** Fixed width in pixels; without it the chart fills its container's width. */
  width?: number;
  /** The data points, in the order the arrow keys visit them. */
  points: readonly PlotPoint[];
  /** Accessible name of the points list. */
  label: string;
  /** Draws the recharts chart(s), highlighting the active point; wrap each chart in `fitChart`. */
  renderChart: (activeIndex: number, setActiveIndex: (index: number) => void) => ReactElement;
}

/**
 * Reserves the chart's box on the server and in the first client render, then mounts recharts
 * inside it (recharts 3 measures in an effect and draws nothing on the server). Over the marks
 * sits the chart's one tab stop: a listbox of the data points that the arrow keys walk. If
 * drawing throws all the same, a labelled error state takes the box's place.
 */
export function PlotArea(props: PlotAreaProps) {
  return (
    <ChartErrorBoundary height={props.height}>
      <PlotAreaContent {...props} />
    </ChartErrorBoundary>
  );
}

function PlotAreaContent({ height, width, points, label, renderChart }: PlotAreaProps) {
  const isClient = useIsClient();
  const { activeIndex, setActiveIndex, listboxProps, optionId } = usePointNavigation(points.length);
  const active = activeIndex >= 0 ? points[activeIndex] : undefined;
  return (
    <>
      <div className="vnm-plot" style={{ height, maxWidth: width }}>
        <div className="vnm-plot-graphic" aria-hidden="true">
          {isClient ? renderChart(activeIndex, setActiveIndex) : null}
        </div>
        <div {...listboxProps} aria-label={label} className="vnm-points">
          {points.map((point, i) => (
            <div
              key={point.key}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              className="vnm-sr-only"
              {...{ [POINT_INDEX_ATTRIBUTE]: i }}
            >
              {point.label}
            </div>
          ))}
        </div>
      </div>
      <p className="vnm-readout" aria-hidden="true">
        {active === undefined ? 'Tab to the chart, then use the arrow keys to read each value.' : active.label}
      </p>
    </>
  );
}
