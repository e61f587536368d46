import { narrowEventDate } from './narrowDate';
import { narrowSources } from './narrowSource';
import { isRecord, readNumber, readString, readStringList } from './primitives';
import type { FigureShape } from './shapes';

/** Narrows the fields every figure record shares; returns `undefined` and records why when one is wrong. */
export function narrowFigure(value: unknown, path: string, problems: string[]): FigureShape | undefined {
  if (!isRecord(value)) {
    problems.push(`${path} must be a record object`);
    return undefined;
  }
  const before = problems.length;
  const id = readString(value, 'id', path, problems);
  const label = readString(value, 'label', path, problems);
  const number = readNumber(value, 'value', path, problems);
  const unit = readString(value, 'unit', path, problems);
  const { valueQualifier } = value;
  if (valueQualifier !== undefined && valueQualifier !== 'approximately' && valueQualifier !== 'more-than') {
    problems.push(`${path}.valueQualifier must be "approximately" or "more-than"`);
  }
  const asOf = value.asOf === undefined ? undefined : narrowEventDate(value.asOf, `${path}.asOf`, problems);
  const sources = narrowSources(value.sources, `${path}.sources`, problems);
  const notes = readStringList(value, 'notes', path, problems, false);
  if (problems.length > before || id === undefined || label === undefined || number === undefined || unit === undefined || sources === undefined) {
    return undefined;
  }
  return {
    id,
    label,
    value: number,
    unit,
    valueQualifier: valueQualifier === 'approximately' || valueQualifier === 'more-than' ? valueQualifier : undefined,
    asOf,
    sources,
    notes,
  };
}
