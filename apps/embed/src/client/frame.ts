// Runs inline in every embed page. It applies the URL flags before first paint and, when the
// page is inside an iframe, keeps the host informed of its height and accepts a forced theme.
import { applyFlags, flagsFromQuery, THEME_ATTRIBUTE } from './flags';
import { isHelloMessage, isThemeMessage, RESIZE_MESSAGE } from './messages';
import type { ResizeMessage } from './messages';

const root = document.documentElement;
applyFlags(root, flagsFromQuery(location.search));

const parentWindow = window.parent;
const id = root.getAttribute('data-vnm-embed') ?? '';

/** The host page's origin, when the browser told us (it does unless the host hides referrers). */
function hostOrigin(): string | undefined {
  try {
    return document.referrer ? new URL(document.referrer).origin : undefined;
  } catch {
    return undefined;
  }
}

if (parentWindow !== window && id) {
  let lastHeight = 0;
  const postHeight = (force: boolean): void => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height <= 0 || (!force && height === lastHeight)) return;
    lastHeight = height;
    const message: ResizeMessage = { type: RESIZE_MESSAGE, id, height };
    // The height is not a secret and we cannot know the host's origin in advance: '*'.
    parentWindow.postMessage(message, '*');
  };

  const start = (): void => {
    new ResizeObserver(() => postHeight(false)).observe(document.body);
    postHeight(true);
  };
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);

  const expectedOrigin = hostOrigin();
  addEventListener('message', (event: MessageEvent<unknown>) => {
    // Only our direct parent may steer us, and only with a message of the exact shape.
    if (event.source !== parentWindow) return;
    if (expectedOrigin !== undefined && event.origin !== expectedOrigin) return;
    if (isThemeMessage(event.data)) root.setAttribute(THEME_ATTRIBUTE, event.data.theme);
    else if (isHelloMessage(event.data)) postHeight(true);
  });
}
