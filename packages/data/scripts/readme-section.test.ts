import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASET_NAMES } from '../src/dataset-names';
import { Source } from '../src/schema/source';
import { readmeSection, withSection } from './readme-section';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('carries the dataset section generated from the current schemas and data', () => {
    expect(readme).toBe(withSection(readme));
    expect(readme).toContain(readmeSection());
  });

  it('documents every dataset', () => {
    for (const name of DATASET_NAMES) expect(readme).toContain(`### ${name}`);
  });

  it('gives every field row, nested fields included, a description from the schema', () => {
    const rows = readmeSection()
      .split('\n')
      .filter((line) => /^\| `[^`]+` \| (yes|no) \|/.test(line))
      .map((line) => line.split(/(?<!\\)\|/).map((cell) => cell.trim()));
    expect(rows.length).toBeGreaterThan(DATASET_NAMES.length * 4);
    expect(rows.filter((cells) => cells[4] === '').map((cells) => cells[1])).toEqual([]);
    expect(rows.find((cells) => cells[1] === '`sources[].quote`')?.[4]).toBe(Source.shape.quote.description);
  });
});
