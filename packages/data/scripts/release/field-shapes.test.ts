import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldShapes, parentPath } from './field-shapes';

const PointOrSpan = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('point'), date: z.object({ year: z.number().int(), month: z.number().int().optional() }) }),
  z.object({ kind: z.literal('span'), start: z.object({ year: z.number().int() }), end: z.object({ year: z.number().int() }) }),
]);

const Event = z.object({
  id: z.string().regex(/^[a-z-]+$/),
  title: z.string().min(1).meta({ description: 'What happened' }),
  category: z.enum(['korea', 'history']),
  actors: z.array(z.string()),
  when: PointOrSpan,
  sources: z.array(z.object({ quote: z.string().max(320), footnote: z.number().int().min(1).max(48).optional() })).min(1),
  notes: z.array(z.string()).optional(),
});

describe('fieldShapes', () => {
  const fields = fieldShapes(z.toJSONSchema(Event));

  it('names nested fields by dotted path and list items with []', () => {
    expect(Object.keys(fields)).toEqual(
      expect.arrayContaining(['id', 'title', 'actors', 'actors[]', 'when', 'when.kind', 'when.date.year', 'when.start.year', 'sources[]', 'sources[].quote', 'notes']),
    );
  });

  it('tells required fields from optional ones, list items included', () => {
    expect(fields.title?.required).toBe(true);
    expect(fields.notes?.required).toBe(false);
    expect(fields['sources[].quote']?.required).toBe(true);
    expect(fields['sources[].footnote']?.required).toBe(false);
  });

  it('makes a field of only one union branch optional, but keeps what its own parent requires', () => {
    expect(fields['when.kind']?.required).toBe(true);
    expect(fields['when.date']?.required).toBe(false);
    expect(fields['when.start']?.required).toBe(false);
    expect(fields['when.date.year']?.required).toBe(true);
    expect(fields['when.date.month']?.required).toBe(false);
  });

  it('gathers the constant of each union branch as the allowed values', () => {
    expect(fields['when.kind']?.enum).toEqual(['point', 'span']);
    expect(fields.category?.enum).toEqual(['history', 'korea']);
  });

  it('keeps integer apart from number and records constraints and descriptions', () => {
    expect(fields['when.date.year']?.types).toEqual(['integer']);
    expect(fields['sources[].quote']?.constraints).toEqual({ maxLength: 320 });
    expect(fields.sources?.constraints).toEqual({ minItems: 1 });
    expect(fields['sources[].footnote']?.constraints).toEqual({ minimum: 1, maximum: 48 });
    expect(fields.title?.description).toBe('What happened');
  });

  it('reads nothing from a value that is not a schema', () => {
    expect(fieldShapes('not a schema')).toEqual({});
    expect(fieldShapes(null)).toEqual({});
  });
});

describe('parentPath', () => {
  it('steps out of objects and lists', () => {
    expect(parentPath('date.start.year')).toBe('date.start');
    expect(parentPath('sources[].quote')).toBe('sources[]');
    expect(parentPath('sources[]')).toBe('sources');
    expect(parentPath('title')).toBe('');
  });
});
