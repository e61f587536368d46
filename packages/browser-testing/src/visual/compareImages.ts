import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * How different a screenshot may be from its baseline and still pass. Noise and change look
 * different, and each limit is aimed at one of them: antialiasing that a Chromium update redraws
 * moves the shade of edge pixels a little and thinly, while a changed colour moves whole flat
 * areas, and a changed label or height fills one small area densely.
 */
export interface VisualTolerance {
  /**
   * Per-pixel colour distance (pixelmatch's OKLab HyAB: 0 the same, 1 black against white) above
   * which a pixel of a flat area (it and its eight neighbours one colour, in both images) differs.
   */
  flatThreshold: number;
  /** The same distance for every other pixel: edges of text and marks, where antialiasing lives. */
  edgeThreshold: number;
  /** Share of all pixels (0–1) that may differ. */
  maxDiffShare: number;
  /** Side in pixels of the square in which `maxWindowDiff` is counted. */
  windowSize: number;
  /** Differing pixels allowed inside any one `windowSize` × `windowSize` square. */
  maxWindowDiff: number;
}

/**
 * The tolerance the visual tests use. In flat areas 0.03 counts a fill moved by 16 in one channel
 * (`#1f5fa8` → `#1f5fb8` is 0.036). On edges 0.1, pixelmatch's default, lets every antialiased
 * pixel move by 16 levels (a redrawn glyph edge) while a glyph that changes still counts, since
 * its pixels go from background to text. One pixel in 10,000 may differ anywhere, and 10 of the
 * 256 in any 16 × 16 square: a 5 that becomes a 6 in a 12 px label moves 15.
 */
export const DEFAULT_VISUAL_TOLERANCE: Readonly<VisualTolerance> = {
  flatThreshold: 0.03,
  edgeThreshold: 0.1,
  maxDiffShare: 0.0001,
  windowSize: 16,
  maxWindowDiff: 10,
};

/** Width and height of an image in pixels. */
export interface ImageSize {
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
}

/** What comparing two PNGs found. */
export type ImageComparison =
  | {
      /** The images differ in size, which always fails: a chart that grew or shrank changed. */
      kind: 'size';
      /** Size of the baseline. */
      expected: ImageSize;
      /** Size of the new screenshot. */
      actual: ImageSize;
    }
  | {
      /** Same size; `pass` says whether the differing pixels stay within the tolerance. */
      kind: 'pixels';
      /** Whether the difference is within the tolerance. */
      pass: boolean;
      /** Size of both images. */
      size: ImageSize;
      /** Pixels that differ beyond their threshold, antialiased ones (by pixelmatch's test) aside. */
      diffPixels: number;
      /** `diffPixels` over all pixels, 0–1. */
      diffShare: number;
      /** Most differing pixels in any one `windowSize` square. */
      maxWindowDiff: number;
      /**
       * Only when the comparison fails: the baseline faded to grey with the differing pixels in
       * red, as PNG.
       */
      diffPng?: Buffer;
    };

/** A PNG that could not be decoded, naming which of the two images it was. */
export class ImageDecodeError extends Error {
  /** Which image failed: the committed baseline or the new screenshot. */
  readonly image: 'baseline' | 'screenshot';

