import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { DEFAULT_VISUAL_TOLERANCE, ImageDecodeError, compareImages } from './compareImages';
import type { ImageComparison, VisualTolerance } from './compareImages';
import { describeShot, shotFileName } from './shot';
import type { Shot } from './shot';
import { UPDATE_BASELINES_COMMAND } from './visualRun';
import type { VisualRun } from './visualRun';

/** Where a visual test keeps its baselines and puts what it finds wrong. */
export interface VisualFolders {
  /** Committed baselines, one PNG per shot. */
  baselineDir: string;
  /** Git-ignored folder for the screenshot and the diff of each failed shot. */
  failureDir: string;
}

/** What one shot's check came to. */
export type ScreenshotVerdict =
  | {
      /** The screenshot is within the tolerance of its baseline. */
      status: 'matched';
      /** The shot checked. */
      shot: Shot;
    }
  | {
      /** The update run wrote the baseline. */
      status: 'written';
      /** The shot written. */
      shot: Shot;
      /** Why: there was none, or the old one differed beyond the tolerance. */
      reason: 'missing' | 'changed';
      /** Path of the baseline written. */
      baseline: string;
    }
  | {
      /** The shot fails: missing baseline, different size, or too many different pixels. */
      status: 'failed';
      /** The shot that failed. */
      shot: Shot;
      /** What differs, by how much, where the files are and what to run if it is intended. */
      message: string;
    };

/** Options of {@link checkScreenshot}. */
export interface CheckScreenshotOptions extends VisualFolders {
  /** What the screenshot shows. */
  shot: Shot;
  /** The screenshot, as PNG bytes. */
  screenshot: Buffer;
  /** Whether this run may write baselines. */
  run: VisualRun;
  /** Defaults to {@link DEFAULT_VISUAL_TOLERANCE}. */
  tolerance?: Readonly<VisualTolerance>;
}

const percent = (share: number): string => `${(share * 100).toFixed(share < 0.001 ? 3 : 2)}%`;
const count = (value: number): string => value.toLocaleString('en-US');

/**
 * Re-encodes a screenshot for the repository, losslessly: RGB without alpha when every pixel is
 * opaque (as a page screenshot is), compressed as hard as zlib can.
 */
export function encodeBaseline(screenshot: Buffer): Buffer {
  const image = PNG.sync.read(screenshot);
  let opaque = true;
  for (let at = 3; at < image.data.length && opaque; at += 4) opaque = image.data[at] === 255;
  // Measured on these screenshots (text on flat fills): no row filter and zlib's default strategy
  // make files 40% smaller than pngjs's defaults (every filter, run-length strategy).
  return PNG.sync.write(image, { colorType: opaque ? 2 : 6, deflateLevel: 9, deflateStrategy: 0, filterType: 0 });
}

/** Says in one sentence how `comparison` differs; `undefined` for a pass. */
const describeDifference = (comparison: ImageComparison, tolerance: Readonly<VisualTolerance>): string | undefined => {
  if (comparison.kind === 'size') {
    const { expected, actual } = comparison;
    const taller = actual.height - expected.height;
    const wider = actual.width - expected.width;
    const change = [
      taller === 0 ? '' : `${String(Math.abs(taller))} px ${taller > 0 ? 'taller' : 'shorter'}`,
      wider === 0 ? '' : `${String(Math.abs(wider))} px ${wider > 0 ? 'wider' : 'narrower'}`,
    ]
      .filter(Boolean)
      .join(' and ');
    return `the screenshot is ${String(actual.width)} × ${String(actual.height)} px, the baseline ${String(expected.width)} × ${String(expected.height)} px (${change})`;
  }
  if (comparison.pass) return undefined;
  const { diffPixels, diffShare, maxWindowDiff, size } = comparison;
  return (
    `${percent(diffShare)} of pixels differ (${count(diffPixels)} of ${count(size.width * size.height)}; allowed ${percent(tolerance.maxDiffShare)}), ` +
    `${String(maxWindowDiff)} in the densest ${String(tolerance.windowSize)} × ${String(tolerance.windowSize)} square (allowed ${String(tolerance.maxWindowDiff)})`
  );
};

