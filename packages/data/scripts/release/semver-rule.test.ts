import { describe, expect, it } from 'vitest';
import { diffSnapshots } from './data-diff';
import type { FieldShape, JsonObject } from './field-shapes';
import { checkDeclaredBump, classifyDiff, declaredBump, requiredBump } from './semver-rule';
import type { PendingChangeset } from './semver-rule';
import type { DataSnapshot, DatasetSnapshot } from './snapshot';

const text: FieldShape = { types: ['string'], required: true, constraints: {} };
const optionalText: FieldShape = { types: ['string'], required: false, constraints: {} };
const count: FieldShape = { types: ['number'], required: true, constraints: {} };
const category: FieldShape = { types: ['string'], required: true, enum: ['history', 'korea'], constraints: {} };
const quote: FieldShape = { types: ['string'], required: true, constraints: { maxLength: 320 } };

const pkoFields = { id: text, label: text, value: count, category, quote };
const pkoRecords: JsonObject[] = [
  { id: 'officers-sent', label: 'Officers sent', value: 43, category: 'history', quote: 'sent 43 officers' },
  { id: 'hospitals', label: 'Field hospitals', value: 2, category: 'korea', quote: 'two field hospitals' },
];

function data(version: string, pko: DatasetSnapshot, more: DataSnapshot['datasets'] = {}): DataSnapshot {
  return { version, datasets: { pko, ...more } };
}

const released = data('0.3.0', { fields: pkoFields, records: pkoRecords });

function changesFrom(next: DataSnapshot) {
  return classifyDiff(diffSnapshots(released, next, { from: 'released', to: 'next' }));
}

function changeset(releases: PendingChangeset['releases'], summary = 'Changed the data.'): PendingChangeset {
  return { file: '.changeset/test.md', releases, summary };
}

const DATA = '@vn-mediation/data';

describe('classifyDiff: patch', () => {
  it('calls a corrected value or quote of an existing record a patch', () => {
    const next = data('0.3.0', { fields: pkoFields, records: [{ ...pkoRecords[0], value: 44, quote: 'sent 44 officers' }, ...pkoRecords.slice(1)] });
    expect(changesFrom(next)).toEqual([{ level: 'patch', dataset: 'pko', record: 'officers-sent', what: 'record `officers-sent`: `value`, `quote` changed' }]);
  });

  it('calls a reworded field description a patch', () => {
    const next = data('0.3.0', { fields: { ...pkoFields, label: { ...text, description: 'What is counted' } }, records: pkoRecords });
    expect(requiredBump(changesFrom(next))).toBe('patch');
  });

  it('finds nothing to release when nothing changed', () => {
    expect(changesFrom(released)).toEqual([]);
    expect(requiredBump([])).toBe('none');
  });
});

describe('classifyDiff: minor', () => {
  it('calls a new record, a new dataset, a new optional field and a new enum value minor', () => {
    const next = data(
      '0.3.0',
      {
        fields: { ...pkoFields, category: { ...category, enum: ['history', 'korea', 'peacekeeping'] }, mission: optionalText },
        records: [...pkoRecords, { id: 'engineers', label: 'Engineers', value: 184, category: 'peacekeeping', quote: '184 engineers' }],
      },
      { economy: { fields: { id: text }, records: [{ id: 'gdp' }] } },
    );
    const changes = changesFrom(next);
    expect(changes.map((change) => [change.level, change.what])).toEqual([
      ['minor', 'new enum value `peacekeeping` of `category`'],
      ['minor', 'new optional field `mission`'],
      ['minor', 'new record `engineers`'],
      ['minor', 'new dataset `economy`'],
    ]);
    expect(requiredBump(changes)).toBe('minor');
  });

  it('calls a loosened constraint minor and a tightened one major', () => {
    const longer = data('0.3.0', { fields: { ...pkoFields, quote: { ...quote, constraints: { maxLength: 400 } } }, records: pkoRecords });
    const shorter = data('0.3.0', { fields: { ...pkoFields, quote: { ...quote, constraints: { maxLength: 200 } } }, records: pkoRecords });
    expect(requiredBump(changesFrom(longer))).toBe('minor');
    expect(requiredBump(changesFrom(shorter))).toBe('major');
  });
});

