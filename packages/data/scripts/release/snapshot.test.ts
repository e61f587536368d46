import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, describe, expect, it } from 'vitest';
import { readBaseline, writeBaseline } from './baseline';
import type { FieldShape } from './field-shapes';
import { formatDatasetFile, parseDatasetFile, snapshotOf } from './snapshot';
import type { DataSnapshot } from './snapshot';

const made: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'baseline-'));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const schema: unknown = JSON.parse(readFileSync(new URL('./dataset-file.schema.json', import.meta.url), 'utf8'));
const validateFile = new Ajv2020({ allErrors: true, strict: true }).compile(typeof schema === 'object' && schema !== null ? schema : {});

const id: FieldShape = { types: ['string'], required: true, constraints: { pattern: '^[a-z-]+$' }, description: 'Stable id' };
const sample: DataSnapshot = {
  version: '0.4.1',
  datasets: {
    timeline: { fields: { id, 'sources[].quote': { types: ['string'], required: true, constraints: { maxLength: 320 } } }, records: [{ id: 'geneva', sources: [{ quote: 'the “Geneva” talks, 1954' }] }] },
    people: { fields: { id }, records: [{ id: 'kim' }, { id: 'trump' }] },
  },
};

describe('baseline files', () => {
  it('round-trip a snapshot through one file per dataset that the file schema accepts', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'removed-dataset.json'), '{}');
    writeBaseline(sample, dir);
    expect(readdirSync(dir).sort()).toEqual(['people.json', 'timeline.json']);
    for (const name of readdirSync(dir)) {
      const parsed: unknown = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      expect(validateFile(parsed), JSON.stringify(validateFile.errors)).toBe(true);
    }
    expect(readBaseline(dir)).toEqual(sample);
  });

  it('put one record on each line so a release diff reads record by record', () => {
    const text = formatDatasetFile('people', '0.4.1', { fields: { id }, records: [{ id: 'kim' }, { id: 'trump' }] });
    expect(text.split('\n')).toContain('{"id":"kim"},');
    expect(text.split('\n')).toContain('{"id":"trump"}');
  });

  it('the committed baseline passes the file schema and reads as one version', () => {
    const dir = new URL('../../released/', import.meta.url);
    const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const parsed: unknown = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
      expect(validateFile(parsed), `${name}: ${JSON.stringify(validateFile.errors)}`).toBe(true);
    }
    expect(readBaseline().version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('bad input', () => {
  it('names the file and the record that lacks an id', () => {
    const text = '{"dataset":"pko","version":"0.1.0","fields":{},"records":[{"id":"a"},{"label":"no id"}]}';
    expect(() => parseDatasetFile(text, 'released/pko.json')).toThrow('released/pko.json: dataset "pko", record 1 has no string "id"');
  });

  it('names the repeated id', () => {
    const text = '{"dataset":"pko","version":"0.1.0","fields":{},"records":[{"id":"a"},{"id":"a"}]}';
    expect(() => parseDatasetFile(text, 'released/pko.json')).toThrow('record 1 repeats the id "a"');
  });

  it('names the field whose shape is malformed', () => {
    const text = '{"dataset":"pko","version":"0.1.0","fields":{"label":{"types":"string","required":true,"constraints":{}}},"records":[]}';
    expect(() => parseDatasetFile(text, 'released/pko.json')).toThrow('released/pko.json: fields["label"].types is not a list of strings');
  });

  it('rejects text that is not JSON, saying which file', () => {
    expect(() => parseDatasetFile('{"dataset":', 'released/aid.json')).toThrow(/^released\/aid\.json: not valid JSON/);
  });

  it('rejects a dataset whose records have no schema, and a schema with no records', () => {
    expect(() => snapshotOf('1.0.0', { pko: [] }, {}, 'at HEAD')).toThrow('at HEAD: dataset "pko" has records but no schema');
    expect(() => snapshotOf('1.0.0', {}, { pko: {} }, 'at HEAD')).toThrow('at HEAD: dataset "pko" has a schema but no records');
  });

  it('rejects a baseline whose files carry different versions', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), formatDatasetFile('a', '0.1.0', { fields: {}, records: [] }));
    writeFileSync(join(dir, 'b.json'), formatDatasetFile('b', '0.2.0', { fields: {}, records: [] }));
    expect(() => readBaseline(dir)).toThrow('released/: the dataset files carry different versions (0.1.0, 0.2.0); refresh them together');
  });
});
