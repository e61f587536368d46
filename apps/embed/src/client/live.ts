// The lazily loaded half of embed.js: React, the chart, and the swap of the static figure for
// the live one. Loaded only when the page asks for interactivity.
import { createElement } from 'react';
import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { chartLoaders } from '../charts';
import type { ChartKey } from '../charts';
import { makeTitleTopHeading, REFERENCES_CLASS } from '../page/staticFigure';

const FOCUSABLE = 'a[href],button,input,select,textarea,summary,[tabindex]';

/** What the build wrote into the page's JSON island. */
export interface Island {
  /** The chart to mount. */
  chart: ChartKey;
  /** Its props, as the build rendered the static figure with. */
  props: Record<string, unknown>;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Waits until the live chart has committed (and recharts, if any, has drawn its SVG). */
async function drawn(container: Element): Promise<boolean> {
  for (let frame = 0; frame < 120; frame += 1) {
    await nextFrame();
    const figure = container.querySelector('figure');
    if (figure && (!figure.querySelector('.vnm-plot') || figure.querySelector('.vnm-plot svg'))) return true;
  }
  return false;
}

/** Mounts the live chart off-screen, then swaps it in for the static figure in `content`. */
export async function goLive(content: Element, island: Island): Promise<void> {
  const Component = await chartLoaders[island.chart]();
  const live = document.createElement('div');
  // Off-screen but laid out, so the chart renders at its size before it replaces the static one.
  live.style.cssText = 'position:absolute;left:-10000px;top:0;width:100%';
  content.append(live);
  // The island's props were written by the build from the catalog, where they were type-checked.
  createRoot(live).render(createElement(Component as ComponentType<Record<string, unknown>>, island.props));
  if (!(await drawn(live))) {
    live.remove();
    return;
  }
  const isStatic = (element: Element): boolean => !live.contains(element);
  const oldFocusables = Array.from(content.querySelectorAll(FOCUSABLE)).filter(isStatic);
  const focusIndex = oldFocusables.findIndex((element) => element === document.activeElement);
  const openDetails = Array.from(content.querySelectorAll('details')).filter(isStatic).map((element) => element.open);
  const downloads = content.querySelector('.vnm-downloads');
  const caption = live.querySelector('figcaption');
  if (downloads && caption) caption.append(downloads);
  // The build linked the source line's footnotes to their references: keep its line and list.
  const source = content.querySelector('.vnm-source');
  const references = content.querySelector(`.${REFERENCES_CLASS}`);
  const liveSource = live.querySelector('.vnm-source');
  if (source && liveSource) {
    liveSource.replaceWith(source);
    if (references) source.after(references);
  }
  const figure = live.querySelector('figure');
  if (figure) makeTitleTopHeading(figure);
  live.style.cssText = '';
  content.replaceChildren(live);
  // Keep the reader where they were: the same disclosure open, the same control focused.
  live.querySelectorAll('details').forEach((element, i) => {
    if (openDetails[i]) element.open = true;
  });
  if (focusIndex >= 0) {
    const target = live.querySelectorAll(FOCUSABLE)[focusIndex];
    if (target instanceof HTMLElement) target.focus();
  }
  document.documentElement.setAttribute('data-vnm-live', '');
}
