/** Names of the colour tokens every chart reads through CSS custom properties. */
export type ColorToken =
  | 'text'
  | 'textMuted'
  | 'background'
  | 'surface'
  | 'border'
  | 'focus'
  | 'grid'
  | 'mark1'
  | 'mark2'
  | 'mark3'
  | 'mark4'
  | 'mark5';

/** A complete set of colour values for one theme. */
export type ThemeColors = Readonly<Record<ColorToken, string>>;

/** Tokens that carry text and must reach 4.5:1 on `background` and `surface`. */
export const TEXT_TOKENS = ['text', 'textMuted', 'focus'] as const satisfies readonly ColorToken[];

/** Tokens that draw marks (bars, points, borders of controls) and must reach 3:1 on `background` and `surface`. */
export const MARK_TOKENS = ['border', 'mark1', 'mark2', 'mark3', 'mark4', 'mark5'] as const satisfies readonly ColorToken[];

/** Light theme: text meets 4.5:1 and marks 3:1 on `background` and `surface`. */
export const lightTheme: ThemeColors = {
  text: '#1a1a1a',
  textMuted: '#4d4d4d',
  background: '#ffffff',
  surface: '#f4f4f4',
  border: '#767676',
  focus: '#0b57d0',
  grid: '#d0d0d0',
  mark1: '#1f5fa8',
  mark2: '#b3261e',
  mark3: '#1e7a3c',
  mark4: '#7a3fa0',
  mark5: '#8a5300',
};

/** Dark theme: text meets 4.5:1 and marks 3:1 on `background` and `surface`. */
export const darkTheme: ThemeColors = {
  text: '#f1f1f1',
  textMuted: '#c4c4c4',
  background: '#16181c',
  surface: '#22252b',
  border: '#9a9a9a',
  focus: '#8ab4f8',
  grid: '#3c4048',
  mark1: '#7fb2f0',
  mark2: '#f28b82',
  mark3: '#81c995',
  mark4: '#d2a8f5',
  mark5: '#f3c26b',
};

/** The themes a chart can be forced into; `auto` follows `prefers-color-scheme`. */
export type ThemeMode = 'auto' | 'light' | 'dark';

/** The CSS custom property that carries a token, e.g. `--vnm-mark1`. */
export function cssVariableName(token: ColorToken): `--vnm-${ColorToken}` {
  return `--vnm-${token}`;
}

/** A `var(...)` reference to a token, for SVG `fill`/`stroke` and inline styles. */
export function cssVar(token: ColorToken): string {
  return `var(${cssVariableName(token)})`;
}
