import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkScreenshot, encodeBaseline, staleBaselines } from './checkScreenshot';
import { reportVisualRun } from './report';
import type { Shot } from './shot';
import { shadeEdges, testChart } from './syntheticImage';

const shot: Shot = { subject: 'charts-timeline--default', theme: 'dark', width: 1280 };
const fileName = 'charts-timeline--default--dark--1280px.png';

let root: string;
let baselineDir: string;
let failureDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'vnm-visual-'));
  baselineDir = join(root, '__visual__');
  failureDir = join(root, 'visual-failures');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('checkScreenshot without the update flag', () => {
  it('fails a shot with no baseline, says how to create it, and keeps the screenshot for a look', async () => {
    const verdict = await checkScreenshot({ shot, screenshot: testChart(), baselineDir, failureDir, run: { update: false } });
    expect(verdict.status).toBe('failed');
    expect(verdict.status === 'failed' && verdict.message).toMatch(/^charts-timeline--default \(dark theme, 1280 px wide\): no baseline at .*charts-timeline--default--dark--1280px\.png/);
    expect(verdict.status === 'failed' && verdict.message).toContain('pnpm test:visual:update');
    expect(existsSync(join(baselineDir, fileName))).toBe(false);
    expect(readdirSync(failureDir)).toEqual(['charts-timeline--default--dark--1280px.actual.png']);
  });

  it('matches a screenshot within the tolerance of its baseline', async () => {
    await checkScreenshot({ shot, screenshot: testChart(), baselineDir, failureDir, run: { update: true } });
    const verdict = await checkScreenshot({ shot, screenshot: shadeEdges(testChart(), 16), baselineDir, failureDir, run: { update: false } });
    expect(verdict).toEqual({ status: 'matched', shot });
    expect(existsSync(failureDir)).toBe(false);
  });

  it('fails a changed colour with the share of changed pixels, and writes the screenshot and a diff', async () => {
    await checkScreenshot({ shot, screenshot: testChart({ bar: '#1f5fa8' }), baselineDir, failureDir, run: { update: true } });
    const verdict = await checkScreenshot({ shot, screenshot: testChart({ bar: '#7a3fa0' }), baselineDir, failureDir, run: { update: false } });
    expect(verdict.status === 'failed' && verdict.message).toMatch(
      /^charts-timeline--default \(dark theme, 1280 px wide\): 7\.\d\d% of pixels differ \([\d,]+ of 96,000; allowed 0\.010%\), 256 in the densest 16 × 16 square \(allowed 10\)/,
    );
    expect(readdirSync(failureDir).sort()).toEqual(['charts-timeline--default--dark--1280px.actual.png', 'charts-timeline--default--dark--1280px.diff.png']);
    expect(PNG.sync.read(readFileSync(join(failureDir, 'charts-timeline--default--dark--1280px.diff.png'))).height).toBe(240);
  });

  it('fails a taller screenshot, saying by how much', async () => {
    await checkScreenshot({ shot, screenshot: testChart({ height: 240 }), baselineDir, failureDir, run: { update: true } });
    const verdict = await checkScreenshot({ shot, screenshot: testChart({ height: 252 }), baselineDir, failureDir, run: { update: false } });
    expect(verdict.status === 'failed' && verdict.message).toContain('the screenshot is 400 × 252 px, the baseline 400 × 240 px (12 px taller)');
  });

  it('fails an unreadable baseline, naming the file and how to recreate it', async () => {
    await checkScreenshot({ shot, screenshot: testChart(), baselineDir, failureDir, run: { update: true } });
    writeFileSync(join(baselineDir, fileName), 'truncated');
    const verdict = await checkScreenshot({ shot, screenshot: testChart(), baselineDir, failureDir, run: { update: false } });
    expect(verdict.status === 'failed' && verdict.message).toMatch(/The baseline is not a readable PNG: .* \(baseline .*charts-timeline--default--dark--1280px\.png\)\. Recreate it with pnpm test:visual:update/);
  });
});

