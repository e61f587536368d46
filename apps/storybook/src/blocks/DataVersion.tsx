import { DATA_VERSION } from '@vn-mediation/data';

/** The version of `@vn-mediation/data` this Storybook was built with, to quote in a citation. */
export const DataVersion = () => (
  <>
    this Storybook was built with <code>@vn-mediation/data</code> version <code>{DATA_VERSION}</code>.
  </>
);
