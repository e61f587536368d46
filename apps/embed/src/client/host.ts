// Runs on the journalist's page next to the iframe snippet. It resizes each embed iframe to the
// height its page reports, and forwards a theme the host forces with <html data-vnm-theme>.
// Anything that is not exactly one of our messages, from the iframe it names, is ignored.
import { THEME_ATTRIBUTE } from './flags';
import { HELLO_MESSAGE, isEmbedId, isResizeMessage, isTheme, THEME_MESSAGE } from './messages';
import type { HelloMessage, ThemeMessage } from './messages';

/** The attribute the iframe snippet carries, holding the embed id. */
const FRAME_ATTRIBUTE = 'data-vn-mediation-frame';

function embedFrames(): HTMLIFrameElement[] {
  return Array.from(document.querySelectorAll<HTMLIFrameElement>(`iframe[${FRAME_ATTRIBUTE}]`));
}

function frameOrigin(frame: HTMLIFrameElement): string | undefined {
  try {
    return new URL(frame.src, document.baseURI).origin;
  } catch {
    return undefined;
  }
}

function post(frame: HTMLIFrameElement, message: ThemeMessage | HelloMessage): void {
  const origin = frameOrigin(frame);
  // Targeting the frame's own origin: if it navigated elsewhere, the browser drops the message.
  if (origin && origin !== 'null') frame.contentWindow?.postMessage(message, origin);
}

function forcedTheme(): ThemeMessage | undefined {
  const theme = document.documentElement.getAttribute(THEME_ATTRIBUTE);
  return isTheme(theme) ? { type: THEME_MESSAGE, theme } : undefined;
}

function greet(frame: HTMLIFrameElement): void {
  const theme = forcedTheme();
  if (theme) post(frame, theme);
  post(frame, { type: HELLO_MESSAGE });
}

function onMessage(event: MessageEvent<unknown>): void {
  if (!isResizeMessage(event.data)) return;
  const { id, height } = event.data;
  const frame = embedFrames().find((candidate) => candidate.contentWindow === event.source);
  if (!frame) return;
  if (event.origin !== frameOrigin(frame)) return;
  if (frame.getAttribute(FRAME_ATTRIBUTE) !== id || !isEmbedId(id)) return;
  frame.style.height = `${String(height)}px`;
}

const greeted = new WeakSet<HTMLIFrameElement>();
function watchFrames(): void {
  for (const frame of embedFrames()) {
    if (greeted.has(frame)) continue;
    greeted.add(frame);
    // A lazy iframe loads later than this script; one that already loaded missed our listener.
    frame.addEventListener('load', () => greet(frame));
    greet(frame);
  }
}

// Every iframe snippet carries this script; a page with several embeds must listen once.
const INSTALLED = Symbol.for('vn-mediation:host');
if (!Reflect.has(globalThis, INSTALLED)) {
  Reflect.set(globalThis, INSTALLED, true);
  addEventListener('message', onMessage);
  new MutationObserver(() => {
    const theme = forcedTheme();
    if (theme) for (const frame of embedFrames()) post(frame, theme);
  }).observe(document.documentElement, { attributes: true, attributeFilter: [THEME_ATTRIBUTE] });
}
watchFrames();
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchFrames);

