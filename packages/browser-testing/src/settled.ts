/**
 * Reads a value until it stops changing: returns it once two reads `intervalMs` apart agree, or
 * the last read after `tries` waits. For what a page lays out over several frames (a height
 * while fonts and scripts settle), where a fixed wait is either slow or flaky.
 */
export async function settled<T>(read: () => Promise<T>, { tries = 40, intervalMs = 150 }: { tries?: number; intervalMs?: number } = {}): Promise<T> {
  let previous = await read();
  for (let i = 0; i < tries; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    const current = await read();
    if (current === previous) return current;
    previous = current;
  }
  return previous;
}
