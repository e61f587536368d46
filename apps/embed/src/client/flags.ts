import { isTheme } from './messages';
import type { Theme } from './messages';

/** The attribute that carries the theme an embed shows (on `<html>` or on the shadow host). */
export const THEME_ATTRIBUTE = 'data-vnm-theme';
/** The attribute that hides the header and footer (title, description, source, links). */
export const PLAIN_ATTRIBUTE = 'data-vnm-plain';

/** Display options a journalist sets in the URL (page) or in data attributes (script embed). */
export interface EmbedFlags {
  /** `auto` follows `prefers-color-scheme`. */
  theme: Theme;
  /** No header and footer. */
  plain: boolean;
}

/**
 * Reads `?theme=auto|light|dark` and `?plain` from a query string. An unknown theme falls
 * back to `auto` rather than breaking the page; `plain=false` and `plain=0` mean not plain.
 */
export function flagsFromQuery(search: string): EmbedFlags {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  const plain = params.get('plain');
  return {
    theme: isTheme(theme) ? theme : 'auto',
    plain: plain !== null && plain !== 'false' && plain !== '0',
  };
}

/** Applies flags to the element whose subtree the embed's stylesheet themes. */
export function applyFlags(target: Element, flags: EmbedFlags): void {
  target.setAttribute(THEME_ATTRIBUTE, flags.theme);
  target.toggleAttribute(PLAIN_ATTRIBUTE, flags.plain);
}
