import { narrowFigure } from './narrowFigure';
import { describeValue, isRecord } from './primitives';
import type { FigureShape } from './shapes';

/** The outcome of checking a list of figure records: the figures when all are well-formed, else the problems. */
export type FigureCheck<T> = { readonly ok: true; readonly figures: readonly T[] } | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Checks `unknown` input as a list of figure records: the shared fields, then the chart's own
 * (`readExtra` records problems and returns the extra fields, or `undefined`). Ids must be unique.
 * Any problem makes the whole list unusable, so a chart never draws half of a broken dataset.
 */
export function checkFigures<Extra extends object>(
  value: unknown,
  readExtra: (record: Record<string, unknown>, path: string, problems: string[]) => Extra | undefined,
): FigureCheck<FigureShape & Extra> {
  if (!Array.isArray(value)) return { ok: false, problems: [`figures must be a list (got ${describeValue(value)})`] };
  const problems: string[] = [];
  const figures: (FigureShape & Extra)[] = [];
  const ids = new Set<string>();
  value.forEach((item: unknown, i) => {
    const path = `figures[${i}]`;
    const figure = narrowFigure(item, path, problems);
    const extra = isRecord(item) ? readExtra(item, path, problems) : undefined;
    if (figure === undefined || extra === undefined) return;
    if (ids.has(figure.id)) {
      problems.push(`${path}.id "${figure.id}" is used twice`);
      return;
    }
    ids.add(figure.id);
    figures.push({ ...figure, ...extra });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, figures };
}

/** Reads an optional field that must be one of `allowed` strings when present. */
export function readOptionalEnum<T extends string>(record: Record<string, unknown>, key: string, allowed: readonly T[], path: string, problems: string[]): T | undefined | null {
  const value = record[key];
  if (value === undefined) return undefined;
  const match = allowed.find((option) => option === value);
  if (match === undefined) {
    problems.push(`${path}.${key} must be one of ${allowed.join(', ')}`);
    return null;
  }
  return match;
}
