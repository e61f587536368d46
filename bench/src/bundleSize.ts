import { build } from 'esbuild';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Byte counts of one minified bundle. */
export interface BundleBytes {
  /** Minified bytes. */
  raw: number;
  /** gzip -9 bytes. */
  gzip: number;
  /** brotli quality 11 bytes. */
  brotli: number;
  /** Source files that ended up in the bundle, relative to the resolve directory. */
  inputs: string[];
  /** The minified bundle itself, for inspection. */
  code: string;
}

/** Options for {@link bundleEntry}. */
export interface BundleOptions {
  /** Where bare imports resolve from (a folder with node_modules). */
  resolveDir: string;
  /** Packages left out of the bundle, as a consumer that already ships them would. */
  external?: readonly string[];
  /** Loader for the entry source. */
  loader?: 'js' | 'jsx' | 'ts' | 'tsx';
}

/** Compressed sizes of a string, as a CDN would serve it. */
export function compressedBytes(text: string | Uint8Array): { raw: number; gzip: number; brotli: number } {
  const buffer = typeof text === 'string' ? Buffer.from(text) : Buffer.from(text);
  return {
    raw: buffer.byteLength,
    gzip: gzipSync(buffer, { level: 9 }).byteLength,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
  };
}

/**
 * Bundles `source` the way a consumer's production build would (esbuild, ESM, minified,
 * tree-shaken, NODE_ENV=production) and returns its size.
 */
export async function bundleEntry(source: string, options: BundleOptions): Promise<BundleBytes> {
  const result = await build({
    stdin: { contents: source, resolveDir: options.resolveDir, loader: options.loader ?? 'js', sourcefile: 'entry.js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: [...(options.external ?? [])],
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no output');
  const code = output.text;
  return { ...compressedBytes(code), inputs: Object.keys(result.metafile.inputs), code };
}
