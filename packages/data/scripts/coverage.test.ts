import { Lexer } from 'marked';
import type { Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { DATASET_NAMES } from '../src/dataset-names';
import { DATASETS } from '../src/dataset-records';
import { packageCoverage } from '../src/article-coverage/package-coverage';
import { sentencesOf } from '../src/article-coverage/sentences';
import { ARTICLE_IDS } from '../src/schema/article';
import { articleText } from '../src/test-support/articles-text';
import { coverageMarkdown } from './coverage';

const tokens = Lexer.lex(coverageMarkdown(packageCoverage()));
const tables = tokens.filter((token): token is Tokens.Table => token.type === 'table');
const headings = tokens.filter((token): token is Tokens.Heading => token.type === 'heading');
const everyRef = new Set(DATASET_NAMES.flatMap((name) => DATASETS[name].map((record: { id: string }) => `${name}/${record.id}`)));

function cellText(cell: Tokens.TableCell | undefined): string {
  return cell?.text ?? '';
}

describe('the coverage report', () => {
  it('is Markdown with a summary table, then a heading and a table for each article', () => {
    expect(headings.map((heading) => [heading.depth, heading.text])).toEqual([[1, 'Sentence coverage of the two articles'], ...ARTICLE_IDS.map((article) => [2, article])]);
    expect(tables).toHaveLength(1 + ARTICLE_IDS.length);
    expect(tables.slice(1).map((table) => table.header.map(cellText))).toEqual(ARTICLE_IDS.map(() => ['#', 'sentence', 'key', 'status', 'records']));
  });

  it('gives a row to every sentence of each article, numbered from 1', () => {
    ARTICLE_IDS.forEach((article, index) => {
      const rows = tables[index + 1]?.rows ?? [];
      expect(rows.map((row) => Number(cellText(row[0])))).toEqual(sentencesOf(articleText[article]).map((_, position) => position + 1));
    });
  });

  it('names, in each row, a status and only records that exist', () => {
    const rows = tables.slice(1).flatMap((table) => table.rows);
    expect(rows.filter((row) => !/^(cited, \d+% quoted|allowlisted: .+|\*\*uncited\*\*)$/.test(cellText(row[3]))).map((row) => cellText(row[1]))).toEqual([]);
    const refs = rows.flatMap((row) => [...cellText(row[4]).matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ''));
    expect(refs.length).toBeGreaterThan(rows.length);
    expect(refs.filter((ref) => !everyRef.has(ref))).toEqual([]);
  });

  it('adds up each article’s sentences in the summary', () => {
    const rows = tables[0]?.rows ?? [];
    expect(rows.map((row) => cellText(row[0]))).toEqual(ARTICLE_IDS.map((article) => `\`${article}\``));
    for (const row of rows) {
      const [sentences, cited, allowlisted, uncited] = row.slice(1, 5).map((cell) => Number(cellText(cell)));
      expect(sentences).toBe((cited ?? 0) + (allowlisted ?? 0) + (uncited ?? 0));
    }
  });
});
