import type { ReactElement } from 'react';
import type { XAxisTickContentProps, YAxisTickContentProps } from 'recharts';
import { AXIS_TICK_FONT_SIZE, AXIS_TICK_LINE_HEIGHT } from '../model/axisTicks';
import type { AxisTickLabel } from '../model/axisTicks';
import { cssVar } from '../theme/tokens';

/** Which side of the plot the axis is on: its labels hang below it, or end left of it. */
export type TickSide = 'bottom' | 'left';

function tickKey(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/**
 * An axis `tick` that writes each tick's label in the lines the chart's model chose for the
 * chart's width, and nothing for a tick the model left out; nothing is measured, so the server,
 * jsdom and a browser draw the same labels.
 */
export function axisTick(ticks: readonly AxisTickLabel[], side: TickSide): (props: XAxisTickContentProps | YAxisTickContentProps) => ReactElement {
  const linesOf = new Map(ticks.map((tick) => [String(tick.value), tick.lines]));
  return function AxisTick({ x, y, payload }: XAxisTickContentProps | YAxisTickContentProps) {
    const key = tickKey(payload.value);
    const lines = key === undefined ? undefined : linesOf.get(key);
    if (lines === undefined || typeof x !== 'number' || typeof y !== 'number') return <g />;
    // The first line's baseline: below the tick for a bottom axis (0.71em puts the capitals' top
    // at y, as recharts does), centred on it for a left axis.
    const firstDy = side === 'bottom' ? '0.71em' : `${String(0.355 * AXIS_TICK_FONT_SIZE - ((lines.length - 1) * AXIS_TICK_LINE_HEIGHT) / 2)}px`;
    return (
      <text className="vnm-axis-tick" x={x} y={y} textAnchor={side === 'bottom' ? 'middle' : 'end'} fill={cssVar('text')} fontSize={AXIS_TICK_FONT_SIZE}>
        {lines.map((line, i) => (
          <tspan key={i} x={x} dy={i === 0 ? firstDy : AXIS_TICK_LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };
}
