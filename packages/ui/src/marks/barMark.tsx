import type { ReactElement } from 'react';
import type { BarShapeProps } from 'recharts';
import { cssVar } from '../theme/tokens';
import type { ColorToken } from '../theme/tokens';

/** How one bar is painted: its colour token and whether it is hatched (a cue that does not rest on colour). */
export interface BarPaint {
  /** Colour token of the bar. */
  readonly color: ColorToken;
  /** Id of a hatch `<pattern>` laid over the bar, when the bar is marked. */
  readonly hatchId?: string | undefined;
}

/**
 * A recharts `Bar` shape that paints each bar by its index and outlines the active one, so the
 * keyboard's position shows in the marks as well as in the readout.
 */
export function barMark(activeIndex: number, paint: (index: number) => BarPaint): (props: BarShapeProps) => ReactElement {
  return function BarMark({ x, y, width, height, index }: BarShapeProps) {
    const { color, hatchId } = paint(index);
    const safeWidth = Math.max(width, 0);
    const safeHeight = Math.max(height, 0);
    return (
      <g className="vnm-bar" data-index={index}>
        <rect x={x} y={y} width={safeWidth} height={safeHeight} fill={cssVar(color)} stroke={cssVar(color)} />
        {hatchId === undefined ? null : <rect x={x} y={y} width={safeWidth} height={safeHeight} fill={`url(#${hatchId})`} />}
        {index === activeIndex ? (
          <rect x={x - 3} y={y - 3} width={safeWidth + 6} height={safeHeight + 6} fill="none" stroke={cssVar('focus')} strokeWidth={3} />
        ) : null}
      </g>
    );
  };
}

/** Turns a React id into one that is safe inside `url(#…)`. */
export function svgSafeId(reactId: string): string {
  return `vnm${reactId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** A zero-size SVG holding a diagonal hatch pattern, referenced by `url(#id)` from any chart on the page. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: 'absolute' }}>
      <defs>
        <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill={cssVar('background')} fillOpacity="0.55" />
          <line x1="0" y1="0" x2="0" y2="8" stroke={cssVar('text')} strokeWidth="3" />
        </pattern>
      </defs>
    </svg>
  );
}
