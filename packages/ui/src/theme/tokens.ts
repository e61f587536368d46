/** Names of the colour tokens every chart reads through CSS custom properties. */
export type ColorToken = 'text' | 'textMuted' | 'background' | 'surface' | 'border' | 'focus';

/** A complete set of colour values for one theme. */
export type ThemeColors = Readonly<Record<ColorToken, string>>;

/** Light theme: text meets 4.5:1 on `background`. */
export const lightTheme: ThemeColors = {
  text: '#1a1a1a',
  textMuted: '#4d4d4d',
  background: '#ffffff',
  surface: '#f4f4f4',
  border: '#767676',
  focus: '#0b57d0',
};
