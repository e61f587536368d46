import type { Preview } from '@storybook/react-vite';
import { DocsPage } from './DocsPage';
import { VIEWPORTS } from './viewports';
import { THEME_MODES, withTheme } from './withTheme';

const THEME_TITLES: Readonly<Record<(typeof THEME_MODES)[number], string>> = {
  light: 'Light',
  dark: 'Dark',
  auto: 'Auto (follows the system setting)',
};

const preview: Preview = {
  // Every component gets a generated docs page: props table with the TSDoc of each prop.
  tags: ['autodocs'],
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'Chart theme (sets data-vnm-theme on the page around the chart)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: THEME_MODES.map((mode) => ({ value: mode, title: THEME_TITLES[mode] })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    // The theme decorator paints the whole canvas, so a dark story is dark to the edges.
    layout: 'fullscreen',
    // Any axe violation marks the story failed in the Accessibility panel, not a warning.
    a11y: { test: 'error' },
    viewport: { options: VIEWPORTS },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { page: DocsPage },
    options: {
      storySort: {
        order: ['Introduction', 'Getting started', 'Embedding', 'Datasets', 'Accessibility status', 'Charts', '*'],
      },
    },
  },
};

export default preview;
