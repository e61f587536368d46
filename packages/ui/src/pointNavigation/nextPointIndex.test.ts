import { describe, expect, it } from 'vitest';
import { nextPointIndex } from './nextPointIndex';

describe('nextPointIndex', () => {
  it('steps forward with right and down, back with left and up', () => {
    expect(nextPointIndex('ArrowRight', 1, 4)).toBe(2);
    expect(nextPointIndex('ArrowDown', 1, 4)).toBe(2);
    expect(nextPointIndex('ArrowLeft', 1, 4)).toBe(0);
    expect(nextPointIndex('ArrowUp', 1, 4)).toBe(0);
  });

  it('stops at the first and the last point', () => {
    expect(nextPointIndex('ArrowRight', 3, 4)).toBe(3);
    expect(nextPointIndex('ArrowLeft', 0, 4)).toBe(0);
  });

  it('jumps with Home and End', () => {
    expect(nextPointIndex('Home', 2, 4)).toBe(0);
    expect(nextPointIndex('End', 0, 4)).toBe(3);
  });

  it('ignores other keys and empty charts', () => {
    expect(nextPointIndex('a', 1, 4)).toBeNull();
    expect(nextPointIndex('ArrowRight', -1, 0)).toBeNull();
  });
});
