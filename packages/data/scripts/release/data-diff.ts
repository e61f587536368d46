/**
 * The difference between two snapshots of the data, record by record and field by field, and
 * its Markdown form for a release's changelog. Pure: no file, git or clock.
 */
import { isJsonObject } from './field-shapes';
import type { FieldShape, JsonObject, JsonValue } from './field-shapes';
import { recordId } from './snapshot';
import type { DataSnapshot } from './snapshot';

/** One value that differs inside a record; `undefined` means absent on that side. */
export interface ValueChange {
  /** Where in the record: `title`, `date.date.month`, `sources[0].quote`. */
  path: string;
  before: JsonValue | undefined;
  after: JsonValue | undefined;
}

/** A record kept (same id) whose contents changed. */
export interface ChangedRecord {
  id: string;
  changes: ValueChange[];
}

/** A field of the record schema added, removed or reshaped; `undefined` means absent on that side. */
export interface FieldChange {
  path: string;
  before: FieldShape | undefined;
  after: FieldShape | undefined;
}

/** What changed in one dataset. */
export interface DatasetDiff {
  dataset: string;
  /** `added` or `removed` when the whole dataset is new or gone. */
  status: 'added' | 'removed' | 'kept';
  recordsBefore: number;
  recordsAfter: number;
  added: JsonObject[];
  removed: JsonObject[];
  changed: ChangedRecord[];
  fields: FieldChange[];
}

/** What changed between two versions of the data, dataset by dataset. */
export interface DataDiff {
  /** Label of the earlier side (a version or a git ref). */
  from: string;
  /** Label of the later side. */
  to: string;
  datasets: DatasetDiff[];
}

function isScalar(value: JsonValue): boolean {
  return value === null || typeof value !== 'object';
}

/**
 * Flattens a record into its leaf values by path. A list of scalars (`actors`) is one value, so a
 * changed list reads as a whole; a list of objects (`sources`) is numbered (`sources[0].quote`).
 */
export function flattenRecord(value: JsonValue, prefix = '', out = new Map<string, JsonValue>()): Map<string, JsonValue> {
  if (Array.isArray(value)) {
    if (value.every(isScalar)) out.set(prefix, value);
    else value.forEach((item, index) => flattenRecord(item, `${prefix}[${index}]`, out));
    return out;
  }
  if (isJsonObject(value)) {
    for (const [key, child] of Object.entries(value)) flattenRecord(child, prefix === '' ? key : `${prefix}.${key}`, out);
    return out;
  }
  out.set(prefix, value);
  return out;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The values that differ between two versions of one record, in the order of the later one. */
export function diffRecord(before: JsonObject, after: JsonObject): ValueChange[] {
  const old = flattenRecord(before);
  const next = flattenRecord(after);
  const changes: ValueChange[] = [];
  for (const [path, value] of next) {
    const previous = old.get(path);
    if (!same(previous, value)) changes.push({ path, before: previous, after: value });
  }
  for (const [path, value] of old) if (!next.has(path)) changes.push({ path, before: value, after: undefined });
  return changes;
}

function diffFields(before: Record<string, FieldShape>, after: Record<string, FieldShape>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [path, shape] of Object.entries(after)) {
    const previous = before[path];
    if (!same(previous, shape)) changes.push({ path, before: previous, after: shape });
  }
  for (const [path, shape] of Object.entries(before)) if (!(path in after)) changes.push({ path, before: shape, after: undefined });
  return changes;
}

/** Compares two snapshots: per dataset, records added, removed and changed, and schema fields that changed. */
export function diffSnapshots(before: DataSnapshot, after: DataSnapshot, labels: { from: string; to: string }): DataDiff {
  const names = [...Object.keys(after.datasets), ...Object.keys(before.datasets).filter((name) => !(name in after.datasets))];
  const datasets = names.map((dataset): DatasetDiff => {
    const old = before.datasets[dataset];
    const next = after.datasets[dataset];
    const oldRecords = old?.records ?? [];
    const newRecords = next?.records ?? [];
    const oldById = new Map(oldRecords.map((record) => [recordId(record), record]));
    const newIds = new Set(newRecords.map(recordId));
    const changed: ChangedRecord[] = [];
    for (const record of newRecords) {
      const previous = oldById.get(recordId(record));
      if (previous === undefined) continue;
      const changes = diffRecord(previous, record);
      if (changes.length > 0) changed.push({ id: recordId(record), changes });
    }
    return {
      dataset,
      status: old === undefined ? 'added' : next === undefined ? 'removed' : 'kept',
      recordsBefore: oldRecords.length,
      recordsAfter: newRecords.length,
      added: newRecords.filter((record) => !oldById.has(recordId(record))),
      removed: oldRecords.filter((record) => !newIds.has(recordId(record))),
      changed,
      fields: old !== undefined && next !== undefined ? diffFields(old.fields, next.fields) : [],
    };
  });
  return { from: labels.from, to: labels.to, datasets };
}

/** Whether a dataset diff holds any change. */
export function hasChanges(diff: DatasetDiff): boolean {
  return diff.status !== 'kept' || diff.added.length + diff.removed.length + diff.changed.length + diff.fields.length > 0;
}

/** Inline Markdown code that survives backticks inside the text (CommonMark: a longer fence, padded). */
export function inlineCode(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}

/** A value as the diff prints it: JSON, so strings show their quotes and absent is spelled out. */
export function showValue(value: JsonValue | undefined): string {
  return value === undefined ? '(absent)' : inlineCode(JSON.stringify(value));
}

