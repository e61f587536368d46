import type { EventDateShape, PartialDateShape } from './shapes';

function samePartialDate(a: PartialDateShape, b: PartialDateShape): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.precision === b.precision;
}

/** Whether two event dates are the same date at the same precision and hedge (compared field by field, never as printed text). */
export function sameEventDate(a: EventDateShape, b: EventDateShape): boolean {
  if (a.kind === 'span' && b.kind === 'span') return samePartialDate(a.start, b.start) && samePartialDate(a.end, b.end);
  if (a.kind === 'point' && b.kind === 'point') return a.qualifier === b.qualifier && samePartialDate(a.date, b.date);
  return false;
}