  constructor(image: 'baseline' | 'screenshot', cause: unknown) {
    super(`The ${image} is not a readable PNG: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'ImageDecodeError';
    this.image = image;
  }
}

const decode = (png: Buffer, image: 'baseline' | 'screenshot'): PNG => {
  try {
    return PNG.sync.read(png);
  } catch (error) {
    throw new ImageDecodeError(image, error);
  }
};

const checkTolerance = (tolerance: Readonly<VisualTolerance>): void => {
  const share = (name: keyof VisualTolerance): string => {
    const value = tolerance[name];
    return value >= 0 && value <= 1 ? '' : `${name} must be within 0–1, got ${String(value)}`;
  };
  const problems = [
    share('flatThreshold'),
    share('edgeThreshold'),
    share('maxDiffShare'),
    Number.isInteger(tolerance.windowSize) && tolerance.windowSize > 0 ? '' : `windowSize must be a positive integer, got ${String(tolerance.windowSize)}`,
    Number.isInteger(tolerance.maxWindowDiff) && tolerance.maxWindowDiff >= 0 ? '' : `maxWindowDiff must be a whole number ≥ 0, got ${String(tolerance.maxWindowDiff)}`,
  ].filter(Boolean);
  if (problems.length > 0) throw new RangeError(`Invalid visual tolerance: ${problems.join('; ')}`);
};

/** One byte per pixel: 1 where the pixel and its neighbours are one colour in both images. */
const flatPixels = (first: Uint32Array, second: Uint32Array, width: number, height: number): Uint8Array => {
  const flat = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const index = y * width + x;
      let same = true;
      for (let dy = -1; dy <= 1 && same; dy += 1) {
        const row = y + dy;
        if (row < 0 || row >= height) continue;
        for (let dx = -1; dx <= 1; dx += 1) {
          const column = x + dx;
          if (column < 0 || column >= width) continue;
          const neighbour = row * width + column;
          if (first[neighbour] !== first[index] || second[neighbour] !== second[index]) {
            same = false;
            break;
          }
        }
      }
      flat[index] = same ? 1 : 0;
    }
  }
  return flat;
};

/** The most set pixels in any `side` × `side` square of a one-byte-per-pixel mask. */
const densestSquare = (mask: Uint8Array, width: number, height: number, side: number): number => {
  const n = Math.min(side, width, height);
  // Summed-area table: each window's count in four look-ups.
  const stride = width + 1;
  const sums = new Uint32Array(stride * (height + 1));
  for (let y = 0; y < height; y += 1) {
    let row = 0;
    for (let x = 0; x < width; x += 1) {
      row += mask[y * width + x] ?? 0;
      sums[(y + 1) * stride + x + 1] = (sums[y * stride + x + 1] ?? 0) + row;
    }
  }
  let densest = 0;
  for (let y = n; y <= height; y += 1) {
    for (let x = n; x <= width; x += 1) {
      const count = (sums[y * stride + x] ?? 0) - (sums[(y - n) * stride + x] ?? 0) - (sums[y * stride + x - n] ?? 0) + (sums[(y - n) * stride + x - n] ?? 0);
      if (count > densest) densest = count;
    }
  }
  return densest;
};

/** The baseline faded to grey, with the differing pixels in red. */
const drawDiff = (baseline: PNG, differs: Uint8Array): Buffer => {
  const { width, height } = baseline;
  const image = new PNG({ width, height });
  for (let index = 0; index < width * height; index += 1) {
    const at = index * 4;
    const shade = grey(baseline.data, at);
    const [red, green, blue] = differs[index] ? [255, 0, 0] : [shade, shade, shade];
    image.data[at] = red;
    image.data[at + 1] = green;
    image.data[at + 2] = blue;
    image.data[at + 3] = 255;
  }
  return PNG.sync.write(image);
};

/** Luma of an RGBA pixel, faded to a tenth of its contrast against white, as pixelmatch draws it. */
const grey = (data: Buffer, at: number): number => {
  const luma = 0.299 * (data[at] ?? 0) + 0.587 * (data[at + 1] ?? 0) + 0.114 * (data[at + 2] ?? 0);
  return Math.round(255 + (luma - 255) * 0.1);
};

/**
 * Compares a new screenshot with its baseline (both PNG files as bytes). Any difference in size
 * fails. Otherwise pixelmatch compares flat areas at `flatThreshold` and edges at
 * `edgeThreshold`, setting aside pixels it recognises as antialiasing, and the result passes when
 * the share of differing pixels and their densest square both stay within `tolerance`. Throws
 * {@link ImageDecodeError} when either buffer is not a PNG, and a `RangeError` for a tolerance
 * outside its ranges.
 */
export function compareImages(baseline: Buffer, screenshot: Buffer, tolerance: Readonly<VisualTolerance> = DEFAULT_VISUAL_TOLERANCE): ImageComparison {
  checkTolerance(tolerance);
  const expected = decode(baseline, 'baseline');
  const actual = decode(screenshot, 'screenshot');
  if (expected.width !== actual.width || expected.height !== actual.height) {
    return {
      kind: 'size',
      expected: { width: expected.width, height: expected.height },
      actual: { width: actual.width, height: actual.height },
    };
  }
  const { width, height } = expected;
  const pixels = width * height;
  const size = { width, height };
  if (expected.data.equals(actual.data)) return { kind: 'pixels', pass: true, size, diffPixels: 0, diffShare: 0, maxWindowDiff: 0 };
  const first = new Uint32Array(expected.data.buffer, expected.data.byteOffset, pixels);
  const second = new Uint32Array(actual.data.buffer, actual.data.byteOffset, pixels);
  const flat = flatPixels(first, second, width, height);
  const edges = flat.map((isFlat) => 1 - isFlat);
  // Each pass skips the other's pixels, so the two diff masks never overlap.
  const flatDiff = new Uint8Array(pixels * 4);
  const edgeDiff = new Uint8Array(pixels * 4);
  pixelmatch(expected.data, actual.data, flatDiff, width, height, { threshold: tolerance.flatThreshold, ignoreMask: edges, diffMask: true });
  pixelmatch(expected.data, actual.data, edgeDiff, width, height, { threshold: tolerance.edgeThreshold, ignoreMask: flat, diffMask: true });
  // With `diffMask`, pixelmatch paints only the pixels it counts, opaque on a transparent image.
  const differs = new Uint8Array(pixels);
  let diffPixels = 0;
  for (let index = 0; index < pixels; index += 1) {
    if ((flatDiff[index * 4 + 3] ?? 0) > 0 || (edgeDiff[index * 4 + 3] ?? 0) > 0) {
      differs[index] = 1;
      diffPixels += 1;
    }
  }
  const diffShare = diffPixels / pixels;
  const maxWindowDiff = diffPixels === 0 ? 0 : densestSquare(differs, width, height, tolerance.windowSize);
  const pass = diffShare <= tolerance.maxDiffShare && maxWindowDiff <= tolerance.maxWindowDiff;
  return pass
    ? { kind: 'pixels', pass, size, diffPixels, diffShare, maxWindowDiff }
    : { kind: 'pixels', pass, size, diffPixels, diffShare, maxWindowDiff, diffPng: drawDiff(expected, differs) };
}
