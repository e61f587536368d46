import { mkdir, rm } from 'node:fs/promises';
import type { AnyEmbedDefinition } from './catalog';
import { installDomEnvironment } from './render/domEnvironment';
import { resolveBaseUrl } from './snippets';

/**
 * Builds `embeds` (default: the catalog) with their client scripts into `dist`, which is
 * emptied first, writing every snippet for `baseUrl` (default: `EMBED_BASE_URL`, see
 * `resolveBaseUrl`). Installs the build-time DOM before React DOM and recharts load, hence the
 * dynamic imports.
 */
export async function runBuild(
  dist: string,
  embeds?: readonly AnyEmbedDefinition[],
  baseUrl: string = resolveBaseUrl(process.env.EMBED_BASE_URL),
): Promise<{ count: number; ms: number; baseUrl: string }> {
  const dom = installDomEnvironment();
  const [{ buildEmbeds }, { bundleClient }, catalog, { chartLoaders }] = await Promise.all([
    import('./buildEmbeds'),
    import('./bundleClient'),
    import('./catalog'),
    import('./charts'),
  ]);
  await rm(dist, { recursive: true, force: true });
  await mkdir(dist, { recursive: true });
  const scripts = await bundleClient(dist);
  const { entries, ms } = await buildEmbeds({
    embeds: embeds ?? catalog.embeds,
    loadChart: (key) => chartLoaders[key](),
    dist,
    document: dom.window.document,
    scripts,
    baseUrl,
  });
  return { count: entries.length, ms, baseUrl };
}
