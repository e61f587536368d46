// The same limits against what Chromium itself draws: real glyphs, real antialiasing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium } from '../chromium';
import type { TestBrowser } from '../chromium';
import { compareImages } from './compareImages';
import { stableScreenshot } from './stableScreenshot';
import { shadeEdges } from './syntheticImage';

/** A figure like the charts': heading, a sentence, two bars on a grid line, a 12 px value label. */
const figure = ({ label = '1,258', fill = '#1f5fa8', text = '#1a1a1a', barHeight = 120 } = {}): string => `<!doctype html>
<html lang="en"><body style="margin:0;font-family:system-ui,sans-serif;color:${text}">
<div style="width:560px;padding:16px">
<h3 style="margin:0 0 8px">Vietnam’s peacekeepers, 2014–2020</h3>
<p style="margin:0 0 8px;font-size:14px">Women were 13.8% of the personnel deployed.</p>
<svg width="560" height="180" role="img" aria-label="bars">
<line x1="0" y1="170" x2="560" y2="170" stroke="#d0d0d0"/>
<rect x="40" y="${String(170 - barHeight)}" width="60" height="${String(barHeight)}" fill="${fill}"/>
<rect x="160" y="70" width="60" height="100" fill="#b3261e"/>
<text x="70" y="${String(164 - barHeight)}" font-size="12" text-anchor="middle" fill="${text}">${label}</text>
</svg></div></body></html>`;

let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium({ viewport: { width: 600, height: 320 }, deviceScaleFactor: 1 });
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser.close();
});

const shoot = async (html: string): Promise<Buffer> => {
  await page.setContent(html);
  await page.evaluate(() => document.fonts.ready);
  return page.screenshot({ animations: 'disabled' });
};

describe('compareImages on screenshots of Chromium', () => {
  it('passes the same page drawn twice', async () => {
    expect(compareImages(await shoot(figure()), await shoot(figure()))).toMatchObject({ pass: true, diffPixels: 0 });
  });

  it('fails when one digit of a 12 px label changes', async () => {
    expect(compareImages(await shoot(figure({ label: '1,258' })), await shoot(figure({ label: '1,268' })))).toMatchObject({ pass: false });
  });

  it('fails when a bar’s colour token moves by 16 in one channel', async () => {
    expect(compareImages(await shoot(figure({ fill: '#1f5fa8' })), await shoot(figure({ fill: '#1f5fb8' })))).toMatchObject({ pass: false });
  });

  it('fails when the text colour token changes from near-black to dark grey', async () => {
    expect(compareImages(await shoot(figure({ text: '#1a1a1a' })), await shoot(figure({ text: '#4d4d4d' })))).toMatchObject({ pass: false });
  });

  it('fails when a bar is 2 px taller', async () => {
    expect(compareImages(await shoot(figure({ barHeight: 120 })), await shoot(figure({ barHeight: 122 })))).toMatchObject({ pass: false });
  });

  it('passes when every antialiased edge of the page is redrawn 16 levels lighter or darker', async () => {
    const baseline = await shoot(figure());
    expect(compareImages(baseline, shadeEdges(baseline, 16))).toMatchObject({ pass: true });
  });
});

describe('stableScreenshot', () => {
  it('waits out a change that lands after the first capture', async () => {
    await page.setContent(`<!doctype html><html lang="en"><body><p id="text">Loading</p>
      <script>setTimeout(() => { document.getElementById('text').textContent = 'Drawn'; }, 150);</script></body></html>`);
    const settled = await stableScreenshot(page);
    expect(await page.textContent('#text')).toBe('Drawn');
    expect(compareImages(settled, await page.screenshot())).toMatchObject({ pass: true, diffPixels: 0 });
  });

  it('gives up on a page that never stops changing', async () => {
    await page.setContent(`<!doctype html><html lang="en"><body><p id="n">0</p>
      <script>let n = 0; setInterval(() => { document.getElementById('n').textContent = String(++n); }, 30);</script></body></html>`);
    await expect(stableScreenshot(page, {}, 3)).rejects.toThrow('The page was still changing after 3 screenshots 100 ms apart');
  });
});
