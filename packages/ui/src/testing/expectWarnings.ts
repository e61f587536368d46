import { vi, type Mock } from 'vitest';

/**
 * Replaces the setup file's fail-on-warning spy for a test that expects development warnings, and
 * returns the mock so the test can assert what was warned.
 */
export function expectWarnings(): Mock<(...args: unknown[]) => void> {
  const warn = vi.fn();
  vi.spyOn(console, 'warn').mockImplementation(warn);
  return warn;
}
