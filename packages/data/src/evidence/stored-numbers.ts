/** A number stored in a record, and where: `kind` says how an article may write it. */
export interface StoredNumber {
  path: string;
  value: number;
  kind: 'number' | 'year' | 'decade' | 'century' | 'month' | 'day';
}

// Fields that hold our bookkeeping, not facts: the footnote key, enumeration order, rank on the
// engagement spectrum, the evidence itself.
const SKIPPED = new Set(['sources', 'notes', 'footnote', 'order', 'engagement', 'citedBy']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Every fact-bearing number in a record: values, quantities, ratio parts, and the parts of dates. */
export function storedNumbers(record: unknown, path = ''): StoredNumber[] {
  if (!isObject(record)) return [];
  const out: StoredNumber[] = [];
  const isDate = typeof record.year === 'number' && path !== '';
  for (const [key, value] of Object.entries(record)) {
    if (SKIPPED.has(key)) continue;
    const here = path === '' ? key : `${path}.${key}`;
    if (typeof value === 'number') {
      if (isDate && key === 'year') {
        const precision = record.precision;
        out.push({ path: here, value, kind: precision === 'decade' ? 'decade' : precision === 'century' ? 'century' : 'year' });
      } else if (isDate && key === 'month') out.push({ path: here, value, kind: 'month' });
      else if (isDate && key === 'day') out.push({ path: here, value, kind: 'day' });
      else out.push({ path: here, value, kind: key === 'year' ? 'year' : 'number' });
    } else if (isObject(value)) {
      out.push(...storedNumbers(value, here));
    }
  }
  return out;
}
