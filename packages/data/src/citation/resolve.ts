/**
 * Finds the published record a citation names: from a reference string (`'pko/officers-sent'`) or
 * from a record object. Loads every dataset (no zod); a wrong reference fails with the dataset,
 * the id and the closest ids that exist.
 */
import { distance } from 'fastest-levenshtein';
import { DATASET_NAMES, isDatasetName } from '../dataset-names';
import type { DatasetName } from '../dataset-names';
import { DATASETS } from '../dataset-records';
import type { CitableRecord } from './formats';

/** A record reference: its dataset name and its id, e.g. `'pko/officers-sent'`. */
export type RecordRef = `${DatasetName}/${string}`;

/** Thrown by `cite` for a reference or record that names no published record. */
export class UnknownRecordError extends Error {
  /** The reference as given, or the record's id when a record object was given. */
  readonly reference: string;
  /** The dataset named, when one was. */
  readonly dataset: string | undefined;
  /** The record id named, when one was. */
  readonly id: string | undefined;
  /** The closest references that do exist, best first (at most three). */
  readonly suggestions: readonly string[];

  /** Builds the error; `message` already names the dataset, the id and the suggestions. */
  constructor(message: string, details: { reference: string; dataset?: string; id?: string; suggestions?: readonly string[] }) {
    super(message);
    this.name = 'UnknownRecordError';
    this.reference = details.reference;
    this.dataset = details.dataset;
    this.id = details.id;
    this.suggestions = details.suggestions ?? [];
  }
}

/** A published record and the dataset it belongs to. */
export interface ResolvedRecord {
  /** The dataset the record is published in. */
  dataset: DatasetName;
  /** The published record itself. */
  record: CitableRecord;
}

/** Candidates close to `wanted`: containing it, or within a few edits of it; nearest first. */
function closest(wanted: string, candidates: readonly string[], limit = 3): string[] {
  const reach = Math.max(2, Math.floor(wanted.length / 3));
  return candidates
    .map((candidate) => ({ candidate, contains: wanted !== '' && (candidate.includes(wanted) || wanted.includes(candidate)), edits: distance(wanted, candidate) }))
    .filter(({ contains, edits }) => contains || edits <= reach)
    .sort((a, b) => Number(b.contains) - Number(a.contains) || a.edits - b.edits || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

function didYouMean(suggestions: readonly string[]): string {
  return suggestions.length === 0 ? '' : `; did you mean ${suggestions.map((suggestion) => `"${suggestion}"`).join(', ')}?`;
}

function idsOf(dataset: DatasetName): string[] {
  return DATASETS[dataset].map((record: CitableRecord) => record.id);
}

/** The published record a reference names; throws `UnknownRecordError` naming what is wrong. */
export function resolveReference(reference: string): ResolvedRecord {
  const slash = reference.indexOf('/');
  if (slash < 0) {
    // A bare id: say which datasets hold a record by that id.
    const holders = DATASET_NAMES.filter((name) => idsOf(name).includes(reference)).map((name) => `${name}/${reference}`);
    throw new UnknownRecordError(`"${reference}" is not a record reference: write it as "<dataset>/<record-id>", e.g. "pko/officers-sent"${didYouMean(holders)}`, {
      reference,
      suggestions: holders,
    });
  }
  const dataset = reference.slice(0, slash);
  const id = reference.slice(slash + 1);
  if (!isDatasetName(dataset)) {
    const suggestions = closest(dataset, DATASET_NAMES).map((name) => `${name}/${id}`);
    throw new UnknownRecordError(`no dataset "${dataset}" in @vn-mediation/data (reference "${reference}")${didYouMean(suggestions)}; the datasets are ${DATASET_NAMES.join(', ')}`, {
      reference,
      dataset,
      id,
      suggestions,
    });
  }
  const record = DATASETS[dataset].find((candidate: CitableRecord) => candidate.id === id);
  if (record === undefined) {
    const suggestions = closest(id, idsOf(dataset)).map((candidate) => `${dataset}/${candidate}`);
    throw new UnknownRecordError(`no record "${id}" in the ${dataset} dataset${didYouMean(suggestions)}`, { reference, dataset, id, suggestions });
  }
  return { dataset, record };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with object keys sorted, so two records compare equal whatever order their fields were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    isPlainObject(inner) ? Object.fromEntries(Object.keys(inner).sort().map((key) => [key, inner[key]])) : inner,
  );
}

/** The first top-level field whose value differs between two records. */
function firstDifference(given: object, published: object): string | undefined {
  const keys = [...new Set([...Object.keys(published), ...Object.keys(given)])];
  return keys.find((key) => canonical(Reflect.get(given, key)) !== canonical(Reflect.get(published, key)));
}

/**
 * The dataset of a record object: the dataset holding that very object, else the one named by
 * `dataset`, else the one holding an equal record. A record that differs from the published one
 * is refused, since citing it with this version would attribute its changes to the release.
 */
export function resolveRecord(given: CitableRecord, dataset?: DatasetName): ResolvedRecord {
  if (!isPlainObject(given) || typeof given.id !== 'string') {
    throw new TypeError('cite expects a record reference such as "pko/officers-sent" or a record object with a string id');
  }
  const id = given.id;
  if (dataset === undefined) {
    const holder = DATASET_NAMES.find((name) => DATASETS[name].some((record: CitableRecord) => record === given));
    if (holder !== undefined) return { dataset: holder, record: given };
  } else if (!isDatasetName(dataset)) {
    throw new UnknownRecordError(`no dataset "${String(dataset)}" in @vn-mediation/data${didYouMean(closest(String(dataset), DATASET_NAMES))}`, {
      reference: id,
      dataset: String(dataset),
      id,
      suggestions: closest(String(dataset), DATASET_NAMES),
    });
  }
  const candidates = (dataset === undefined ? DATASET_NAMES : [dataset]).flatMap((name) =>
    DATASETS[name].filter((record: CitableRecord) => record.id === id).map((record: CitableRecord) => ({ dataset: name, record })),
  );
  const equal = candidates.filter(({ record }) => canonical(record) === canonical(given));
  const [only] = equal;
  if (only !== undefined && equal.length === 1) return only;
  if (candidates.length === 0) {
    const where = dataset === undefined ? 'any dataset' : `the ${dataset} dataset`;
    const suggestions = dataset === undefined ? [] : closest(id, idsOf(dataset)).map((candidate) => `${dataset}/${candidate}`);
    throw new UnknownRecordError(`no record "${id}" in ${where}${didYouMean(suggestions)}`, { reference: id, ...(dataset === undefined ? {} : { dataset }), id, suggestions });
  }
  if (equal.length > 1) {
    const names = equal.map((candidate) => candidate.dataset);
    throw new UnknownRecordError(`record "${id}" is published in ${names.join(' and ')}: pass { dataset } to say which`, { reference: id, id, suggestions: names.map((name) => `${name}/${id}`) });
  }
  const differences = candidates.map(({ dataset: name, record }) => `${name}/${id} (field "${firstDifference(given, record) ?? '?'}")`);
  throw new UnknownRecordError(
    `record "${id}" differs from the published ${differences.join(' and ')}: a citation of this release must cite the published record`,
    { reference: id, ...(dataset === undefined ? {} : { dataset }), id, suggestions: candidates.map(({ dataset: name }) => `${name}/${id}`) },
  );
}
