import type { ReactElement } from 'react';
import type { LabelProps } from 'recharts';
import { BAR_NAME_FONT_SIZE, BAR_NAME_GAP, BAR_NAME_LINE_HEIGHT } from '../model/labelledBars';
import { cssVar } from '../theme/tokens';

/**
 * A `LabelList` content that writes each bar's name above it, in the lines the chart's model
 * wrapped for the chart's width (long names with their as-of dates then fit a 360px phone, where
 * a left axis would eat the bars). The last line sits just above the bar; nothing is measured.
 */
export function labelAbove(bars: readonly { readonly nameLines: readonly string[] }[]): (props: LabelProps) => ReactElement {
  return function LabelAbove({ viewBox, index }: LabelProps) {
    const lines = index === undefined ? undefined : bars[index]?.nameLines;
    if (viewBox === undefined || !('x' in viewBox) || lines === undefined) return <g />;
    const { x } = viewBox;
    return (
      <text className="vnm-bar-name" x={x} y={viewBox.y - BAR_NAME_GAP - (lines.length - 1) * BAR_NAME_LINE_HEIGHT} fill={cssVar('text')} fontSize={BAR_NAME_FONT_SIZE}>
        {lines.map((line, i) => (
          <tspan key={i} x={x} dy={i === 0 ? 0 : BAR_NAME_LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };
}
