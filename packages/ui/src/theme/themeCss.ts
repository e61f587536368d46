import { darkTheme, lightTheme, cssVariableName } from './tokens';
import type { ColorToken, ThemeColors } from './tokens';

/** Class name of the root element of every chart; the theme's custom properties live on it. */
export const FRAME_CLASS = 'vnm-frame';

/** Attribute a host page sets on any ancestor to force a theme on `auto` charts. */
export const HOST_THEME_ATTRIBUTE = 'data-vnm-theme';

/** Attribute on each chart root that carries its `theme` prop. */
export const MODE_ATTRIBUTE = 'data-vnm-theme-mode';

/** CSS declarations setting every token's custom property to a theme's value. */
export function themeDeclarations(theme: ThemeColors, scheme: 'light' | 'dark'): string {
  const tokens = Object.keys(theme) as ColorToken[];
  const declarations = tokens.map((token) => `${cssVariableName(token)}:${theme[token]};`).join('');
  return `${declarations}color-scheme:${scheme};`;
}

const frame = `.${FRAME_CLASS}`;
const auto = `${frame}[${MODE_ATTRIBUTE}="auto"]`;

/**
 * The stylesheet every chart carries in its own `<style>`: light by default, dark under
 * `prefers-color-scheme: dark` for `auto` charts, forced by a host ancestor's
 * `data-vnm-theme` (which only `auto` charts follow) or by the chart's own `theme` prop.
 * Kept inside the JS so an embed or a server render needs no CSS import.
 */
export const baseCss = [
  `${frame}{${themeDeclarations(lightTheme, 'light')}}`,
  `@media (prefers-color-scheme: dark){${auto}{${themeDeclarations(darkTheme, 'dark')}}}`,
  `[${HOST_THEME_ATTRIBUTE}="light"] ${auto}{${themeDeclarations(lightTheme, 'light')}}`,
  `[${HOST_THEME_ATTRIBUTE}="dark"] ${auto},${frame}[${MODE_ATTRIBUTE}="dark"]{${themeDeclarations(darkTheme, 'dark')}}`,
  `${frame}{margin:0;padding:1rem;box-sizing:border-box;max-width:100%;color:var(--vnm-text);background:var(--vnm-background);font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1rem;line-height:1.45;container-type:inline-size}`,
  `${frame} *,${frame} *::before,${frame} *::after{box-sizing:inherit}`,
  `.vnm-title{margin:0 0 .25rem;font-size:1.15rem;line-height:1.3}`,
  `.vnm-description{margin:0 0 .75rem;color:var(--vnm-textMuted)}`,
  `.vnm-plot{position:relative;width:100%;overflow:hidden}`,
  `.vnm-plot svg{overflow:visible}`,
  `.vnm-plot text{fill:var(--vnm-text)}`,
  `.vnm-points{position:absolute;inset:0;pointer-events:none;border-radius:4px}`,
  `.vnm-points:focus{outline:none}`,
  `.vnm-points:focus-visible{outline:3px solid var(--vnm-focus);outline-offset:2px}`,
  `.vnm-readout{min-height:1.45em;margin:.5rem 0 0;font-variant-numeric:tabular-nums}`,
  `.vnm-sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}`,
  `.vnm-caption{margin-top:.75rem;font-size:.875rem;color:var(--vnm-textMuted)}`,
  `.vnm-caption p{margin:.25rem 0}`,
  `.vnm-notes{margin:.25rem 0;padding-left:1.25rem}`,
  `.vnm-table-disclosure{margin-top:.75rem}`,
  `.vnm-table-disclosure>summary{cursor:pointer;color:var(--vnm-text);font-weight:600}`,
  `${frame} :is(summary,button,select,input):focus-visible{outline:3px solid var(--vnm-focus);outline-offset:2px}`,
  `.vnm-table-scroll{overflow-x:auto;margin-top:.5rem}`,
  `.vnm-table{border-collapse:collapse;font-size:.875rem;min-width:100%}`,
  `.vnm-table caption{text-align:left;font-weight:600;padding:.25rem 0}`,
  `.vnm-table :is(th,td){border-bottom:1px solid var(--vnm-border);padding:.35rem .5rem;text-align:left;vertical-align:top}`,
  `.vnm-table td[data-align="end"],.vnm-table th[data-align="end"]{text-align:right;font-variant-numeric:tabular-nums}`,
  `.vnm-state{border:1px dashed var(--vnm-border);border-radius:4px;padding:1rem;background:var(--vnm-surface)}`,
  `.vnm-state p{margin:0 0 .25rem}`,
  `${frame} button{font:inherit;color:var(--vnm-text);background:var(--vnm-surface);border:1px solid var(--vnm-border);border-radius:4px;padding:.25rem .6rem;cursor:pointer}`,
  `.vnm-facts{margin-top:.75rem}`,
  `.vnm-legend{margin:.5rem 0 0;font-size:.875rem}`,
  `.vnm-panel-title{margin:0;height:28px;line-height:28px;font-size:.875rem;font-weight:600}`,
  `.vnm-facts-heading{margin:0 0 .25rem;font-weight:600}`,
  `.vnm-facts dl{margin:0;display:grid;gap:.35rem}`,
  `.vnm-facts dt{color:var(--vnm-textMuted);font-size:.875rem}`,
  `.vnm-facts dd{margin:0}`,
  `@media (prefers-reduced-motion: reduce){${frame} *{animation:none!important;transition:none!important}}`,
].join('\n');
