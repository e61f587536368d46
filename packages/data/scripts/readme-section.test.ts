import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASET_NAMES } from '../src/dataset-names';
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
});
