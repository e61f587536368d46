// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pkoFigures } from '@vn-mediation/data/pko';
import { pkoMarkdown } from './tableAsMarkdown';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
// The example imports the models by relative path so the package's own typecheck and tests need no
// build of itself; the README shows the same file as a user writes it, from the published subpath.
const example = readFileSync(new URL('./tableAsMarkdown.ts', import.meta.url), 'utf8').replaceAll("from '../index'", "from '@vn-mediation/ui/model'");

describe('the README’s model example', () => {
  it('is this tested file, word for word', () => {
    expect(readme).toContain(example.trim());
  });

  it('writes one Markdown row per record the chart shows, with the caption and the source line', () => {
    const lines = pkoMarkdown.split('\n');
    expect(lines[0]).toBe('**Data of “Vietnam’s UN peacekeepers by type, with the date of each figure”**');
    expect(lines[2]).toBe('| Figure | Value | As of | Source |');
    expect(lines[3]).toBe('| --- | ---: | --- | --- |');
    const rows = lines.filter((line) => line.startsWith('| ') && !line.startsWith('| Figure') && !line.startsWith('| ---'));
    // Every row is a figure of the dataset, named by its label.
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(pkoFigures.some((figure) => row.startsWith(`| ${figure.label} |`))).toBe(true);
    expect(lines.at(-1)).toMatch(/^Sources?: Hoang Oanh, .*Data: @vn-mediation\/data /);
  });
});
