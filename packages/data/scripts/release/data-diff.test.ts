import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { diffSnapshots, flattenRecord, inlineCode, renderDiffMarkdown } from './data-diff';
import type { FieldShape } from './field-shapes';
import type { DataSnapshot } from './snapshot';

const id: FieldShape = { types: ['string'], required: true, constraints: {} };
const title: FieldShape = { types: ['string'], required: true, constraints: { minLength: 1 }, description: 'Short title' };

function snapshot(version: string, datasets: DataSnapshot['datasets']): DataSnapshot {
  return { version, datasets };
}

const before = snapshot('0.1.0', {
  timeline: {
    fields: { id, title },
    records: [
      { id: 'geneva', title: 'Geneva Accords', actors: ['France', 'Vietnam'], sources: [{ quote: 'in 1954', footnote: 3 }] },
      { id: 'paris', title: 'Paris talks', actors: [], sources: [{ quote: 'in 1968' }] },
    ],
  },
  people: { fields: { id }, records: [{ id: 'kim' }] },
});

const after = snapshot('0.2.0', {
  timeline: {
    fields: { id, title: { ...title, description: 'Short title in our words' } },
    records: [
      { id: 'geneva', title: 'Geneva Accords', actors: ['France', 'Viet Minh'], sources: [{ quote: 'in 1954', footnote: 4 }] },
      { id: 'hanoi-summit', title: 'Hanoi summit', actors: ['Trump', 'Kim'], sources: [{ quote: 'in Hanoi' }] },
    ],
  },
  documents: { fields: { id }, records: [{ id: 'charter' }, { id: 'treaty' }] },
});

describe('flattenRecord', () => {
  it('keeps a list of strings whole and numbers a list of objects', () => {
    const flat = flattenRecord({ id: 'a', actors: ['x', 'y'], sources: [{ quote: 'q', footnote: 1 }], date: { year: 1954 } });
    expect([...flat.keys()]).toEqual(['id', 'actors', 'sources[0].quote', 'sources[0].footnote', 'date.year']);
    expect(flat.get('actors')).toEqual(['x', 'y']);
  });
});

describe('diffSnapshots', () => {
  const diff = diffSnapshots(before, after, { from: '0.1.0', to: '0.2.0' });
  const timeline = diff.datasets.find((dataset) => dataset.dataset === 'timeline');

  it('lists the records added and removed by id', () => {
    expect(timeline?.added.map((record) => record.id)).toEqual(['hanoi-summit']);
    expect(timeline?.removed.map((record) => record.id)).toEqual(['paris']);
  });

  it('gives each changed value of a kept record with its old and new value', () => {
    expect(timeline?.changed).toEqual([
      {
        id: 'geneva',
        changes: [
          { path: 'actors', before: ['France', 'Vietnam'], after: ['France', 'Viet Minh'] },
          { path: 'sources[0].footnote', before: 3, after: 4 },
        ],
      },
    ]);
  });

  it('reports a value that appears or disappears as absent on the other side', () => {
    const one = snapshot('1', { people: { fields: { id }, records: [{ id: 'kim', role: 'leader' }] } });
    const two = snapshot('2', { people: { fields: { id }, records: [{ id: 'kim', name: 'Kim' }] } });
    const changes = diffSnapshots(one, two, { from: '1', to: '2' }).datasets[0]?.changed[0]?.changes;
    expect(changes).toEqual([
      { path: 'name', before: undefined, after: 'Kim' },
      { path: 'role', before: 'leader', after: undefined },
    ]);
  });

  it('marks whole datasets added and removed', () => {
    expect(diff.datasets.map((dataset) => [dataset.dataset, dataset.status])).toEqual([
      ['timeline', 'kept'],
      ['documents', 'added'],
      ['people', 'removed'],
    ]);
  });

  it('reports a changed field of the schema', () => {
    expect(timeline?.fields.map((field) => field.path)).toEqual(['title']);
  });
});

function inlineCodeValues(node: Nodes): string[] {
  if (node.type === 'inlineCode') return [node.value];
  return 'children' in node ? node.children.flatMap((child) => inlineCodeValues(child)) : [];
}

function headings(node: Nodes): string[] {
  if (node.type === 'heading') return [`${'#'.repeat(node.depth)} ${node.children.map((child) => ('value' in child ? child.value : '')).join('')}`];
  return 'children' in node ? node.children.flatMap((child) => headings(child)) : [];
}

describe('renderDiffMarkdown', () => {
  const markdown = renderDiffMarkdown(diffSnapshots(before, after, { from: '0.1.0', to: '0.2.0' }));
  const tree = fromMarkdown(markdown);

  it('gives each changed dataset a heading at the level asked for', () => {
    expect(headings(tree)).toEqual(['## timeline', '## documents', '## people']);
    expect(headings(fromMarkdown(renderDiffMarkdown(diffSnapshots(before, after, { from: 'a', to: 'b' }), 4)))).toEqual(['#### timeline', '#### documents', '#### people']);
  });

  it('counts the records of each kind and names added and removed records with their title', () => {
    expect(markdown).toContain('1 added, 1 removed, 1 changed (2 → 2 records).');
    expect(markdown).toContain('- `hanoi-summit`: Hanoi summit');
    expect(markdown).toContain('- `paris`: Paris talks');
    expect(markdown).toContain('New dataset with 2 records.');
    expect(markdown).toContain('Dataset removed (it had 1 record).');
  });

  it('prints every changed value as JSON that a Markdown reader gets back intact', () => {
    const codes = inlineCodeValues(tree);
    expect(codes).toContain('["France","Vietnam"]');
    expect(codes).toContain('["France","Viet Minh"]');
    expect(markdown).toContain('  - `sources[0].footnote`: `3` → `4`');
  });

  it('sums up reworded field descriptions in one line', () => {
    expect(markdown).toContain('- 1 description added or reworded: `title`');
  });

  it('says so when nothing changed', () => {
    expect(renderDiffMarkdown(diffSnapshots(before, before, { from: 'v1', to: 'v1 again' }))).toBe('No dataset changed between v1 and v1 again.\n');
  });
});

describe('inlineCode', () => {
  it('fences text holding backticks so a Markdown parser reads the text back unchanged', () => {
    for (const text of ['plain', 'a `tick` inside', '``double``', '`edge', 'pipe | and *stars*']) {
      expect(inlineCodeValues(fromMarkdown(inlineCode(text)))).toEqual([text]);
    }
  });
});
