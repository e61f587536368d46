import type { Decorator } from '@storybook/react-vite';
import { HOST_THEME_ATTRIBUTE, darkTheme, lightTheme } from '@vn-mediation/ui';

/** The values of the toolbar's theme switch; `auto` follows the reader's `prefers-color-scheme`. */
export const THEME_MODES = ['light', 'dark', 'auto'] as const;

/** One of {@link THEME_MODES}. */
export type ThemeMode = (typeof THEME_MODES)[number];

const isThemeMode = (value: unknown): value is ThemeMode => THEME_MODES.some((mode) => mode === value);

/**
 * Wraps every story in a host element carrying `data-vnm-theme`, the attribute a page that embeds
 * a chart sets to force its theme (charts on `theme="auto"` follow it), and paints the canvas with
 * that theme's background (or the one the story's `theme` arg forces) so a dark chart is not
 * framed by a white page. `auto` sets no attribute:
 * the chart follows the system setting, as it would on a page that does nothing.
 */
export const withTheme: Decorator = (Story, context) => {
  const requested: unknown = context.globals.theme;
  const mode: ThemeMode = isThemeMode(requested) ? requested : 'light';
  // A story that forces the chart's own `theme` prop gets a canvas to match it.
  const forced: unknown = context.args.theme;
  const prefersDark = typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches;
  const canvas = forced === 'light' || forced === 'dark' ? forced : mode === 'auto' ? (prefersDark ? 'dark' : 'light') : mode;
  const resolved = canvas === 'dark' ? darkTheme : lightTheme;
  const host = mode === 'auto' ? {} : { [HOST_THEME_ATTRIBUTE]: mode };
  return (
    <div
      {...host}
      // Storybook's layout is `fullscreen`, so this wrapper is the whole canvas and paints it.
      style={{
        background: resolved.background,
        color: resolved.text,
        padding: '1rem',
        minHeight: context.viewMode === 'docs' ? undefined : '100vh',
        boxSizing: 'border-box',
      }}
    >
      <Story />
    </div>
  );
};