describe('checkScreenshot with the update flag', () => {
  it('writes a missing baseline that the same screenshot then matches', async () => {
    const first = await checkScreenshot({ shot, screenshot: testChart(), baselineDir, failureDir, run: { update: true } });
    expect(first).toMatchObject({ status: 'written', reason: 'missing', baseline: join(baselineDir, fileName) });
    expect(await checkScreenshot({ shot, screenshot: testChart(), baselineDir, failureDir, run: { update: false } })).toMatchObject({ status: 'matched' });
  });

  it('leaves a baseline within the tolerance untouched, so an update does not churn files', async () => {
    await checkScreenshot({ shot, screenshot: testChart(), baselineDir, failureDir, run: { update: true } });
    const before = readFileSync(join(baselineDir, fileName));
    const verdict = await checkScreenshot({ shot, screenshot: shadeEdges(testChart(), 16), baselineDir, failureDir, run: { update: true } });
    expect(verdict.status).toBe('matched');
    expect(readFileSync(join(baselineDir, fileName)).equals(before)).toBe(true);
  });

  it('rewrites a baseline that differs beyond the tolerance', async () => {
    await checkScreenshot({ shot, screenshot: testChart({ label: '1,258' }), baselineDir, failureDir, run: { update: true } });
    const verdict = await checkScreenshot({ shot, screenshot: testChart({ label: '1,268' }), baselineDir, failureDir, run: { update: true } });
    expect(verdict).toMatchObject({ status: 'written', reason: 'changed' });
    expect(await checkScreenshot({ shot, screenshot: testChart({ label: '1,268' }), baselineDir, failureDir, run: { update: false } })).toMatchObject({ status: 'matched' });
  });
});

describe('encodeBaseline', () => {
  it('keeps every pixel of an opaque screenshot and drops its alpha channel', () => {
    const screenshot = testChart();
    const encoded = PNG.sync.read(encodeBaseline(screenshot));
    const original = PNG.sync.read(screenshot);
    expect(encoded.data.equals(original.data)).toBe(true);
    // Byte 25 of a PNG is the colour type of its IHDR chunk: 2 is RGB, 6 RGBA.
    expect(encodeBaseline(screenshot)[25]).toBe(2);
  });
});

describe('staleBaselines', () => {
  it('lists baselines no shot produces, and deletes them only in an update run', async () => {
    await checkScreenshot({ shot, screenshot: testChart(), baselineDir, failureDir, run: { update: true } });
    const gone: Shot = { subject: 'charts-removed--default', theme: 'light', width: 1280 };
    await checkScreenshot({ shot: gone, screenshot: testChart(), baselineDir, failureDir, run: { update: true } });
    const stalePath = join(baselineDir, 'charts-removed--default--light--1280px.png');
    expect(await staleBaselines(baselineDir, [shot], { update: false })).toEqual([stalePath]);
    expect(existsSync(stalePath)).toBe(true);
    expect(await staleBaselines(baselineDir, [shot], { update: true })).toEqual([stalePath]);
    expect(existsSync(stalePath)).toBe(false);
    expect(await staleBaselines(baselineDir, [shot], { update: false })).toEqual([]);
  });
});

describe('reportVisualRun', () => {
  it('fails on stale baselines outside an update run and counts each outcome', () => {
    const report = reportVisualRun(
      [
        { status: 'matched', shot },
        { status: 'failed', shot, message: 'changed' },
      ],
      ['/x/old.png'],
      { update: false },
      baselineDir,
    );
    expect(report.failures).toEqual(['changed', expect.stringMatching(/^1 baseline\(s\) match no shot .*: \/x\/old\.png\. Delete them with pnpm test:visual:update\.$/)]);
    expect(report.summary).toMatch(/^2 shots: 1 matched, 0 written, 1 failed, 1 stale baseline\(s\) found; baselines 0 KB in /);
  });
});
