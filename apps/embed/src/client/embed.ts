// The optional interactivity of an embed page, kept tiny: the page is complete without it.
// It loads React and the chart (./live) only once the chart is on screen and the browser is
// idle, or at once when the reader points at or focuses it; the static figure stays until the
// live one has drawn, so nothing flashes or shifts.
import { isChartKey } from '../charts';
import type { Island } from './live';

function readIsland(): Island | undefined {
  const text = document.getElementById('vnm-island')?.textContent;
  if (!text) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const fields = new Map<string, unknown>(Object.entries(parsed));
  const chart = fields.get('chart');
  const props = fields.get('props');
  if (!isChartKey(chart) || typeof props !== 'object' || props === null || Array.isArray(props)) return undefined;
  return { chart, props: Object.fromEntries(Object.entries(props)) };
}

const content = document.querySelector('[data-vnm-content]');
const island = readIsland();
if (content && island) {
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    void import('./live').then(({ goLive }) => goLive(content, island));
  };
  for (const type of ['pointerover', 'focusin', 'touchstart']) content.addEventListener(type, start, { once: true, passive: true });
  new IntersectionObserver((entries, observer) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 3000 });
    else setTimeout(start, 200);
  }).observe(content);
} else if (content) {
  console.warn('vn-mediation: this page has no valid chart description; it stays static');
}
