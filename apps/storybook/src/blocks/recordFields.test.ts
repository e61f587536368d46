import { describe, expect, it } from 'vitest';
import { recordDate, recordLabel, recordQuantities, recordValue } from './recordFields';

const source = { article: 'iseas-2021-6', quote: 'A quote.' };

describe('recordLabel', () => {
  it('names a record by its label, title, name or term, in that order', () => {
    expect(recordLabel({ id: 'a', label: 'Label', title: 'Title' })).toBe('Label');
    expect(recordLabel({ id: 'a', title: 'Title', name: 'Name' })).toBe('Title');
    expect(recordLabel({ id: 'a', name: 'Name', term: 'Term' })).toBe('Name');
    expect(recordLabel({ id: 'a', term: 'Term' })).toBe('Term');
  });

  it('falls back to the id, and says so when there is not even an id', () => {
    expect(recordLabel({ id: 'only-an-id', label: '' })).toBe('only-an-id');
    expect(recordLabel(null)).toBe('(a record with no label and no id)');
    expect(recordLabel(['label'])).toBe('(a record with no label and no id)');
  });
});

describe('recordDate', () => {
  it('reads a figure’s as-of date before an event date', () => {
    const asOf = { kind: 'point', date: { year: 2020, month: 1 }, qualifier: 'up-to' };
    const date = { kind: 'point', date: { year: 1995 } };
    expect(recordDate({ asOf, date })).toEqual({ status: 'read', value: asOf });
    expect(recordDate({ date })).toEqual({ status: 'read', value: date });
  });

  it('finds no date in a record without one, or in something that is not a record', () => {
    expect(recordDate({ id: 'a', sources: [source] })).toEqual({ status: 'absent' });
    expect(recordDate(42)).toEqual({ status: 'absent' });
  });

  it('reports a malformed date with its field and the schema’s reason', () => {
    const reading = recordDate({ asOf: { kind: 'point', date: { year: 2019, month: 2, day: 30 } } });
    expect(reading).toMatchObject({ status: 'invalid', field: 'asOf' });
    expect(reading.status === 'invalid' ? reading.reason : '').toMatch(/^date\.day: .*2019 has 28 days/);
    expect(recordDate({ date: '1995' })).toMatchObject({ status: 'invalid', field: 'date' });
  });
});

describe('recordValue', () => {
  it('reads a figure’s number with its unit and hedge', () => {
    expect(recordValue({ value: 20, unit: 'percent', valueQualifier: 'approximately' })).toEqual({
      status: 'read',
      value: { value: 20, unit: 'percent', valueQualifier: 'approximately' },
    });
  });

  it('reports a unit the datasets do not use, and a value that is not a finite number', () => {
    const unit = recordValue({ value: 3, unit: 'ships' });
    expect(unit).toMatchObject({ status: 'invalid', field: 'value' });
    expect(unit.status === 'invalid' ? unit.reason : '').toMatch(/^unit: /);
    const nan = recordValue({ value: Number.NaN, unit: 'persons' });
    expect(nan.status === 'invalid' ? nan.reason : '').toMatch(/^value: /);
  });

  it('finds no value in a record that has none', () => {
    expect(recordValue({ id: 'a', name: 'Hoang Oanh' })).toEqual({ status: 'absent' });
  });
});

describe('recordQuantities', () => {
  it('reads an event’s one quantity and an organisation’s list alike', () => {
    const troops = { label: 'troops deployed', value: 300000, unit: 'troops' };
    const members = { label: 'members', value: 15, unit: 'members' };
    expect(recordQuantities({ quantity: troops })).toEqual({ status: 'read', value: [troops] });
    expect(recordQuantities({ quantities: [members, members] })).toEqual({ status: 'read', value: [members, members] });
    expect(recordQuantities({ id: 'a' })).toEqual({ status: 'absent' });
  });

  it('reports which quantity of a list is malformed', () => {
    const reading = recordQuantities({ quantities: [{ label: 'members', value: 15, unit: 'members' }, { label: 'x', value: 'four', unit: 'members' }] });
    expect(reading).toMatchObject({ status: 'invalid', field: 'quantities' });
    expect(reading.status === 'invalid' ? reading.reason : '').toMatch(/^1\.value: /);
  });
});
