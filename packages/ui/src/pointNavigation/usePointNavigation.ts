import { useCallback, useId, useState } from 'react';
import type { FocusEvent, KeyboardEvent, MouseEvent } from 'react';
import { nextPointIndex } from './nextPointIndex';
import { POINT_INDEX_ATTRIBUTE } from './pointIndexAttribute';

/** What `usePointNavigation` gives a chart. */
export interface PointNavigation {
  /** Index of the active data point, or -1 before the reader moves to one. */
  activeIndex: number;
  /** Makes a point active (a click on a mark, a filter change). */
  setActiveIndex: (index: number) => void;
  /** Spread on the one focusable element: a `listbox` whose `aria-activedescendant` follows the active point. */
  listboxProps: {
    role: 'listbox';
    tabIndex: 0;
    'aria-activedescendant': string | undefined;
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
    onFocus: (event: FocusEvent<HTMLElement>) => void;
    onClick: (event: MouseEvent<HTMLElement>) => void;
  };
  /** The id of the option element of point `index`. */
  optionId: (index: number) => string;
}

/**
 * Roving focus over a chart's data points with one tab stop: the listbox holds focus, arrow
 * keys, Home and End move the active option, and `aria-activedescendant` makes screen readers
 * announce it. Enter and Space call `onActivate` (e.g. to open the point's source).
 */
export function usePointNavigation(count: number, onActivate?: (index: number) => void): PointNavigation {
  const prefix = useId();
  const [storedIndex, setStoredIndex] = useState(-1);
  // Derived, not synced: when the data shrinks the active point moves to the last one left.
  const activeIndex = count <= 0 ? -1 : Math.min(storedIndex, count - 1);
  const optionId = useCallback((index: number) => `${prefix}-point-${index}`, [prefix]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if ((event.key === 'Enter' || event.key === ' ') && activeIndex >= 0) {
      event.preventDefault();
      onActivate?.(activeIndex);
      return;
    }
    const next = nextPointIndex(event.key, activeIndex, count);
    if (next === null) return;
    event.preventDefault();
    setStoredIndex(next);
    const option = event.currentTarget.ownerDocument.getElementById(optionId(next));
    // jsdom has no scrollIntoView; browsers keep a long list's active option in view.
    if (option !== null && typeof option.scrollIntoView === 'function') option.scrollIntoView({ block: 'nearest' });
  };

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    if (event.target === event.currentTarget && activeIndex < 0 && count > 0) setStoredIndex(0);
  };

  const onClick = (event: MouseEvent<HTMLElement>) => {
    const target = event.target instanceof Element ? event.target.closest(`[${POINT_INDEX_ATTRIBUTE}]`) : null;
    const index = Number(target?.getAttribute(POINT_INDEX_ATTRIBUTE));
    if (target !== null && Number.isInteger(index) && index >= 0 && index < count) setStoredIndex(index);
  };

  return {
    activeIndex,
    setActiveIndex: setStoredIndex,
    listboxProps: {
      role: 'listbox',
      tabIndex: 0,
      'aria-activedescendant': activeIndex >= 0 ? optionId(activeIndex) : undefined,
      onKeyDown,
      onFocus,
      onClick,
    },
    optionId,
  };
}
