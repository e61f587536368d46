import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const client = (name: string): string => fileURLToPath(new URL(`./client/${name}`, import.meta.url));

/** Browsers the scripts target: every evergreen browser of the last few years. */
const TARGET = ['es2020'];

/** The client scripts of the embeds, bundled and minified. */
export interface BundledClient {
  /** The page's inline script (flags, iframe messaging): small enough to inline in every page. */
  inline: string;
  /** Path of the enhancement script's entry, from the dist root. */
  interactive: string;
}

/**
 * Bundles the inline page script (returned), `host.js` and `loader.js` (classic scripts for the
 * snippets) and `embed.js` (the ES module that enhances a page's static figure; the timeline's
 * part is a chunk it loads only on a timeline's page) into `dist`.
 */
export async function bundleClient(dist: string): Promise<BundledClient> {
  const common = {
    bundle: true, minify: true, target: TARGET, logLevel: 'warning', legalComments: 'none',
    // The ui package's 'use client' banner leaves empty chunk imports that esbuild reports; harmless.
    logOverride: { 'ignored-bare-import': 'silent' },
  } as const;
  const inline = await build({ ...common, entryPoints: [client('frame.ts')], format: 'iife', write: false });
  const inlineCode = inline.outputFiles[0]?.text.trim();
  if (!inlineCode) throw new Error('esbuild produced no inline script');
  await build({ ...common, entryPoints: { host: client('host.ts'), loader: client('loader.ts') }, format: 'iife', outdir: dist });
  await build({
    ...common,
    entryPoints: { embed: client('embed.ts') },
    format: 'esm',
    splitting: true,
    outdir: dist,
    chunkNames: 'chunks/[name]-[hash]',
  });
  return { inline: inlineCode, interactive: 'embed.js' };
}
