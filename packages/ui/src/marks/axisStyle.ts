import { AXIS_TICK_FONT_SIZE } from '../model/axisTicks';
import { cssVar } from '../theme/tokens';

/** Axis props that draw lines and ticks in the theme's colours (recharts defaults to fixed greys). */
export const axisStyle = {
  stroke: cssVar('border'),
  tick: { fill: cssVar('text'), fontSize: AXIS_TICK_FONT_SIZE },
  tickLine: { stroke: cssVar('border') },
} as const;

/** Grid lines in the theme's faint grid colour. */
export const gridStyle = { stroke: cssVar('grid'), strokeDasharray: '3 3' } as const;
