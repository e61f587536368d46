import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { withVersion } from '../scripts/sync-citation';
import { articles } from './articles';

const cffText = readFileSync(new URL('../CITATION.cff', import.meta.url), 'utf8');
const pkg: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const packageVersion = typeof pkg === 'object' && pkg !== null && 'version' in pkg ? pkg.version : undefined;

/** CITATION.cff read by a YAML parser (the yaml package), strict about duplicate keys and syntax. */
function cff(text = cffText): Record<string, unknown> {
  const value: unknown = parse(text, { uniqueKeys: true, prettyErrors: true });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('CITATION.cff is not a YAML mapping');
  return { ...value };
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

describe('CITATION.cff', () => {
  it('cites the version package.json gives, as a string', () => {
    expect(cff().version).toBe(packageVersion);
  });

  it('is a CFF 1.2.0 dataset citation with a title, authors and a message', () => {
    expect(cff()).toMatchObject({ 'cff-version': '1.2.0', type: 'dataset', license: 'MIT' });
    expect(typeof cff().title).toBe('string');
    expect(Array.isArray(cff().authors)).toBe(true);
  });

  it('describes the two articles as articles.ts does: title, author, date', () => {
    const references = cff().references;
    expect(Array.isArray(references)).toBe(true);
    const list: unknown[] = Array.isArray(references) ? references : [];
    for (const article of Object.values(articles)) {
      const reference = list.find((candidate) => field(candidate, 'title') === article.title);
      expect(reference, article.id).toBeDefined();
      expect(field(field(reference, 'authors'), '0')).toEqual({ 'family-names': article.authorName.family, 'given-names': article.authorName.given });
      const date = field(reference, 'date-published') ?? field(reference, 'year');
      expect(String(date instanceof Date ? date.toISOString().slice(0, 10) : date)).toBe(article.published);
    }
  });

  it('gets the new version from the sync script after a bump, and nothing else changes', () => {
    const bumped = withVersion(cffText, '0.2.0');
    expect(cff(bumped).version).toBe('0.2.0');
    expect({ ...cff(bumped), version: undefined }).toEqual({ ...cff(), version: undefined });
  });
});