describe('classifyDiff: major', () => {
  it('calls a renamed field major, once, naming the old field', () => {
    const { label, ...rest } = pkoFields;
    const next = data('0.3.0', { fields: { ...rest, title: label }, records: pkoRecords.map(({ label: value, ...record }) => ({ ...record, title: value ?? '' })) });
    const changes = changesFrom(next).filter((change) => change.level === 'major');
    expect(changes.map((change) => [change.field, change.what])).toEqual([
      ['title', 'new required field `title`: records written for the earlier schema lack it'],
      ['label', 'field `label` removed or renamed'],
    ]);
  });

  it('calls a removed or renamed record id major', () => {
    const next = data('0.3.0', { fields: pkoFields, records: [{ ...pkoRecords[0], id: 'officers-deployed' }, ...pkoRecords.slice(1)] });
    const majors = changesFrom(next).filter((change) => change.level === 'major');
    expect(majors).toEqual([{ level: 'major', dataset: 'pko', record: 'officers-sent', what: 'record `officers-sent` removed or its id renamed' }]);
  });

  it('calls a changed type, a removed enum value, a field made required and a removed dataset major', () => {
    const next: DataSnapshot = {
      version: '0.3.0',
      datasets: {
        pko: {
          fields: { ...pkoFields, value: { ...count, types: ['string'] }, category: { ...category, enum: ['history'] }, note: { ...optionalText, required: true } },
          records: pkoRecords,
        },
      },
    };
    const withPeople: DataSnapshot = { ...released, datasets: { ...released.datasets, people: { fields: { id: text }, records: [{ id: 'kim' }] } } };
    const changes = classifyDiff(diffSnapshots(withPeople, next, { from: 'a', to: 'b' }));
    expect(changes.map((change) => [change.level, change.what])).toEqual([
      ['major', 'type of `value` changed from number to string'],
      ['major', 'enum value `korea` of `category` removed'],
      ['major', 'new required field `note`: records written for the earlier schema lack it'],
      ['major', 'dataset `people` removed or renamed'],
    ]);
  });

  it('calls an optional field made required major', () => {
    const before: DataSnapshot = { version: '1.0.0', datasets: { pko: { fields: { ...pkoFields, mission: optionalText }, records: pkoRecords } } };
    const after: DataSnapshot = { version: '1.0.0', datasets: { pko: { fields: { ...pkoFields, mission: text }, records: pkoRecords } } };
    expect(classifyDiff(diffSnapshots(before, after, { from: 'a', to: 'b' }))).toEqual([{ level: 'major', dataset: 'pko', field: 'mission', what: '`mission` made required' }]);
  });
});

describe('declaredBump', () => {
  it('takes the largest bump the changesets declare for the package and ignores other packages', () => {
    const changesets = [changeset([{ name: DATA, type: 'patch' }]), changeset([{ name: DATA, type: 'minor' }, { name: '@vn-mediation/ui', type: 'major' }])];
    expect(declaredBump(changesets, DATA)).toBe('minor');
    expect(declaredBump([changeset([{ name: '@vn-mediation/ui', type: 'major' }])], DATA)).toBe('none');
  });
});

describe('checkDeclaredBump', () => {
  const { label, ...rest } = pkoFields;
  const renamed = data('0.3.0', { fields: { ...rest, title: label }, records: pkoRecords.map(({ label: value, ...record }) => ({ ...record, title: value ?? '' })) });
  const renameChanges = changesFrom(renamed);

  it('fails a renamed field with only a patch changeset, naming the dataset, the field and the bump needed', () => {
    const check = checkDeclaredBump({ changes: renameChanges, changesets: [changeset([{ name: DATA, type: 'patch' }])], packageName: DATA, version: '0.3.0' });
    expect(check.ok).toBe(false);
    expect(check.declared).toBe('patch');
    expect(check.needed).toBe('minor');
    expect(check.problems).toContain(
      'pko, field `label`: field `label` removed or renamed. That is a breaking change: `minor` while the package is 0.x, `major` from 1.0; the pending changesets declare patch for @vn-mediation/data: add a changeset with `@vn-mediation/data: minor`.',
    );
  });

  it('accepts a breaking change on 0.x declared as minor when its changeset says how to migrate', () => {
    const summary = 'Renamed `label` to `title` in pko.\n\nMigration: read `record.title` where you read `record.label`.';
    const check = checkDeclaredBump({ changes: renameChanges, changesets: [changeset([{ name: DATA, type: 'minor' }], summary)], packageName: DATA, version: '0.3.0' });
    expect(check).toEqual({ ok: true, needed: 'minor', declared: 'minor', problems: [] });
  });

  it('fails a breaking change on 0.x declared as minor without a migration note', () => {
    const check = checkDeclaredBump({ changes: renameChanges, changesets: [changeset([{ name: DATA, type: 'minor' }], 'Renamed a field.')], packageName: DATA, version: '0.3.0' });
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual([
      '@vn-mediation/data is 0.3.0 and has breaking changes (pko, field `title`; pko, field `label`): a changeset for @vn-mediation/data must say how to migrate, in a paragraph that starts "Migration:".',
    ]);
  });

  it('requires major for a breaking change from 1.0 on', () => {
    const minor = checkDeclaredBump({ changes: renameChanges, changesets: [changeset([{ name: DATA, type: 'minor' }])], packageName: DATA, version: '1.2.0' });
    expect(minor.ok).toBe(false);
    expect(minor.needed).toBe('major');
    const major = checkDeclaredBump({ changes: renameChanges, changesets: [changeset([{ name: DATA, type: 'major' }])], packageName: DATA, version: '1.2.0' });
    expect(major.ok).toBe(true);
  });

  it('fails a data change with no changeset for the package at all', () => {
    const corrected = data('0.3.0', { fields: pkoFields, records: [{ ...pkoRecords[0], value: 44 }, ...pkoRecords.slice(1)] });
    const check = checkDeclaredBump({ changes: changesFrom(corrected), changesets: [changeset([{ name: '@vn-mediation/ui', type: 'patch' }])], packageName: DATA, version: '0.3.0' });
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual([
      'pko, record `officers-sent`: record `officers-sent`: `value` changed. That is a patch change; the pending changesets declare none for @vn-mediation/data: add a changeset with `@vn-mediation/data: patch`.',
    ]);
  });

  it('accepts a declared bump larger than needed', () => {
    const check = checkDeclaredBump({ changes: [], changesets: [changeset([{ name: DATA, type: 'minor' }])], packageName: DATA, version: '0.3.0' });
    expect(check.ok).toBe(true);
  });
});
