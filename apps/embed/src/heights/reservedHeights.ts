// The heights snippets reserve for an embed before it loads, per width of the box it sits in.
// Measured in Chromium by `pnpm --filter @vn-mediation/embed measure-heights` into
// measuredHeights.generated.ts; the browser tests fail when a page drifts from them.
import { measuredHeights } from './measuredHeights.generated';

/**
 * Widths of the embed's box, in CSS pixels, that heights are measured at: among them the iframe
 * on a page with 8 px margins at viewports of 320, 375, 768, 1200 and 1600 px, and steps close
 * enough between them that the text wrapping differently within one step moves the page by no
 * more than a few percent. A box from one width up to the next reserves the height on
 * the line from its height to the next one's.
 */
export const HEIGHT_WIDTHS: readonly number[] = [304, 359, 400, 464, 536, 600, 680, 752, 840, 920, 1008, 1184, 1584];

/** The box width whose height is the single fallback when a host strips the per-width style: a tablet's. */
const FALLBACK_WIDTH = 752;

/** The height to reserve from a box width up. */
export interface ReservedHeight {
  /** Box width in CSS pixels from which this range applies (0 for the narrowest range). */
  readonly minWidth: number;
  /** Box width the height was measured at, in CSS pixels. */
  readonly width: number;
  /** Height of the embed page at `width`, in CSS pixels. */
  readonly height: number;
  /** Change of the height per pixel of box width up to the next measured width (0 in the widest range). */
  readonly slope: number;
}

/** An embed's heights per width range, narrowest first; undefined when it was never measured. */
export function reservedHeightsOf(id: string): ReservedHeight[] | undefined {
  const heights = Object.prototype.hasOwnProperty.call(measuredHeights, id) ? Reflect.get(measuredHeights, id) : undefined;
  if (!Array.isArray(heights) || heights.length !== HEIGHT_WIDTHS.length) return undefined;
  const values = heights.map(Number);
  return HEIGHT_WIDTHS.map((width, i) => {
    const next = HEIGHT_WIDTHS[i + 1];
    const nextHeight = values[i + 1];
    const height = values[i] ?? 0;
    const slope = next === undefined || nextHeight === undefined ? 0 : (nextHeight - height) / (next - width);
    return { minWidth: i === 0 ? 0 : width, width, height, slope };
  });
}

/**
 * The height reserved in a box `width` pixels wide: the measured heights joined by straight lines
 * (the text of a wider box wraps into fewer lines), flat past the widest measured width.
 */
export function reservedHeightAt(heights: readonly ReservedHeight[], width: number): number {
  let range = heights[0];
  for (const candidate of heights) if (width >= candidate.minWidth) range = candidate;
  return range === undefined ? 0 : Math.round(range.height + range.slope * (width - range.width));
}

/** The one height to reserve where per-width heights cannot be used (a host that strips `<style>`). */
export function fallbackHeight(heights: readonly ReservedHeight[]): number {
  return reservedHeightAt(heights, FALLBACK_WIDTH);
}

/** Custom property a snippet's element reads its reserved height from. */
export const RESERVE_PROPERTY = '--vnm-reserve';

/**
 * A style block setting {@link RESERVE_PROPERTY} on the elements `selector` matches, per width of
 * their box, as {@link reservedHeightAt} computes it: each snippet wraps its element in a box that is an inline-size container, so the
 * container queries read the width the embed gets, whatever the host's layout.
 */
export function reserveCss(selector: string, heights: readonly ReservedHeight[]): string {
  return heights
    .map(({ minWidth, width, height, slope }) => {
      const slopeText = String(Math.round(slope * 10000) / 10000);
      // `cqw` is a hundredth of the container's width: the line through the measured heights.
      const value = slope === 0 ? `${String(Math.round(height))}px` : `calc(${String(Math.round(height))}px + (100cqw - ${String(width)}px) * ${slopeText})`;
      const rule = `${selector}{${RESERVE_PROPERTY}:${value}}`;
      return minWidth === 0 ? rule : `@container (min-width:${String(minWidth)}px){${rule}}`;
    })
    .join('');
}
