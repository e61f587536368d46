export { lightTheme } from './theme/tokens';
export type { ColorToken, ThemeColors } from './theme/tokens';
