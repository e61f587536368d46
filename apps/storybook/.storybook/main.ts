import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';

const fromHere = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

/**
 * Files and folders other workspace members emit, served beside the Storybook so that links in the docs
 * (`/data/timeline.json`, `/embed/...`) work in the static build. Each one is optional: a
 * Storybook built before those packages have emitted anything must still build.
 */
const emittedFiles: { from: string; to: string }[] = [
  // The Data Package descriptor sits beside data/, so its relative resource paths resolve.
  { from: fromHere('../../../packages/data/dist/datapackage.json'), to: '/datapackage.json' },
  { from: fromHere('../../../packages/data/dist/data'), to: '/data' },
  { from: fromHere('../../../packages/data/dist/json-schema'), to: '/json-schema' },
  { from: fromHere('../../embed/dist'), to: '/embed' },
].filter(({ from }) => existsSync(from));

const config: StorybookConfig = {
  // Docs pages live here; component stories live beside their component in the ui package.
  stories: ['../src/**/*.mdx', '../../../packages/ui/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  staticDirs: emittedFiles,
  typescript: {
    // The ui stories import their components from source, so docgen sees the TSDoc on each prop.
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      tsconfigPath: fromHere('../../../packages/ui/tsconfig.json'),
      // Absolute: the plugin globs from this app's folder, where no component lives.
      // Only files named after their component (`Timeline/Timeline.tsx`): react-docgen-typescript
      // takes every documented export for a component, and the plugin then sets `displayName` and
      // `__docgenInfo` on it. Set on the story helper `chartArgTypes` (storyStates/chartStoryStates.tsx),
      // which stories pass as `argTypes`, both showed up in the props table as controls.
      include: [fromHere('../../../packages/ui/src/**/[A-Z]*.tsx')],
      exclude: ['**/*.stories.tsx', '**/*.test.tsx'],
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      // Props inherited from React's DOM types would bury the chart's own props in the table.
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
};

export default config;
