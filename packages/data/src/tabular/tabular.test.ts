import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DATASET_NAMES } from '../dataset-names';
import { DATASETS } from '../dataset-records';
import { PartialDate } from '../schema/date';
import { Unit } from '../schema/quantity';
import { Source } from '../schema/source';
import { LIST_DELIMITER } from './columns';
import type { Column } from './columns';
import { fromCsvRows, toCsv } from './csv';
import { dataPackage, tableSchemaFor, xsdPattern } from './datapackage';
import { datasetColumns } from './dataset-columns';

/** Parses CSV with csv-parse, a parser that does not share our writer's code. */
function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relaxColumnCount: false });
}

const columnsOf = datasetColumns;

describe('CSV flattening', () => {
  it.each(DATASET_NAMES)('round-trips every value of %s through CSV', (name) => {
    const columns = columnsOf(name);
    const back = fromCsvRows(parseCsv(toCsv(DATASETS[name], columns)), columns);
    expect(back).toEqual(JSON.parse(JSON.stringify(DATASETS[name])));
  });

  it('names nested fields with dots and array items by index', () => {
    const names = columnsOf('timeline').map((column) => column.name);
    expect(names).toEqual(expect.arrayContaining(['date.kind', 'date.date.year', 'date.start.year', 'date.end.year', 'sources.0.quote', 'sources.1.article', 'quantity.value']));
  });

  it('writes a list of strings as one cell joined with " | "', () => {
    const columns = columnsOf('timeline');
    const rows = parseCsv(toCsv(DATASETS.timeline, columns));
    const actorsAt = rows[0]?.indexOf('actors') ?? -1;
    const index = DATASETS.timeline.findIndex((event) => event.actors.length > 1);
    expect(rows[index + 1]?.[actorsAt]).toBe(DATASETS.timeline[index]?.actors.join(' | '));
  });

  it('writes an event’s topics as one list cell, main topic first, typed list in the Table Schema', () => {
    const columns = columnsOf('timeline');
    const rows = parseCsv(toCsv(DATASETS.timeline, columns));
    const topicsAt = rows[0]?.indexOf('topics') ?? -1;
    const index = DATASETS.timeline.findIndex((event) => event.topics.length > 1);
    expect(index).toBeGreaterThan(-1);
    const cell = rows[index + 1]?.[topicsAt] ?? '';
    expect(cell.split(LIST_DELIMITER)).toEqual(DATASETS.timeline[index]?.topics);
    expect(tableSchemaFor('timeline', columns).fields.find((field) => field.name === 'topics')).toMatchObject({ type: 'list', delimiter: LIST_DELIMITER, constraints: { required: true } });
  });

  it('never stores a list item that contains the list delimiter', () => {
    const offenders = DATASET_NAMES.flatMap((name) =>
      DATASETS[name].flatMap((record) =>
        Object.values(record).flatMap((value: unknown) => (Array.isArray(value) ? value.filter((item: unknown) => typeof item === 'string' && item.includes(LIST_DELIMITER)) : [])),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('quotes cells with commas, quotes and line breaks', () => {
    const columns = [{ name: 'id', path: ['id'], type: 'string' as const, required: true, description: 'Record id' }];
    const csv = toCsv([{ id: 'a, "b"\nc' }], columns);
    expect(parseCsv(csv)[1]).toEqual(['a, "b"\nc']);
  });
});

describe('Table Schema', () => {
  it('types each field from the zod schema', () => {
    const fields = tableSchemaFor('pko', columnsOf('pko')).fields;
    expect(fields.find((field) => field.name === 'value')?.type).toBe('number');
    expect(fields.find((field) => field.name === 'asOf.date.year')?.type).toBe('integer');
    expect(fields.find((field) => field.name === 'unit')?.constraints?.enum).toContain('persons');
    expect(fields.find((field) => field.name === 'id')?.constraints?.required).toBe(true);
  });

  it('describes one resource per dataset and cites both articles', () => {
    const descriptor = dataPackage('1.2.3', 'MIT', DATASET_NAMES.map((name) => ({ name, columns: columnsOf(name) })));
    expect(descriptor.version).toBe('1.2.3');
    expect(descriptor.resources.map((resource) => resource.path)).toEqual(DATASET_NAMES.map((name) => `data/${name}.csv`));
    expect(descriptor.sources.map((source) => source.title).join(' ')).toMatch(/iseas-2021-6[\s\S]*diplomat-2016/);
  });
});

describe('column descriptions', () => {
  it('carry the description of the source field with the item number of a flattened list', () => {
    const fields = tableSchemaFor('timeline', columnsOf('timeline')).fields;
    const quote = Source.shape.quote.description ?? '';
    expect(quote).not.toBe('');
    expect(fields.find((field) => field.name === 'sources.0.quote')?.description).toBe(`${quote} (source 1)`);
    expect(fields.find((field) => field.name === 'sources.1.quote')?.description).toBe(`${quote} (source 2)`);
  });

  it('say which date of a span a flattened date column belongs to', () => {
    const columns = columnsOf('timeline');
    const start = columns.find((column) => column.name === 'date.start.year')?.description ?? '';
    const end = columns.find((column) => column.name === 'date.end.year')?.description ?? '';
    expect(start.startsWith(PartialDate.shape.year.description ?? '-')).toBe(true);
    expect(start).not.toBe(end);
  });

  it('keep the field description alone for a top-level column', () => {
    const columns = columnsOf('pko');
    expect(columns.find((column) => column.name === 'unit')?.description).toBe(Unit.description);
  });
});

describe('formula cells in the data CSV', () => {
  const columns: Column[] = [
    { name: 'id', path: ['id'], type: 'string', required: true, description: 'Record id' },
    { name: 'value', path: ['value'], type: 'number', required: true, description: 'A number' },
    { name: 'actors', path: ['actors'], type: 'list', required: true, description: 'Names' },
  ];

  it('defuses text a spreadsheet would run, and reads it back as written', () => {
    const records = [{ id: '=HYPERLINK("http://x")', value: 1, actors: ['@someone', 'Vietnam'] }];
    const rows = parseCsv(toCsv(records, columns));
    expect(rows[1]).toEqual(["'=HYPERLINK(\"http://x\")", '1', "'@someone | Vietnam"]);
    expect(fromCsvRows(rows, columns)).toEqual(records);
  });

  it('keeps a negative number in a numeric column a number', () => {
    const rows = parseCsv(toCsv([{ id: 'a', value: -5, actors: [] }], columns));
    expect(rows[1]?.[1]).toBe('-5');
    expect(fromCsvRows(rows, columns)[0]?.value).toBe(-5);
  });

  it('never stores a string that starts with an apostrophe before a formula character, which reading back would drop', () => {
    const offenders = DATASET_NAMES.flatMap((name) => JSON.stringify(DATASETS[name]).match(/"'[=+\-@\t\r][^"]*"/g) ?? []);
    expect(offenders).toEqual([]);
  });
});

describe('Table Schema constraints', () => {
  it('write JSON Schema patterns in the XML Schema syntax, which always matches the whole value', () => {
    expect(xsdPattern('^[a-z0-9]+(?:-[a-z0-9]+)*$')).toBe('[a-z0-9]+(-[a-z0-9]+)*');
    expect(xsdPattern('^[a-z-]+\\/[a-z0-9-]+$')).toBe('[a-z-]+/[a-z0-9-]+');
  });

  it('refuse a pattern XML Schema cannot say, rather than publish one that means something else', () => {
    expect(() => xsdPattern('[a-z]+')).toThrow(/not anchored/);
    expect(() => xsdPattern('^(?!x)[a-z]+$')).toThrow(/syntax/);
    expect(() => xsdPattern('^\\bword$')).toThrow(/syntax/);
  });

  it('mark a column of a required union required when every branch requires it', () => {
    const columns = columnsOf('timeline');
    expect(columns.find((column) => column.name === 'date.kind')?.required).toBe(true);
    expect(columns.find((column) => column.name === 'date.date.year')?.required).toBe(false);
  });

  it('mark the first source required, since every record has one, and later sources optional', () => {
    const columns = columnsOf('pko');
    expect(columns.find((column) => column.name === 'sources.0.quote')?.required).toBe(true);
    expect(columns.find((column) => column.name === 'sources.0.footnote')?.required).toBe(false);
  });

  it('write the ids of people an event involves one per column, so each can be a foreign key', () => {
    const names = columnsOf('timeline').map((column) => column.name);
    expect(names).toEqual(expect.arrayContaining(['personIds.0', 'personIds.1', 'documentIds.0']));
    expect(names).not.toContain('personIds');
  });

  it('leave the bibliography authors optional, since eleven footnotes name none', () => {
    const authors = tableSchemaFor('bibliography', columnsOf('bibliography')).fields.find((field) => field.name === 'authors');
    expect(authors?.constraints?.required).toBeUndefined();
    expect(DATASETS.bibliography.filter((entry) => entry.authors === undefined)).toHaveLength(11);
  });
});
