import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VISUAL_TOLERANCE, ImageDecodeError, compareImages } from './compareImages';
import { Canvas, shadeEdges, testChart } from './syntheticImage';

describe('compareImages', () => {
  it('passes two identical images with no differing pixel', () => {
    const result = compareImages(testChart(), testChart());
    expect(result).toMatchObject({ kind: 'pixels', pass: true, diffPixels: 0, maxWindowDiff: 0 });
  });

  it('fails a bar whose fill moved by 16 in one channel, and counts every pixel inside it', () => {
    const result = compareImages(testChart({ bar: '#1f5fa8' }), testChart({ bar: '#1f5fb8' }));
    expect(result.kind === 'pixels' && result.pass).toBe(false);
    // The 60 × 120 bar less its one-pixel rim, which is an edge and compared loosely.
    expect(result.kind === 'pixels' && result.diffPixels).toBe(58 * 118);
  });

  it('fails a label in which one digit changed', () => {
    const result = compareImages(testChart({ label: '1,258' }), testChart({ label: '1,268' }));
    expect(result.kind === 'pixels' && result.pass).toBe(false);
    expect(result.kind === 'pixels' && result.maxWindowDiff).toBeGreaterThan(DEFAULT_VISUAL_TOLERANCE.maxWindowDiff);
  });

  it('fails an image one pixel taller, naming both sizes', () => {
    const result = compareImages(testChart({ height: 240 }), testChart({ height: 241 }));
    expect(result).toEqual({ kind: 'size', expected: { width: 400, height: 240 }, actual: { width: 400, height: 241 } });
  });

  it('fails a bar drawn 4 px taller in an image of the same size', () => {
    const result = compareImages(testChart({ barHeight: 120 }), testChart({ barHeight: 124 }));
    expect(result.kind === 'pixels' && result.pass).toBe(false);
  });

  it('passes when every edge pixel is redrawn 16 levels lighter or darker, as a new rasteriser may', () => {
    const baseline = testChart();
    const redrawn = shadeEdges(baseline, 16);
    expect(redrawn.equals(baseline)).toBe(false);
    expect(compareImages(baseline, redrawn)).toMatchObject({ kind: 'pixels', pass: true });
  });

  it('fails edges that moved by far more than antialiasing does', () => {
    const result = compareImages(testChart(), shadeEdges(testChart(), 64));
    expect(result.kind === 'pixels' && result.pass).toBe(false);
  });

  it('passes a few stray pixels spread over the image, and fails as many packed into one square', () => {
    const spread = new Canvas(400, 400);
    const packed = new Canvas(400, 400);
    // 14 pixels: within 1 in 10,000 of 160,000 (16), more than the 10 one square may hold.
    for (let index = 0; index < 14; index += 1) {
      spread.blend(10 + index * 27, 10 + index * 27, '#000000');
      packed.blend(100 + (index % 4), 100 + Math.floor(index / 4), '#000000');
    }
    const blank = new Canvas(400, 400).png();
    expect(compareImages(blank, spread.png())).toMatchObject({ pass: true, diffPixels: 14 });
    expect(compareImages(blank, packed.png())).toMatchObject({ pass: false, diffPixels: 14, maxWindowDiff: 14 });
  });

  it('fails scattered changes once they exceed the allowed share', () => {
    const blank = new Canvas(400, 400).png();
    const speckled = new Canvas(400, 400);
    // 40 pixels, 20 columns apart: no square holds more than one, but 40 is over the 16 allowed.
    for (let index = 0; index < 40; index += 1) speckled.blend((index % 20) * 20, Math.floor(index / 20) * 200, '#000000');
    const result = compareImages(blank, speckled.png());
    expect(result).toMatchObject({ kind: 'pixels', pass: false, diffPixels: 40, maxWindowDiff: 1 });
  });

  it('draws the differing pixels in red on a grey copy of the baseline when it fails', () => {
    const result = compareImages(testChart({ bar: '#1f5fa8' }), testChart({ bar: '#1f5fb8' }));
    if (result.kind !== 'pixels' || result.diffPng === undefined) throw new Error('expected a pixel comparison with a diff image');
    const diff = PNG.sync.read(result.diffPng);
    const pixel = (x: number, y: number): number[] => [...diff.data.subarray((y * diff.width + x) * 4, (y * diff.width + x) * 4 + 3)];
    expect(pixel(90, 150)).toEqual([255, 0, 0]); // inside the bar
    const [red = 0, green = 0, blue = 0] = pixel(300, 40); // blank background
    expect(red).toBe(green);
    expect(green).toBe(blue);
  });

  it('draws no diff image for a pass', () => {
    expect(compareImages(testChart(), shadeEdges(testChart(), 16))).not.toHaveProperty('diffPng');
  });

  it('throws an ImageDecodeError that says which image is not a PNG', () => {
    const notPng = Buffer.from('not a png');
    expect(() => compareImages(notPng, testChart())).toThrow(ImageDecodeError);
    expect(() => compareImages(notPng, testChart())).toThrow(/baseline is not a readable PNG/);
    expect(() => compareImages(testChart(), notPng)).toThrow(/screenshot is not a readable PNG/);
  });

  it('rejects a tolerance outside its ranges, naming each bad field', () => {
    const tolerance = { ...DEFAULT_VISUAL_TOLERANCE, edgeThreshold: 2, windowSize: 0 };
    expect(() => compareImages(testChart(), testChart(), tolerance)).toThrow(/edgeThreshold must be within 0–1, got 2; windowSize must be a positive integer, got 0/);
  });
});
