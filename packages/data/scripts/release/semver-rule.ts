/**
 * The semver rule for `@vn-mediation/data` (written out in packages/data/README.md, "Versions"):
 *
 * - patch: corrected values, quotes, footnotes, notes, labels or other field contents of existing
 *   records; no record, field or dataset added or removed; no type change.
 * - minor: additions: new records, new datasets, new optional fields, new enum values.
 * - major: breaking: a record id, field or dataset removed or renamed, a field's type changed, an
 *   enum value removed, a field made required.
 * - While the package is 0.x a breaking change is declared as `minor`, and its changeset says how
 *   to migrate; from 1.0 on it needs `major`.
 *
 * `classifyDiff` sorts every difference between two snapshots into those levels and
 * `checkDeclaredBump` compares the result with what the pending changesets declare. Pure.
 */
import type { DataDiff, FieldChange } from './data-diff';
import { inlineCode } from './data-diff';
import { parentPath } from './field-shapes';
import type { FieldShape, JsonValue } from './field-shapes';
import { recordId } from './snapshot';

/** A semver bump, smallest first. */
export const BUMPS = ['none', 'patch', 'minor', 'major'] as const;

/** A semver bump, or `none`. */
export type Bump = (typeof BUMPS)[number];

/** The larger of two bumps. */
export function maxBump(a: Bump, b: Bump): Bump {
  return BUMPS.indexOf(a) >= BUMPS.indexOf(b) ? a : b;
}

/** One difference between two versions of the data, with the bump it needs under the rule. */
export interface DataChange {
  level: Exclude<Bump, 'none'>;
  dataset: string;
  /** The record concerned, when the change is to one record. */
  record?: string;
  /** The schema field concerned (`date.start.year`), when the change is to a field. */
  field?: string;
  /** What changed, in words. */
  what: string;
}

/** Constraint keywords that set a lower bound: raising one rejects values that passed before. */
const LOWER_BOUNDS = new Set(['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties']);
/** Constraint keywords that set an upper bound: lowering one rejects values that passed before. */
const UPPER_BOUNDS = new Set(['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties']);

function list(values: readonly string[]): string {
  return values.map(inlineCode).join(', ');
}

/**
 * How a changed constraint moves: `minor` when it only lets more values through, `major` when it
 * may reject data that passed before (or when that cannot be told, e.g. a new `pattern`).
 */
function constraintChange(key: string, before: JsonValue | undefined, after: JsonValue | undefined): { level: 'minor' | 'major'; what: string } {
  const from = before === undefined ? 'none' : JSON.stringify(before);
  const to = after === undefined ? 'none' : JSON.stringify(after);
  const what = `constraint ${inlineCode(key)} changed from ${from} to ${to}`;
  if (after === undefined) return { level: 'minor', what: `${what}: it accepts more values` };
  if (before === undefined) return { level: 'major', what: `${what}: data that passed before may be rejected` };
  if (typeof before === 'number' && typeof after === 'number') {
    const loosens = (LOWER_BOUNDS.has(key) && after < before) || (UPPER_BOUNDS.has(key) && after > before);
    if (loosens) return { level: 'minor', what: `${what}: it accepts more values` };
  }
  return { level: 'major', what: `${what}: data that passed before may be rejected` };
}

function fieldChanges(dataset: string, change: FieldChange, addedPaths: ReadonlySet<string>, removedPaths: ReadonlySet<string>): DataChange[] {
  const { path: field, before, after } = change;
  const at = { dataset, field };
  if (after === undefined) {
    // Report only the outermost removed field: its nested fields go with it.
    if (removedPaths.has(parentPath(field))) return [];
    return [{ ...at, level: 'major', what: `field ${inlineCode(field)} removed or renamed` }];
  }
  if (before === undefined) {
    if (addedPaths.has(parentPath(field))) return [];
    return after.required
      ? [{ ...at, level: 'major', what: `new required field ${inlineCode(field)}: records written for the earlier schema lack it` }]
      : [{ ...at, level: 'minor', what: `new optional field ${inlineCode(field)}` }];
  }
  return shapeChanges(dataset, field, before, after);
}

function shapeChanges(dataset: string, field: string, before: FieldShape, after: FieldShape): DataChange[] {
  const at = { dataset, field };
  const out: DataChange[] = [];
  const name = inlineCode(field);
  if (before.types.join() !== after.types.join()) {
    out.push({ ...at, level: 'major', what: `type of ${name} changed from ${before.types.join(' or ') || 'any'} to ${after.types.join(' or ') || 'any'}` });
  }
  if (before.required !== after.required) {
    out.push(
      after.required
        ? { ...at, level: 'major', what: `${name} made required` }
        : { ...at, level: 'major', what: `${name} made optional: code that relies on it being there breaks` },
    );
  }
  if (before.enum !== undefined && after.enum !== undefined) {
    const removed = before.enum.filter((value) => !after.enum?.includes(value));
    const added = after.enum.filter((value) => !before.enum?.includes(value));
    if (removed.length > 0) out.push({ ...at, level: 'major', what: `enum value${removed.length === 1 ? '' : 's'} ${list(removed)} of ${name} removed` });
    if (added.length > 0) out.push({ ...at, level: 'minor', what: `new enum value${added.length === 1 ? '' : 's'} ${list(added)} of ${name}` });
  } else if (after.enum !== undefined) {
    out.push({ ...at, level: 'major', what: `${name} restricted to ${list(after.enum)}` });
  } else if (before.enum !== undefined) {
    out.push({ ...at, level: 'minor', what: `${name} no longer restricted to ${list(before.enum)}` });
  }
  const keys = new Set([...Object.keys(before.constraints), ...Object.keys(after.constraints)]);
  for (const key of keys) {
    const old = before.constraints[key];
    const next = after.constraints[key];
    if (JSON.stringify(old) === JSON.stringify(next)) continue;
    const { level, what } = constraintChange(key, old, next);
    out.push({ ...at, level, what: `${name}: ${what}` });
  }
  if (out.length === 0 && before.description !== after.description) out.push({ ...at, level: 'patch', what: `description of ${name} reworded` });
  return out;
}

