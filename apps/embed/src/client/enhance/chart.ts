// The recharts charts' page, enhanced: the points' listbox, the visible readout, and the bars
// outlined and readable on hover, as the React chart does. The texts are the options' own,
// written by the build from the chart's model.
import { ACTIVE_BAR_ATTRIBUTE, BAR_SELECTOR, LISTBOX_SELECTOR, READOUT_SELECTOR } from './markup';
import { enhanceListbox } from './listbox';

/** Enhances every plot in `content`; returns how many it made interactive. */
export function enhanceCharts(content: Element): number {
  let count = 0;
  for (const plot of content.querySelectorAll('.vnm-plot')) {
    const listbox = plot.querySelector(LISTBOX_SELECTOR);
    if (!(listbox instanceof HTMLElement)) continue;
    const points = listbox.querySelectorAll('[role="option"]').length;
    // The readout follows the plot; a page may draw the plot at several widths, each with every bar.
    const readout = plot.parentElement?.querySelector(READOUT_SELECTOR);
    const bars = Array.from(plot.querySelectorAll(BAR_SELECTOR));
    const navigation = enhanceListbox(listbox, {
      onActive: (index, option) => {
        if (readout) readout.textContent = option.textContent;
        bars.forEach((bar, i) => bar.toggleAttribute(ACTIVE_BAR_ATTRIBUTE, points > 0 && i % points === index));
      },
    });
    const pointAt = (target: EventTarget | null): number => {
      const bar = target instanceof Element ? target.closest(BAR_SELECTOR) : null;
      const position = bar === null ? -1 : bars.indexOf(bar);
      return position < 0 || points === 0 ? -1 : position % points;
    };
    for (const type of ['pointerover', 'click']) {
      plot.addEventListener(type, (event) => {
        const index = pointAt(event.target);
        if (index >= 0) navigation.setActive(index);
      });
    }
    count += 1;
  }
  return count;
}
