// The contract between the static markup the build writes and the script that enhances it:
// which elements the script looks for. The build and the script both import it.

/** A chart's one keyboard stop: the listbox of its data points (bars or events). */
export const LISTBOX_SELECTOR = '[role="listbox"]';

/**
 * Where a reader's first Tab lands in a chart: its listbox (bars, events, the spectrum's items),
 * or the argument map's first disclosure, which is a tab stop of its own.
 */
export const CHART_TAB_STOP_SELECTOR = '[role="listbox"], .vnm-am details > summary';

/** The visible line that reads out the active bar of a recharts chart. */
export const READOUT_SELECTOR = '.vnm-readout';

/** A bar of a recharts chart (`barMark`), in the order of the chart's points within one drawing. */
export const BAR_SELECTOR = '.vnm-bar';

/** The attribute the script sets on the active bar, which the page's stylesheet outlines. */
export const ACTIVE_BAR_ATTRIBUTE = 'data-vnm-active';

/** The attribute set on `<html>` once the page is interactive (tests and styles wait for it). */
export const INTERACTIVE_ATTRIBUTE = 'data-vnm-live';

/**
 * Takes the listboxes out of the tab order. Without the script nothing answers their keys, so a
 * reader tabbing through a page read without JavaScript must not stop on them; the script puts
 * them back.
 */
export function removeListboxTabStops(root: ParentNode): void {
  for (const listbox of root.querySelectorAll(LISTBOX_SELECTOR)) listbox.removeAttribute('tabindex');
}
