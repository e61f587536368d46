import type { ThemeMode } from '../theme/tokens';
import type { HeadingLevel } from './ChartFrame';

/** Props every recharts-based chart of this package accepts besides its data. */
export interface ChartCommonProps {
  /** Title; each chart has a default naming what it shows. */
  title?: string;
  /** Replaces the description generated from the data (keep it true to the data). */
  description?: string;
  /** `auto` (default) follows `prefers-color-scheme` and a host's `data-vnm-theme`; `light`/`dark` force one. */
  theme?: ThemeMode;
  /** Fixed width in pixels: recharts then draws without measuring (static export, tests). Default: the container's width. */
  width?: number;
  /** Height of the plot in pixels, reserved before it draws; each chart has a default that fits its data. */
  height?: number;
  /** Animate the marks; default: only when the reader has not asked for reduced motion. */
  isAnimationActive?: boolean;
  /** Level of the title's heading (default 2, which follows a page's `h1`; 1 when the chart is the page). */
  headingLevel?: HeadingLevel;
  /** Extra class on the root `<figure>`. */
  className?: string;
}
