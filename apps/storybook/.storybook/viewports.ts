import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import type { ViewportMap } from 'storybook/viewport';

/**
 * Viewports in the toolbar. Stories pick one with `globals: { viewport: { value: 'mobile360' } }`;
 * the browser test reads the same key and resizes its page to it, so a story's screenshot is taken
 * at the width the story asks for.
 */
export const VIEWPORTS: ViewportMap = {
  mobile360: {
    name: 'Mobile, 360 px (the narrowest we support)',
    styles: { width: '360px', height: '740px' },
    type: 'mobile',
  },
  ...MINIMAL_VIEWPORTS,
  wide: {
    name: 'Wide, 1440 px',
    styles: { width: '1440px', height: '900px' },
    type: 'desktop',
  },
};
