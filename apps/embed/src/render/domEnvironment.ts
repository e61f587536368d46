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

// Liberation Sans (the PNG font, metric-compatible with Arial) averages about 0.5 em per
// character in English text; 0.56 errs wide, so a label wraps a little early rather than run off.
const AVERAGE_CHARACTER_EM = 0.56;

/** A CSS font-size in px; recharts' default is `1rem` (16 px, the browser default root size). */
function fontSizeInPixels(cssValue: string): number {
  const size = Number.parseFloat(cssValue);
  if (!Number.isFinite(size)) return 16;
  return /r?em$/.test(cssValue.trim()) ? size * 16 : size;
}

/**
 * jsdom has no layout, so every element measures 0 × 0 and recharts' `<Text width>` never wraps a
 * label. recharts measures strings in one hidden span; give that span an estimated size.
 */
function estimateTextBoxes(window: JSDOM['window']): void {
  const measure = window.HTMLElement.prototype.getBoundingClientRect;
  window.HTMLElement.prototype.getBoundingClientRect = function estimatedRect(this: HTMLElement): DOMRect {
    const rect = measure.call(this);
    if (this.id !== 'recharts_measurement_span') return rect;
    const fontSize = fontSizeInPixels(this.style.fontSize);
    const width = (this.textContent ?? '').length * fontSize * AVERAGE_CHARACTER_EM;
    const height = fontSize * 1.2;
    const box = { x: 0, y: 0, top: 0, left: 0, width, height, right: width, bottom: height };
    return { ...box, toJSON: () => box };
  };
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
  estimateTextBoxes(dom.window);
  // Tells React that `act` is in charge, so effects flush before we read the DOM.
  target.IS_REACT_ACT_ENVIRONMENT = true;
  return dom;
}
