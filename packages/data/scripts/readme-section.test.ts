import { readFileSync } from 'node:fs';
import { Lexer } from 'marked';
import type { Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { DATASET_NAMES } from '../src/dataset-names';
import { ARTICLE_IDS } from '../src/schema/article';
import { Source } from '../src/schema/source';
import { coverageSection, readmeSection, withSection } from './readme-section';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('carries the dataset section generated from the current schemas and data', () => {
    expect(readme).toBe(withSection(readme));
    expect(readme).toContain(readmeSection());
  });

  it('carries the coverage section generated from the articles, the records and the allowlist', () => {
    expect(readme).toContain(coverageSection());
  });

  it('reports, in a Markdown table, no uncited sentence in either article', () => {
    const section = /<!-- coverage:start[\s\S]*?<!-- coverage:end -->/.exec(readme)?.[0] ?? '';
    const table = Lexer.lex(section).find((token): token is Tokens.Table => token.type === 'table');
    expect(table?.header.map((cell) => cell.text)).toEqual(['article', 'sentences', 'cited by a record', 'allowlisted', 'uncited', 'quoted in full']);
    expect(table?.rows.map((row) => [row[0]?.text, row[4]?.text])).toEqual(ARTICLE_IDS.map((article) => [`\`${article}\``, '0']));
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
