// Entry of `pnpm run build`: the static embed folder, deployable to any static host or CDN.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { runBuild } from './runBuild';

const start = performance.now();
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const { count, ms, baseUrl } = await runBuild(dist);
console.log(`built ${String(count)} embeds (render ${String(Math.round(ms))} ms, total ${String(Math.round(performance.now() - start))} ms) into ${dist}`);
console.log(`snippets point at ${baseUrl}${baseUrl.startsWith('http') ? '' : ' (relative: set EMBED_BASE_URL=https://… to the folder’s address before publishing)'}`);
