// A recharts chart drawn once per width, like ai2html's artboards: the build renders the chart at
// each width of DRAWING_WIDTHS up to the embed's own, and the page shows, with a container query
// and no script, the widest drawing that fits its box at its own size. A drawing is never scaled
// down (except in a box narrower than the narrowest drawing) so its text keeps the size it was
// laid out at, and the plot's box is exactly as tall as the drawing shown.
import { PLOT_GRAPHIC_SELECTOR } from './chartSvg';

/**
 * Widths, in CSS pixels of content, the recharts charts are drawn at. The narrowest fits the
 * content box of a 320 px phone (a 304 px iframe on a page with 8 px margins, less the figure's
 * 16 px padding on each side); the steps keep the blank beside a drawing under about a fifth of
 * its box.
 */
export const DRAWING_WIDTHS: readonly number[] = [272, 352, 448, 560, 720];

/** Class of the box holding one width's drawing inside the plot's graphic. */
export const DRAWING_CLASS = 'vnm-drawing';

/** Attribute of a drawing's box naming the width it was drawn for, in pixels. */
export const DRAWING_WIDTH_ATTRIBUTE = 'data-vnm-drawing-width';

/** The widths an embed drawn at most `widest` pixels wide is drawn at: the catalog's steps below it, then itself. */
export function drawingWidthsFor(widest: number): number[] {
  return [...DRAWING_WIDTHS.filter((width) => width < widest), widest];
}

/** One width's render of the chart: the figure the chart rendered at that width. */
export interface WidthDrawing {
  /** Width the chart was rendered at, in pixels. */
  readonly width: number;
  /** The `<figure>` of that render. */
  readonly figure: Element;
}

/**
 * Replaces the marks in `figure`'s plot by one box per drawing, each holding that render's
 * graphic (panel titles and `<svg>`s), and moves each render's shared definitions (hatch
 * patterns, referenced by id from its marks) next to `figure`'s own. The plot's fixed height and
 * width go: its box takes the height of the drawing shown. Throws when a render has no plot.
 */
export function mergeDrawings(figure: Element, drawings: readonly WidthDrawing[]): void {
  const document = figure.ownerDocument;
  const graphic = figure.querySelector(PLOT_GRAPHIC_SELECTOR);
  const plot = graphic?.parentElement;
  if (!graphic || !plot) throw new Error(`the figure has no plot (${PLOT_GRAPHIC_SELECTOR})`);
  const boxes = drawings.map(({ width, figure: drawn }) => {
    const source = drawn.querySelector(PLOT_GRAPHIC_SELECTOR);
    if (!source) throw new Error(`the chart drawn ${String(width)} px wide has no plot (${PLOT_GRAPHIC_SELECTOR})`);
    const box = document.createElement('div');
    box.className = DRAWING_CLASS;
    box.setAttribute(DRAWING_WIDTH_ATTRIBUTE, String(width));
    box.append(...Array.from(source.childNodes, (node) => document.importNode(node, true)));
    if (drawn !== figure) {
      // Definitions sit outside the plot (see chartCardSvg): the render's own, by the ids its marks use.
      const definitions = Array.from(drawn.querySelectorAll(':scope > svg'));
      graphic.before(...definitions.map((svg) => document.importNode(svg, true)));
    }
    return box;
  });
  graphic.replaceChildren(...boxes);
  const view = document.defaultView;
  if (view !== null && plot instanceof view.HTMLElement) {
    plot.style.removeProperty('height');
    plot.style.removeProperty('max-width');
    if (plot.getAttribute('style') === '') plot.removeAttribute('style');
  }
}

/**
 * The page's CSS that shows one drawing per width of the figure's content box: the widest that
 * fits, at its own size; the narrowest, scaled down, in a box narrower than it.
 */
export function drawingCss(widths: readonly number[]): string {
  const sorted = [...new Set(widths)].sort((a, b) => a - b);
  const box = `.${DRAWING_CLASS}`;
  const rules = [
    // A drawing is never wider than the plot: an axis label a few pixels past its edge (the "0%"
    // under the first gridline) reaches into the figure's padding instead of being cut.
    '.vnm-plot{overflow:visible}',
    `${box}{display:none}`,
    // recharts sets the wrapper's size inline; the drawing keeps it, and shrinks only below it.
    `${box}>div{max-width:100%;height:auto!important}`,
    `${box} svg{max-width:100%;height:auto!important}`,
  ];
  sorted.forEach((width, i) => {
    const next = sorted[i + 1];
    // Range syntax leaves no gap between two ranges, even for a fractional box width.
    const lower = i === 0 ? '' : `${String(width)}px<=`;
    const upper = next === undefined ? '' : `<${String(next)}px`;
    const rule = `${box}[${DRAWING_WIDTH_ATTRIBUTE}="${String(width)}"]{display:block}`;
    rules.push(lower === '' && upper === '' ? rule : `@container (${lower}width${upper}){${rule}}`);
  });
  return rules.join('\n');
}
