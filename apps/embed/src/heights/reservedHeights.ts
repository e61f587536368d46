// The heights snippets reserve for an embed before it loads, per width of the box it sits in.
// Measured in Chromium by `pnpm --filter @vn-mediation/embed measure-heights` into
// measuredHeights.generated.ts; the browser tests fail when a page drifts from them.
import { measuredHeights } from './measuredHeights.generated';

/**
 * Widths of the embed's box, in CSS pixels, that heights are measured at: the iframe on a page
 * with 8 px margins at viewports of 320, 375, 480, 616, 768, 1024, 1200 and 1600 px. A box from
 * one width up to the next reserves the height measured at the lower one.
 */
export const HEIGHT_WIDTHS: readonly number[] = [304, 359, 464, 600, 752, 1008, 1184, 1584];

/** The box width whose height is the single fallback when a host strips the per-width style: a tablet's. */
const FALLBACK_WIDTH = 752;

/** The height to reserve from a box width up. */
export interface ReservedHeight {
  /** Box width in CSS pixels from which this height applies (0 for the narrowest range). */
  readonly minWidth: number;
  /** Height of the embed page there, in CSS pixels. */
  readonly height: number;
}

/** An embed's heights per width range, narrowest first; undefined when it was never measured. */
export function reservedHeightsOf(id: string): ReservedHeight[] | undefined {
  const heights = Object.prototype.hasOwnProperty.call(measuredHeights, id) ? Reflect.get(measuredHeights, id) : undefined;
  if (!Array.isArray(heights) || heights.length !== HEIGHT_WIDTHS.length) return undefined;
  return HEIGHT_WIDTHS.map((width, i) => ({ minWidth: i === 0 ? 0 : width, height: Number(heights[i]) }));
}

/** The height reserved in a box `width` pixels wide. */
export function reservedHeightAt(heights: readonly ReservedHeight[], width: number): number {
  let height = heights[0]?.height ?? 0;
  for (const range of heights) if (width >= range.minWidth) height = range.height;
  return height;
}

/** The one height to reserve where per-width heights cannot be used (a host that strips `<style>`). */
export function fallbackHeight(heights: readonly ReservedHeight[]): number {
  return reservedHeightAt(heights, FALLBACK_WIDTH);
}

/** Custom property a snippet's element reads its reserved height from. */
export const RESERVE_PROPERTY = '--vnm-reserve';

/**
 * A style block setting {@link RESERVE_PROPERTY} on the elements `selector` matches, per width of
 * their box: each snippet wraps its element in a box that is an inline-size container, so the
 * container queries read the width the embed gets, whatever the host's layout.
 */
export function reserveCss(selector: string, heights: readonly ReservedHeight[]): string {
  return heights
    .map(({ minWidth, height }) => {
      const rule = `${selector}{${RESERVE_PROPERTY}:${String(Math.round(height))}px}`;
      return minWidth === 0 ? rule : `@container (min-width:${String(minWidth)}px){${rule}}`;
    })
    .join('');
}
