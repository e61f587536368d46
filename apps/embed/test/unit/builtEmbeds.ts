// The build's output as the tests read it: the manifest and each embed's files, from `dist`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One embed as `manifest.json` lists it. */
export interface BuiltEmbed {
  /** Embed id. */
  readonly id: string;
  /** Title. */
  readonly title: string;
  /** Description, as the page shows it. */
  readonly description: string;
  /** Chart key. */
  readonly chart: string;
  /** Paths from the dist root. */
  readonly files: Readonly<Record<'html' | 'svg' | 'svgDark' | 'png' | 'pngDark' | 'csv' | 'json', string>>;
}

/** The built embed folder. */
export const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every embed of the last build; throws, saying how to make one, when there is no build. */
export function builtEmbeds(): BuiltEmbed[] {
  const manifest = join(dist, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`no build at ${dist}: run \`pnpm --filter @vn-mediation/embed build\` first`);
  const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || !('embeds' in parsed) || !Array.isArray(parsed.embeds)) throw new Error(`${manifest} has no embeds list`);
  // The manifest is our own build's output, written from ManifestEntry.
  return parsed.embeds as BuiltEmbed[];
}

/** A file of the build, as text. */
export function builtFile(path: string): string {
  return readFileSync(join(dist, path), 'utf8');
}

/** A file of the build, as bytes (to check what a text decoder would hide, such as a byte-order mark). */
export function builtBytes(path: string): Buffer {
  return readFileSync(join(dist, path));
}