/** Fields, in order of preference, that name a record for a reader. */
const LABEL_FIELDS = ['title', 'label', 'name', 'term'] as const;

function recordLabel(record: JsonObject): string {
  for (const field of LABEL_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' && value !== '') return `${inlineCode(recordId(record))}: ${value}`;
  }
  return inlineCode(recordId(record));
}

/** What differs between two shapes of a field, in words: only the aspects that changed. */
export function describeFieldChange(before: FieldShape | undefined, after: FieldShape | undefined): string {
  if (before === undefined) return `added (${showShape(after)})`;
  if (after === undefined) return `removed (was ${showShape(before)})`;
  const parts: string[] = [];
  if (before.types.join() !== after.types.join()) parts.push(`type ${before.types.join(' or ')} → ${after.types.join(' or ')}`);
  if (before.required !== after.required) parts.push(after.required ? 'made required' : 'made optional');
  if (JSON.stringify(before.enum) !== JSON.stringify(after.enum)) parts.push(`values ${showEnum(before.enum)} → ${showEnum(after.enum)}`);
  const keys = new Set([...Object.keys(before.constraints), ...Object.keys(after.constraints)]);
  for (const key of keys) {
    const old = before.constraints[key];
    const next = after.constraints[key];
    if (JSON.stringify(old) !== JSON.stringify(next)) parts.push(`${key} ${old === undefined ? '(none)' : JSON.stringify(old)} → ${next === undefined ? '(none)' : JSON.stringify(next)}`);
  }
  if (before.description !== after.description) parts.push(`description ${showText(before.description)} → ${showText(after.description)}`);
  return parts.join('; ');
}

/** Whether a field change only touches its description. */
export function isDescriptionOnly(change: FieldChange): boolean {
  const { before, after } = change;
  if (before === undefined || after === undefined) return false;
  return JSON.stringify({ ...before, description: undefined }) === JSON.stringify({ ...after, description: undefined });
}

function showText(text: string | undefined): string {
  return text === undefined ? '(none)' : inlineCode(JSON.stringify(text));
}

function showEnum(values: readonly string[] | undefined): string {
  return values === undefined ? '(any)' : values.map(inlineCode).join(', ');
}

function showShape(shape: FieldShape | undefined): string {
  if (shape === undefined) return '(absent)';
  const parts = [shape.enum === undefined ? shape.types.join(' or ') : `one of ${showEnum(shape.enum)}`, shape.required ? 'required' : 'optional'];
  const constraints = Object.entries(shape.constraints).map(([key, value]) => `${key} ${JSON.stringify(value)}`);
  return [...parts, ...constraints].join(', ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The diff as Markdown: a heading per changed dataset, then its schema changes and its records
 * added, removed and changed (each changed value old → new). `headingLevel` sets the dataset
 * headings' level so the text fits under a changelog's version heading.
 */
export function renderDiffMarkdown(diff: DataDiff, headingLevel = 2): string {
  const h = '#'.repeat(headingLevel);
  const changed = diff.datasets.filter(hasChanges);
  const lines: string[] = [];
  if (changed.length === 0) return `No dataset changed between ${diff.from} and ${diff.to}.\n`;
  lines.push(`Data changes between ${diff.from} and ${diff.to}: ${plural(changed.length, 'dataset')} changed.`, '');
  for (const dataset of changed) {
    lines.push(`${h} ${dataset.dataset}`, '');
    if (dataset.status === 'added') lines.push(`New dataset with ${plural(dataset.recordsAfter, 'record')}.`, '');
    else if (dataset.status === 'removed') lines.push(`Dataset removed (it had ${plural(dataset.recordsBefore, 'record')}).`, '');
    else {
      lines.push(
        `${dataset.added.length} added, ${dataset.removed.length} removed, ${dataset.changed.length} changed (${dataset.recordsBefore} → ${dataset.recordsAfter} records).`,
        '',
      );
    }
    if (dataset.fields.length > 0) {
      // Reworded descriptions change no value a consumer reads: one line names them all.
      const reworded = dataset.fields.filter((field) => isDescriptionOnly(field));
      const reshaped = dataset.fields.filter((field) => !isDescriptionOnly(field));
      lines.push(`**Fields**`, '');
      for (const field of reshaped) lines.push(`- ${inlineCode(field.path)}: ${describeFieldChange(field.before, field.after)}`);
      if (reworded.length > 0) lines.push(`- ${plural(reworded.length, 'description')} added or reworded: ${reworded.map((field) => inlineCode(field.path)).join(', ')}`);
      lines.push('');
    }
    if (dataset.status !== 'kept') continue;
    if (dataset.added.length > 0) {
      lines.push(`**Added**`, '');
      for (const record of dataset.added) lines.push(`- ${recordLabel(record)}`);
      lines.push('');
    }
    if (dataset.removed.length > 0) {
      lines.push(`**Removed**`, '');
      for (const record of dataset.removed) lines.push(`- ${recordLabel(record)}`);
      lines.push('');
    }
    if (dataset.changed.length > 0) {
      lines.push(`**Changed**`, '');
      for (const record of dataset.changed) {
        lines.push(`- ${inlineCode(record.id)}`);
        for (const change of record.changes) lines.push(`  - ${inlineCode(change.path)}: ${showValue(change.before)} → ${showValue(change.after)}`);
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
