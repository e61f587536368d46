import { performance } from 'node:perf_hooks';

/** Median of a list of numbers (the list must not be empty). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const lower = sorted[middle - 1] ?? 0;
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 0 ? (lower + upper) / 2 : upper;
}

/** Runs `task` `warmup` times unmeasured, then `runs` times, and returns the median in ms. */
export function medianMs(task: () => unknown, runs: number, warmup = 2): number {
  for (let i = 0; i < warmup; i += 1) task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    task();
    samples.push(performance.now() - start);
  }
  return median(samples);
}
