import type { Decorator } from '@storybook/react-vite';
import { userEvent } from 'storybook/test';

// The states every chart shows designers in the same way, written once; each stories file still
// exports its own named stories (Storybook indexes exports), pointing at these.

/** Controls for the props every recharts chart shares. */
export const chartArgTypes = {
  theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  width: { control: { type: 'number', min: 240, max: 1200 } },
  height: { control: { type: 'number', min: 120, max: 800 } },
  // Stories keep animation off for stable screenshots; Storybook's boolean toggle also fails
  // axe colour contrast on docs pages, so the control is left out.
  isAnimationActive: { control: false },
} as const;

/** Forced dark theme, whatever the system asks for. */
export const darkThemeState = { args: { theme: 'dark' } } as const;

/** A 360px phone: the real viewport, not a narrow wrapper, so media and container queries apply. */
export const mobileState = { globals: { viewport: { value: 'mobile360' } } } as const;

const wideWrapper: Decorator = (Story) => <div style={{ width: 1100 }}>{Story()}</div>;

/** A wide page. */
export const wideState = { decorators: [wideWrapper] };

/** The chart focused and its second data point made active, as a keyboard user would. */
export const keyboardFocusState = {
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    // The chart's one tab stop: a listbox of data points, or the argument map's active item.
    canvasElement.querySelector<HTMLElement>('[role="listbox"], .vnm-am summary[tabindex="0"]')?.focus();
    await userEvent.keyboard('{ArrowRight}');
  },
};
