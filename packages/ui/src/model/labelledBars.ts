// Horizontal bar charts whose names sit above their bars (the personnel and women's-share charts):
// the layout facts their models and their marks share, so the lines a model wraps are the lines
// the chart draws.
import { wrapText } from './textLayout';

/** Font size of a bar's name written above it, in pixels. */
export const BAR_NAME_FONT_SIZE = 13;

/** Line height of a bar's name, in pixels. */
export const BAR_NAME_LINE_HEIGHT = BAR_NAME_FONT_SIZE;

/** A bar's name takes at most this many lines: two fit in the gap between two bars. */
export const BAR_NAME_MAX_LINES = 2;

/** Gap between a bar's name and the top of its bar, in pixels. */
export const BAR_NAME_GAP = 6;

/** Margins of the plot: room for a two-line name above the first bar, and the value right of the longest bar. */
export const LABELLED_BARS_MARGIN = { top: 28, right: 56, bottom: 8, left: 8 } as const;

/** The width a model lays its lines out for when it is given none, in pixels: the embeds' desktop width. */
export const DEFAULT_CHART_WIDTH = 640;

/**
 * A bar's name in lines that fit above the bar at a chart width: from the bar's left edge to the
 * plot's right edge, at most {@link BAR_NAME_MAX_LINES}, the last cut with an ellipsis if needed.
 */
export function barNameLines(name: string, chartWidth: number): string[] {
  const available = chartWidth - LABELLED_BARS_MARGIN.left - LABELLED_BARS_MARGIN.right;
  return wrapText(name, available, BAR_NAME_FONT_SIZE, BAR_NAME_MAX_LINES);
}
