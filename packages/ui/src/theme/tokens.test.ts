import { describe, expect, it } from 'vitest';
import { lightTheme } from './tokens';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('lightTheme', () => {
  it('gives body and muted text at least 4.5:1 on the background', () => {
    expect(contrast(lightTheme.text, lightTheme.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(lightTheme.textMuted, lightTheme.background)).toBeGreaterThanOrEqual(4.5);
  });
});
