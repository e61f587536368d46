import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import type { PlotSize } from './PlotArea';

/**
 * Gives a recharts chart its size: fixed when `width` is known (no measuring, so it also draws
 * in jsdom for static SVG export), else a ResponsiveContainer of fixed height, whose numeric
 * height keeps recharts from warning about width(0)/height(0) before it has measured. `onWidth`
 * hears the measured width, so a chart can lay its labels out for it.
 */
export function fitChart(width: number | undefined, height: number, draw: (size: PlotSize | undefined) => ReactElement, onWidth?: (width: number) => void): ReactElement {
  if (width !== undefined) return draw({ width, height });
  return (
    <ResponsiveContainer width="100%" height={height} onResize={onWidth === undefined ? undefined : (measured) => onWidth(measured)}>
      {draw(undefined)}
    </ResponsiveContainer>
  );
}
