import type { ReactElement } from 'react';
import { Text } from 'recharts';
import type { LabelProps } from 'recharts';
import { cssVar } from '../theme/tokens';

/**
 * A `LabelList` content that writes each bar's name above it, wrapped to the plot's width: long
 * names (with their as-of dates) then fit a 360px phone, where a left axis would eat the bars.
 */
export function labelAbove(names: readonly string[]): (props: LabelProps) => ReactElement {
  return function LabelAbove({ viewBox, parentViewBox, index }: LabelProps) {
    const name = index === undefined ? undefined : names[index];
    if (viewBox === undefined || !('x' in viewBox) || name === undefined) return <g />;
    // From the bar's left edge to the plot's right edge, so a wrapped name never runs off the chart.
    const width = parentViewBox !== undefined && 'width' in parentViewBox ? parentViewBox.x + parentViewBox.width - viewBox.x : 320;
    return (
      <Text x={viewBox.x} y={viewBox.y - 6} width={width} maxLines={2} verticalAnchor="end" fill={cssVar('text')} fontSize={13}>
        {name}
      </Text>
    );
  };
}