/** Sorts every difference of a diff into the rule's levels, one entry per dataset, record or field concerned. */
export function classifyDiff(diff: DataDiff): DataChange[] {
  const out: DataChange[] = [];
  for (const dataset of diff.datasets) {
    const name = dataset.dataset;
    if (dataset.status === 'added') {
      out.push({ level: 'minor', dataset: name, what: `new dataset ${inlineCode(name)}` });
      continue;
    }
    if (dataset.status === 'removed') {
      out.push({ level: 'major', dataset: name, what: `dataset ${inlineCode(name)} removed or renamed` });
      continue;
    }
    const addedPaths = new Set(dataset.fields.filter((field) => field.before === undefined).map((field) => field.path));
    const removedPaths = new Set(dataset.fields.filter((field) => field.after === undefined).map((field) => field.path));
    for (const field of dataset.fields) out.push(...fieldChanges(name, field, addedPaths, removedPaths));
    for (const record of dataset.removed) {
      out.push({ level: 'major', dataset: name, record: recordId(record), what: `record ${inlineCode(recordId(record))} removed or its id renamed` });
    }
    for (const record of dataset.added) {
      out.push({ level: 'minor', dataset: name, record: recordId(record), what: `new record ${inlineCode(recordId(record))}` });
    }
    for (const record of dataset.changed) {
      const paths = record.changes.map((change) => change.path);
      out.push({ level: 'patch', dataset: name, record: record.id, what: `record ${inlineCode(record.id)}: ${list(paths)} changed` });
    }
  }
  return out;
}

/** The bump a set of changes needs under the rule, before the 0.x allowance. */
export function requiredBump(changes: readonly DataChange[]): Bump {
  return changes.reduce<Bump>((bump, change) => maxBump(bump, change.level), 'none');
}

/** A pending changeset as `@changesets/parse` reads it, with the file it came from. */
export interface PendingChangeset {
  file: string;
  releases: { name: string; type: string }[];
  summary: string;
}

/** The largest bump the pending changesets declare for one package (`none` when none names it). */
export function declaredBump(changesets: readonly PendingChangeset[], packageName: string): Bump {
  let bump: Bump = 'none';
  for (const changeset of changesets) {
    for (const release of changeset.releases) {
      const type = BUMPS.find((candidate) => candidate === release.type);
      if (release.name === packageName && type !== undefined) bump = maxBump(bump, type);
    }
  }
  return bump;
}

/** A paragraph that starts "Migration:" (optionally bold): how a 0.x breaking change tells users what to do. */
export const MIGRATION_NOTE = /^\s*(?:\*\*|__)?migration\b/im;

/** The outcome of checking the data changes against the pending changesets. */
export interface ReleaseCheck {
  ok: boolean;
  /** The bump the changes need, after the 0.x allowance (a breaking change needs `minor` on 0.x). */
  needed: Bump;
  declared: Bump;
  /** One line per problem, naming the dataset, record or field and the bump needed. */
  problems: string[];
}

function where(change: DataChange): string {
  return [change.dataset, change.record === undefined ? '' : `record ${inlineCode(change.record)}`, change.field === undefined ? '' : `field ${inlineCode(change.field)}`]
    .filter((part) => part !== '')
    .join(', ');
}

/**
 * Checks that the pending changesets declare at least the bump the changes need. `version` is the
 * package's current version: while it is 0.x a breaking change needs only `minor`, but some
 * changeset for the package must then carry a "Migration:" paragraph.
 */
export function checkDeclaredBump(input: { changes: readonly DataChange[]; changesets: readonly PendingChangeset[]; packageName: string; version: string }): ReleaseCheck {
  const { changes, changesets, packageName, version } = input;
  const zeroMajor = /^0\./.test(version);
  const needLevel = (level: DataChange['level']): Bump => (zeroMajor && level === 'major' ? 'minor' : level);
  const needed = changes.reduce<Bump>((bump, change) => maxBump(bump, needLevel(change.level)), 'none');
  const declared = declaredBump(changesets, packageName);
  const problems: string[] = [];
  const short = changes.filter((change) => BUMPS.indexOf(needLevel(change.level)) > BUMPS.indexOf(declared));
  for (const change of short) {
    const rule = zeroMajor && change.level === 'major' ? 'a breaking change: `minor` while the package is 0.x, `major` from 1.0' : `a ${change.level} change`;
    problems.push(`${where(change)}: ${change.what}. That is ${rule}; the pending changesets declare ${declared} for ${packageName}: add a changeset with \`${packageName}: ${needLevel(change.level)}\`.`);
  }
  const breaking = changes.filter((change) => change.level === 'major');
  if (zeroMajor && breaking.length > 0) {
    const noted = changesets.some((changeset) => changeset.releases.some((release) => release.name === packageName) && MIGRATION_NOTE.test(changeset.summary));
    if (!noted) {
      problems.push(
        `${packageName} is ${version} and has breaking changes (${breaking.map(where).join('; ')}): a changeset for ${packageName} must say how to migrate, in a paragraph that starts "Migration:".`,
      );
    }
  }
  return { ok: problems.length === 0, needed, declared, problems };
}