const writeFailureFiles = async (folders: VisualFolders, name: string, screenshot: Buffer, diffPng: Buffer | undefined): Promise<string> => {
  await mkdir(folders.failureDir, { recursive: true });
  const stem = join(folders.failureDir, name.replace(/\.png$/, ''));
  await writeFile(`${stem}.actual.png`, screenshot);
  if (diffPng === undefined) return `this run: ${stem}.actual.png`;
  await writeFile(`${stem}.diff.png`, diffPng);
  return `this run: ${stem}.actual.png; differences in red: ${stem}.diff.png`;
};

/**
 * Checks one screenshot against its committed baseline. Without `run.update`, a missing baseline,
 * a size change or pixels beyond the tolerance fail, and the screenshot (plus a diff for a pixel
 * change) goes to `failureDir`; with it, a missing or changed baseline is written, while one
 * within the tolerance is left alone so an update does not churn files nothing changed in.
 */
export async function checkScreenshot(options: CheckScreenshotOptions): Promise<ScreenshotVerdict> {
  const { shot, screenshot, run } = options;
  const tolerance = options.tolerance ?? DEFAULT_VISUAL_TOLERANCE;
  const name = shotFileName(shot);
  const baseline = join(options.baselineDir, name);
  const label = describeShot(shot);
  const advice = `If the change is intended, run ${UPDATE_BASELINES_COMMAND} and commit the baseline.`;

  const write = async (reason: 'missing' | 'changed'): Promise<ScreenshotVerdict> => {
    await mkdir(options.baselineDir, { recursive: true });
    await writeFile(baseline, encodeBaseline(screenshot));
    return { status: 'written', shot, reason, baseline };
  };

  if (!existsSync(baseline)) {
    if (run.update) return write('missing');
    const files = await writeFailureFiles(options, name, screenshot, undefined);
    return { status: 'failed', shot, message: `${label}: no baseline at ${baseline} (${files}). Create it with ${UPDATE_BASELINES_COMMAND} and commit it.` };
  }

  let comparison: ImageComparison;
  try {
    comparison = compareImages(await readFile(baseline), screenshot, tolerance);
  } catch (error) {
    if (!(error instanceof ImageDecodeError)) throw error;
    if (error.image === 'baseline' && run.update) return write('changed');
    const fix = error.image === 'baseline' ? `Recreate it with ${UPDATE_BASELINES_COMMAND}.` : 'The browser returned something that is not a PNG.';
    return { status: 'failed', shot, message: `${label}: ${error.message} (baseline ${baseline}). ${fix}` };
  }
  const difference = describeDifference(comparison, tolerance);
  if (difference === undefined) return { status: 'matched', shot };
  if (run.update) return write('changed');
  const files = await writeFailureFiles(options, name, screenshot, comparison.kind === 'pixels' ? comparison.diffPng : undefined);
  return { status: 'failed', shot, message: `${label}: ${difference}. Baseline: ${baseline}; ${files}. ${advice}` };
}

/**
 * Baselines in `baselineDir` that none of `shots` produces (a story renamed or removed). An update
 * run deletes them; any other run should fail on them, or they would hide a shot that is gone.
 */
export async function staleBaselines(baselineDir: string, shots: readonly Shot[], run: VisualRun): Promise<string[]> {
  if (!existsSync(baselineDir)) return [];
  const expected = new Set(shots.map(shotFileName));
  const stale = (await readdir(baselineDir)).filter((file) => file.endsWith('.png') && !expected.has(file)).map((file) => join(baselineDir, file));
  if (run.update) await Promise.all(stale.map((file) => rm(file)));
  return stale;
}
