import { describe, expect, it } from 'vitest';
import { settled } from './settled';

/** A reader of values in turn, repeating the last one, that counts its reads. */
function reader<T>(values: readonly T[]): { read: () => Promise<T>; reads: () => number } {
  let count = 0;
  return {
    read: async () => {
      const value = values[Math.min(count++, values.length - 1)];
      if (value === undefined) throw new Error('the reader has no values');
      return value;
    },
    reads: () => count,
  };
}

describe('settled', () => {
  it('returns the first value that two reads in a row agree on', async () => {
    const heights = reader([100, 240, 480, 480, 480]);
    await expect(settled(heights.read, { intervalMs: 1 })).resolves.toBe(480);
    expect(heights.reads()).toBe(4);
  });

  it('returns the last value read when it never settles within its tries', async () => {
    const growing = reader([1, 2, 3, 4, 5, 6]);
    await expect(settled(growing.read, { tries: 3, intervalMs: 1 })).resolves.toBe(4);
    expect(growing.reads()).toBe(4);
  });
});
