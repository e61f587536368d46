/** The `type` of the message an embed page posts to its host with its content height. */
export const RESIZE_MESSAGE = 'vn-mediation:resize';
/** The `type` of the message a host page posts to an embed to force its theme. */
export const THEME_MESSAGE = 'vn-mediation:theme';

/** The `type` of the message a host page posts to ask an embed for its height again. */
export const HELLO_MESSAGE = 'vn-mediation:hello';

/** Themes an embed understands: `auto` follows the reader's `prefers-color-scheme`. */
export const THEMES = ['auto', 'light', 'dark'] as const;
/** One of {@link THEMES}. */
export type Theme = (typeof THEMES)[number];

/** An embed tells its host page how tall its content is. */
export interface ResizeMessage {
  /** Always {@link RESIZE_MESSAGE}. */
  type: typeof RESIZE_MESSAGE;
  /** The embed id, as in the manifest. */
  id: string;
  /** Content height in CSS pixels. */
  height: number;
}

/** A host page tells an embed which theme to use. */
export interface ThemeMessage {
  /** Always {@link THEME_MESSAGE}. */
  type: typeof THEME_MESSAGE;
  /** The theme to apply. */
  theme: Theme;
}

/** A host page that started after the embed asks it to repeat its height. */
export interface HelloMessage {
  /** Always {@link HELLO_MESSAGE}. */
  type: typeof HELLO_MESSAGE;
}

/** Embed ids are kebab-case; anything else in a message is not one of ours. */
const EMBED_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** No chart page is taller than this; a larger value is a forgery or a bug. */
const MAX_HEIGHT = 10_000;

/** The own fields of a plain object when they are exactly `keys`, else undefined. */
function exactFields(data: unknown, keys: readonly string[]): Map<string, unknown> | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const fields = new Map<string, unknown>(Object.entries(data));
  return fields.size === keys.length && keys.every((key) => fields.has(key)) ? fields : undefined;
}

/** Whether `value` is a valid theme name. */
export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/** Whether `data` is exactly a resize message: the right keys, a known id shape, a sane height. */
export function isResizeMessage(data: unknown): data is ResizeMessage {
  const fields = exactFields(data, ['type', 'id', 'height']);
  if (!fields) return false;
  const id = fields.get('id');
  const height = fields.get('height');
  return (
    fields.get('type') === RESIZE_MESSAGE &&
    typeof id === 'string' &&
    EMBED_ID.test(id) &&
    typeof height === 'number' &&
    Number.isFinite(height) &&
    height > 0 &&
    height <= MAX_HEIGHT
  );
}

/** Whether `data` is exactly a theme message naming a known theme. */
export function isThemeMessage(data: unknown): data is ThemeMessage {
  const fields = exactFields(data, ['type', 'theme']);
  return fields !== undefined && fields.get('type') === THEME_MESSAGE && isTheme(fields.get('theme'));
}

/** Whether `data` is exactly a hello message. */
export function isHelloMessage(data: unknown): data is HelloMessage {
  const fields = exactFields(data, ['type']);
  return fields !== undefined && fields.get('type') === HELLO_MESSAGE;
}

/** Whether `value` is an embed id (kebab-case), the only ids the scripts act on. */
export function isEmbedId(value: unknown): value is string {
  return typeof value === 'string' && EMBED_ID.test(value);
}
