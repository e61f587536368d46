// What a reader sees of an embed page at one width, measured in the browser: the smallest text
// shown, how far the page overflows sideways, and the blank under each chart's drawing. Shared by
// the embed's browser tests and the bench; run with `measurePage(page)`.

/** The smallest visible text of a page. */
export interface SmallestText {
  /** Its size on screen, in CSS pixels (font size times the SVG's scale for SVG text). */
  size: number;
  /** The text, to say where it is. */
  text: string;
}

/** What {@link pageMetrics} measures. */
export interface PageMetrics {
  /** Smallest visible text, or undefined on a page with none. */
  smallest: SmallestText | undefined;
  /** `scrollWidth` minus the viewport's width: more than 0 when the page scrolls sideways. */
  overflow: number;
  /** For each visible chart box, its height minus the height of the drawing in it, in CSS pixels. */
  plotGaps: number[];
  /** The document's height, in CSS pixels. */
  height: number;
}

/**
 * Measures the page it runs in (and the shadow roots of script embeds in it). Self-contained:
 * Playwright sends its source to the page.
 */
export function pageMetrics(): PageMetrics {
  const roots: (Document | ShadowRoot)[] = [document];
  for (const host of Array.from(document.querySelectorAll('[data-vn-mediation-embed]'))) {
    if (host.shadowRoot) roots.push(host.shadowRoot);
  }
  const shown = (element: Element): boolean => {
    if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    const box = element.getBoundingClientRect();
    // Visually hidden text (1 px, clipped) is for screen readers, not for sight.
    return box.width > 2 && box.height > 2;
  };
  let smallest: SmallestText | undefined;
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (text === '' || element === null || element.closest('style,script,title,desc,noscript') !== null) continue;
      if (!shown(element)) continue;
      let size = Number.parseFloat(getComputedStyle(element).fontSize);
      if (element instanceof SVGElement) {
        const matrix = (element instanceof SVGGraphicsElement ? element : element.closest('text'))?.getScreenCTM();
        if (matrix) size *= Math.hypot(matrix.a, matrix.b);
      }
      if (smallest === undefined || size < smallest.size) smallest = { size: Math.round(size * 100) / 100, text: text.slice(0, 60) };
    }
  }
  const plotGaps: number[] = [];
  for (const root of roots) {
    for (const plot of Array.from(root.querySelectorAll('.vnm-plot'))) {
      if (!shown(plot)) continue;
      const graphic = plot.querySelector('.vnm-plot-graphic');
      if (!graphic) continue;
      const top = plot.getBoundingClientRect().top;
      const bottom = plot.getBoundingClientRect().bottom;
      const drawn = Array.from(graphic.querySelectorAll('svg, .vnm-panel-title')).filter(shown);
      const drawnBottom = Math.max(top, ...drawn.map((element) => element.getBoundingClientRect().bottom));
      plotGaps.push(Math.round(bottom - drawnBottom));
    }
  }
  const scrolling = document.scrollingElement ?? document.documentElement;
  return { smallest, overflow: scrolling.scrollWidth - window.innerWidth, plotGaps, height: Math.ceil(document.body.getBoundingClientRect().height) };
}

/**
 * Runs {@link pageMetrics} in `target`. Sent as source with a stand-in for the `__name` helper
 * tsx's compiler wraps inner functions in, which the page does not have.
 */
export async function measurePage(target: { evaluate: (script: string) => Promise<unknown> }): Promise<PageMetrics> {
  const result = await target.evaluate(`(() => { const __name = (fn) => fn; return (${pageMetrics.toString()})(); })()`);
  return result as PageMetrics;
}
