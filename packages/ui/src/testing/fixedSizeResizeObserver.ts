/**
 * jsdom lays nothing out, so recharts' ResponsiveContainer measures 0 × 0 and draws nothing. Tests
 * that exercise the responsive path install this instead: a ResizeObserver that reports one fixed
 * box as soon as it observes an element.
 */
export function fixedSizeResizeObserver(width: number, height: number): typeof ResizeObserver {
  class FixedSizeResizeObserver {
    private readonly callback: ResizeObserverCallback;
    constructor(callback: ResizeObserverCallback) {
      this.callback = callback;
    }
    observe(target: Element) {
      const entry = { target, contentRect: { width, height } };
      // Only the fields ResponsiveContainer reads; a real entry cannot be constructed in jsdom.
      this.callback([entry as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  }
  return FixedSizeResizeObserver as unknown as typeof ResizeObserver;
}
