import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The bench package folder: bare imports in measured bundles resolve from its node_modules. */
export const benchRoot = fileURLToPath(new URL('../', import.meta.url));
/** The data package's build output. */
export const dataDist = fileURLToPath(new URL('../../packages/data/dist/', import.meta.url));
/** The embed app's build output. */
export const embedDist = fileURLToPath(new URL('../../apps/embed/dist/', import.meta.url));
