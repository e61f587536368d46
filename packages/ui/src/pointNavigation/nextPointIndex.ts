/**
 * Where a key press moves the active data point: arrows step (right/down forward, left/up back,
 * stopping at the ends), Home and End jump. Returns `null` for keys that do not move it.
 * With no active point yet (`current` is -1), any moving key starts at the first or last point.
 */
export function nextPointIndex(key: string, current: number, count: number): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return current < 0 ? 0 : Math.min(current + 1, last);
    case 'ArrowLeft':
    case 'ArrowUp':
      return current < 0 ? 0 : Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
