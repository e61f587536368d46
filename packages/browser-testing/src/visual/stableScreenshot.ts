import type { Page, PageScreenshotOptions } from 'playwright-core';

/** How long to wait between two captures that must agree. */
const PAUSE_MS = 100;

/**
 * Screenshots `page` until two captures in a row, `PAUSE_MS` apart, are byte for byte the same,
 * and returns that capture: a chart still measuring its box, a font still swapping in or an image
 * still decoding shows up as a difference, not as a flaky baseline. CSS animations and transitions
 * are finished and the text caret hidden. Throws after `attempts` captures that never agreed.
 */
export async function stableScreenshot(page: Page, options: PageScreenshotOptions = {}, attempts = 6): Promise<Buffer> {
  const capture = (): Promise<Buffer> => page.screenshot({ ...options, type: 'png', animations: 'disabled', caret: 'hide', scale: 'css' });
  let previous = await capture();
  for (let attempt = 1; attempt < attempts; attempt += 1) {
    await page.waitForTimeout(PAUSE_MS);
    const current = await capture();
    if (current.equals(previous)) return current;
    previous = current;
  }
  throw new Error(`The page was still changing after ${String(attempts)} screenshots ${String(PAUSE_MS)} ms apart`);
}
