// The listbox pattern of the React charts (`usePointNavigation`), over static markup: one tab
// stop, the arrow keys, Home and End move the active option (`nextPointIndex`, shared with ui),
// `aria-activedescendant` makes screen readers announce the option's text, which the build wrote
// from the chart's model.
import { nextPointIndex, POINT_INDEX_ATTRIBUTE } from '@vn-mediation/ui/navigation';

/** What a chart does when its active point changes or is activated. */
export interface ListboxHandlers {
  /** The active point moved (keys, focus, a click or a hover); `option` is its element. */
  onActive: (index: number, option: HTMLElement) => void;
  /** Enter or Space on the active point. */
  onActivate?: (index: number) => void;
}

/** A listbox made navigable. */
export interface Listbox {
  /** Index of the active option, or -1 before the reader moves to one. */
  active: () => number;
  /** Makes option `index` active (clamped to the options there are). */
  setActive: (index: number) => void;
  /** Re-reads the options after the chart replaced them, keeping the active index where it can. */
  refresh: () => void;
}

function optionsOf(listbox: HTMLElement): HTMLElement[] {
  return Array.from(listbox.querySelectorAll('[role="option"]')).filter((option): option is HTMLElement => option instanceof HTMLElement);
}

/** Gives `listbox` its tab stop and keyboard map; the options keep the ids the build gave them. */
export function enhanceListbox(listbox: HTMLElement, handlers: ListboxHandlers): Listbox {
  let options = optionsOf(listbox);
  let stored = -1;
  // As in the React hook: when the options shrink, the active one is the last one left.
  const active = (): number => (options.length === 0 ? -1 : Math.min(stored, options.length - 1));

  const show = (): void => {
    const index = active();
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const option = options[index];
    if (option === undefined) {
      listbox.removeAttribute('aria-activedescendant');
      return;
    }
    listbox.setAttribute('aria-activedescendant', option.id);
    handlers.onActive(index, option);
  };
  const setActive = (index: number): void => {
    stored = index;
    show();
  };

  listbox.tabIndex = 0;
  listbox.addEventListener('keydown', (event) => {
    const index = active();
    if ((event.key === 'Enter' || event.key === ' ') && index >= 0) {
      event.preventDefault();
      handlers.onActivate?.(index);
      return;
    }
    const next = nextPointIndex(event.key, index, options.length);
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    options[next]?.scrollIntoView({ block: 'nearest' });
  });
  listbox.addEventListener('focus', () => {
    if (active() < 0 && options.length > 0) setActive(0);
  });
  listbox.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest(`[${POINT_INDEX_ATTRIBUTE}]`) : null;
    const index = Number(target?.getAttribute(POINT_INDEX_ATTRIBUTE));
    if (target !== null && Number.isInteger(index) && index >= 0 && index < options.length) setActive(index);
  });

  return {
    active,
    setActive,
    refresh: () => {
      options = optionsOf(listbox);
      show();
    },
  };
}
