import { COARSE_PRECISIONS, DATE_QUALIFIERS, MAX_YEAR, MIN_YEAR, daysInMonth, startsCoarsePeriod } from '@vn-mediation/data/vocabulary';
import { isFiniteNumber, isRecord } from './primitives';
import type { EventDateShape, PartialDateShape } from './shapes';

// The range, month lengths and qualifiers are the data package's own rules, imported so a chart
// accepts exactly the dates `validate()` accepts.
const QUALIFIERS = DATE_QUALIFIERS;
type Qualifier = (typeof QUALIFIERS)[number];
type CoarsePrecision = (typeof COARSE_PRECISIONS)[number];

function isCoarsePrecision(value: unknown): value is CoarsePrecision {
  return COARSE_PRECISIONS.some((precision) => precision === value);
}

function isQualifier(value: unknown): value is Qualifier {
  return QUALIFIERS.some((q) => q === value);
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return isFiniteNumber(value) && Number.isInteger(value) && value >= min && value <= max;
}

/** Narrows a partial date: a year in the data's range, a day that exists in its month, a day needs a month, and a decade or century carries no month. */
export function narrowPartialDate(value: unknown, path: string, problems: string[]): PartialDateShape | undefined {
  if (!isRecord(value)) {
    problems.push(`${path} must be a date object`);
    return undefined;
  }
  const { year, month, day, precision } = value;
  const before = problems.length;
  if (!isIntegerIn(year, MIN_YEAR, MAX_YEAR)) problems.push(`${path}.year must be an integer year from ${MIN_YEAR} to ${MAX_YEAR}`);
  if (month !== undefined && !isIntegerIn(month, 1, 12)) problems.push(`${path}.month must be 1–12`);
  if (day !== undefined && !isIntegerIn(day, 1, 31)) problems.push(`${path}.day must be 1–31`);
  if (isIntegerIn(year, MIN_YEAR, MAX_YEAR) && isIntegerIn(month, 1, 12) && isIntegerIn(day, 1, 31) && day > daysInMonth(year, month)) {
    problems.push(`${path}.day ${day} does not exist: month ${month} of ${year} has ${daysInMonth(year, month)} days`);
  }
  if (day !== undefined && month === undefined) problems.push(`${path}.day needs a month`);
  if (precision !== undefined && !isCoarsePrecision(precision)) problems.push(`${path}.precision must be one of ${COARSE_PRECISIONS.join(', ')}`);
  if (precision !== undefined && month !== undefined) problems.push(`${path} cannot carry both a coarse precision and a month`);
  if (isCoarsePrecision(precision) && isIntegerIn(year, MIN_YEAR, MAX_YEAR) && !startsCoarsePeriod(year, precision)) {
    problems.push(`${path}.year ${year} cannot start a ${precision}`);
  }
  if (problems.length > before || !isFiniteNumber(year)) return undefined;
  return {
    year,
    month: isFiniteNumber(month) ? month : undefined,
    day: isFiniteNumber(day) ? day : undefined,
    precision: isCoarsePrecision(precision) ? precision : undefined,
  };
}

/** Narrows an event date (`point` with an optional qualifier, or `span` whose end is not before its start). */
export function narrowEventDate(value: unknown, path: string, problems: string[]): EventDateShape | undefined {
  if (!isRecord(value)) {
    problems.push(`${path} must be a date object`);
    return undefined;
  }
  if (value.kind === 'point') {
    const date = narrowPartialDate(value.date, `${path}.date`, problems);
    const { qualifier } = value;
    if (qualifier !== undefined && !isQualifier(qualifier)) {
      problems.push(`${path}.qualifier must be one of ${QUALIFIERS.join(', ')}`);
      return undefined;
    }
    return date === undefined ? undefined : { kind: 'point', date, qualifier };
  }
  if (value.kind === 'span') {
    const start = narrowPartialDate(value.start, `${path}.start`, problems);
    const end = narrowPartialDate(value.end, `${path}.end`, problems);
    if (start === undefined || end === undefined) return undefined;
    if (end.year < start.year) {
      problems.push(`${path} ends before it starts`);
      return undefined;
    }
    return { kind: 'span', start, end };
  }
  problems.push(`${path}.kind must be "point" or "span"`);
  return undefined;
}
