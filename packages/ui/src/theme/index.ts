export { darkTheme, lightTheme, cssVar, cssVariableName, MARK_TOKENS, TEXT_TOKENS } from './tokens';
export type { ColorToken, ThemeColors, ThemeMode } from './tokens';
export { baseCss, themeDeclarations, FRAME_CLASS, HOST_THEME_ATTRIBUTE, MODE_ATTRIBUTE } from './themeCss';
export { contrastRatio, relativeLuminance } from './contrast';
