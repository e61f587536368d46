import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** Where Debian (and most Linux distributions) install fonts; fonts-liberation lands here. */
const FONT_ROOT = '/usr/share/fonts';

function findFontFiles(directory: string, pattern: RegExp): string[] {
  if (!existsSync(directory)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) found.push(...findFontFiles(path, pattern));
    else if (pattern.test(entry.name)) found.push(path);
  }
  return found;
}

/** The fonts the PNGs are drawn with: Liberation Sans (metric-compatible with Arial) when installed. */
export interface FontSetup {
  /** Font files handed to resvg; empty when we fall back to scanning the system. */
  files: string[];
  /** Whether resvg scans the system fonts itself (slower, used when Liberation is missing). */
  loadSystemFonts: boolean;
  /** Family used for text whose family is not found. */
  defaultFamily: string | undefined;
}

/** Picks Liberation Sans files when present, otherwise lets resvg use whatever the system has. */
export function findFonts(root = FONT_ROOT): FontSetup {
  const files = findFontFiles(root, /^LiberationSans-(Regular|Bold|Italic|BoldItalic)\.ttf$/);
  return files.length > 0
    ? { files, loadSystemFonts: false, defaultFamily: 'Liberation Sans' }
    : { files: [], loadSystemFonts: true, defaultFamily: undefined };
}

/** Width and height an SVG document declares, in CSS pixels. */
export function svgSize(svg: string): { width: number; height: number } {
  const size = new Resvg(svg, { font: { loadSystemFonts: false } });
  return { width: Math.round(size.width), height: Math.round(size.height) };
}

/** Longest side of a PNG, in pixels: past it an image is too heavy to share and no sharper in print. */
const MAX_SIDE = 2400;

/**
 * Rasterises a standalone SVG to PNG at twice its own size (sharp on print and high-density
 * screens), or less for a tall image, so its longest side stays within {@link MAX_SIDE}.
 */
export function rasterise(svg: string, fonts: FontSetup): Buffer {
  const size = new Resvg(svg, { font: { loadSystemFonts: false } });
  const scale = Math.min(2, MAX_SIDE / Math.max(size.width, size.height));
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      fontFiles: fonts.files,
      loadSystemFonts: fonts.loadSystemFonts,
      ...(fonts.defaultFamily ? { defaultFontFamily: fonts.defaultFamily, sansSerifFamily: fonts.defaultFamily } : {}),
    },
  });
  return resvg.render().asPng();
}
