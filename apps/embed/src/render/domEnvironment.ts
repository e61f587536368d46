import { JSDOM } from 'jsdom';

/** The globals React DOM and recharts read at import time or while rendering. */
const DOM_GLOBALS = [
  'document',
  'navigator',
  'Node',
  'Element',
  'HTMLElement',
  'SVGElement',
  'DocumentFragment',
  'Text',
  'Event',
  'MutationObserver',
  'getComputedStyle',
  'requestAnimationFrame',
  'cancelAnimationFrame',
] as const;

/** A fixed-size stand-in: charts get explicit width/height, so nothing needs measuring. */
class FixedSizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

/**
 * Installs a jsdom window as Node's globals, so React DOM and recharts can render real SVG
 * at build time without a browser. Must run before `react-dom` or `recharts` is imported:
 * both capture `window`/`document` when their modules load.
 */
export function installDomEnvironment(): JSDOM {
  const dom = new JSDOM('<!doctype html><html lang="en"><body></body></html>', {
    pretendToBeVisual: true,
    url: 'https://embed.invalid/',
  });
  const target = globalThis as Record<string, unknown>;
  const source = dom.window as unknown as Record<string, unknown>;
  Object.defineProperty(target, 'window', { value: dom.window, configurable: true, writable: true });
  for (const key of DOM_GLOBALS) {
    const value = source[key];
    Object.defineProperty(target, key, {
      value: typeof value === 'function' && !/^[A-Z]/.test(key) ? value.bind(dom.window) : value,
      configurable: true,
      writable: true,
    });
  }
  // Overwritten, not `??=`: any inherited observer would report a size of 0.
  target.ResizeObserver = FixedSizeObserver;
  (dom.window as unknown as Record<string, unknown>).ResizeObserver = FixedSizeObserver;
  // Tells React that `act` is in charge, so effects flush before we read the DOM.
  target.IS_REACT_ACT_ENVIRONMENT = true;
  return dom;
}
