import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articles } from './articles';
import { cite, citeRecord, CITATION_FORMATS, isRecordRef, UnknownRecordError } from './cite';
import { DATASET_NAMES } from './dataset-names';
import { DATASETS } from './dataset-records';
import { pkoFigures } from './datasets/pko';
import { DATA_VERSION } from './version';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const cslSchema: unknown = JSON.parse(readFileSync(new URL('./test-support/csl-item.schema.json', import.meta.url), 'utf8'));
const validateCsl = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(typeof cslSchema === 'object' && cslSchema !== null ? cslSchema : {});

const everyRecord = DATASET_NAMES.flatMap((dataset) => DATASETS[dataset].map((record: { id: string; sources: readonly { article: 'iseas-2021-6' | 'diplomat-2016'; quote: string; footnote?: number }[] }) => ({ dataset, record })));

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error: unknown) {
    return error;
  }
  throw new Error('expected an error');
}

/** The README's examples: a ```ts block ending in a `cite(...)` call, then a ```text block with its output. */
function readmeExamples(): { ref: string; format: string; output: string }[] {
  return [...readme.matchAll(/```ts\n([\s\S]*?)```\n+```text\n([\s\S]*?)\n```/g)].flatMap((match) => {
    const call = /^cite\('([^']+)', \{ format: '([a-z-]+)' \}\);$/m.exec(match[1] ?? '');
    return call === null ? [] : [{ ref: call[1] ?? '', format: call[2] ?? '', output: match[2] ?? '' }];
  });
}

/** The README shows a version that moves with every release; the examples compare everything else. */
function withoutVersion(text: string): string {
  return text.replace(/version \d+\.\d+\.\d+(?:-[\w.]+)?/g, 'version <version>');
}

function parseBibtex(text: string): Record<string, unknown>[] {
  return plugins.input.chain(text, { forceType: '@bibtex/text', generateGraph: false }).map((item) => ({ ...Object(item) }));
}

describe('the README cite examples', () => {
  it('show a PKO figure and a timeline event', () => {
    const refs = readmeExamples().map((example) => example.ref);
    expect(refs.some((ref) => ref.startsWith('pko/'))).toBe(true);
    expect(refs.some((ref) => ref.startsWith('timeline/'))).toBe(true);
  });

  it.each(readmeExamples().map((example) => [example.ref, example.format, example] as const))('print what cite returns for %s in %s', (ref, format, example) => {
    const formatValue = CITATION_FORMATS.find((known) => known === format);
    expect(formatValue).toBeDefined();
    expect(isRecordRef(ref)).toBe(true);
    if (isRecordRef(ref)) expect(withoutVersion(cite(ref, { format: formatValue }))).toBe(withoutVersion(example.output));
  });
});

describe('cite', () => {
  it('cites a PKO figure in APA: the article, the record, its quote and footnote, and the dataset version', () => {
    const text = cite('pko/officers-sent');
    expect(text.startsWith('Hoang, O. (2021). Vietnam’s role in regional peace and mediation (ISEAS Perspective No. 2021/6).')).toBe(true);
    expect(text).toContain('pko/officers-sent');
    expect(text).toContain(`“${pkoFigures.find((figure) => figure.id === 'officers-sent')?.sources[0]?.quote ?? '-'}” (footnote 5)`);
    expect(text).toContain(`version ${DATA_VERSION}`);
  });

  it('agrees with citeproc-js’s APA rendering on author, year, title and publisher', () => {
    for (const ref of ['pko/officers-sent', 'timeline/us-statement-2016-05-23'] as const) {
      const ours = cite(ref, { format: 'apa' });
      const citeproc = new Cite(JSON.parse(cite(ref, { format: 'csl-json' }))).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
      const [head = ''] = /^[^(]+\(\d{4}\)\./.exec(citeproc) ?? [];
      expect(head).not.toBe('');
      expect(ours.startsWith(head)).toBe(true);
      const article = ref.startsWith('pko/') ? articles['iseas-2021-6'] : articles['diplomat-2016'];
      expect(citeproc.toLowerCase()).toContain(article.title.toLowerCase());
      expect(ours.toLowerCase()).toContain(article.title.toLowerCase());
      if (article.publisher !== undefined) expect(ours).toContain(article.publisher);
    }
  });

  it('cites in Chicago with the full date the article gives', () => {
    expect(cite('pko/officers-sent', { format: 'chicago' })).toContain('Hoang, Oanh. “Vietnam’s Role in Regional Peace and Mediation.” ISEAS Perspective, no. 2021/6. Singapore: ISEAS – Yusof Ishak Institute, January 27, 2021.');
    expect(cite('timeline/us-statement-2016-05-23', { format: 'chicago' })).toContain('Ramani, Samuel. “Can Vietnam Help Mediate With North Korea?” The Diplomat, 2016.');
  });

  it('gives a record that quotes both articles one reference per article, each with its own passages', () => {
    // No published record quotes both articles today; a user's merged record may.
    const merged = {
      id: 'both-articles',
      sources: [
        { article: 'iseas-2021-6', quote: 'first passage', footnote: 5 },
        { article: 'diplomat-2016', quote: 'second passage' },
      ],
    } as const;
    const items: unknown = JSON.parse(citeRecord('timeline', merged, { format: 'csl-json' }));
    expect(Array.isArray(items) ? items.map((item: unknown) => Reflect.get(Object(item), 'id')) : []).toEqual([
      'iseas-2021-6:timeline/both-articles',
      'diplomat-2016:timeline/both-articles',
    ]);
    const apa = citeRecord('timeline', merged, { format: 'apa' }).split('\n');
    expect(apa).toHaveLength(2);
    expect(apa[0]).toContain('first passage');
    expect(apa[1]).toContain('second passage');
  });

  it.each(DATASET_NAMES)('writes BibTeX for every %s record that citation-js parses back to the article, record and every quote', (dataset) => {
    for (const { record } of everyRecord.filter((entry) => entry.dataset === dataset)) {
      const items = parseBibtex(cite(`${dataset}/${record.id}`, { format: 'bibtex' }));
      const cited = [...new Set(record.sources.map((source) => source.article))];
      expect(items.map((item) => item.id)).toEqual(cited.map((article) => `${article}:${dataset}/${record.id}`));
      items.forEach((item, index) => {
        const article = articles[cited[index] ?? 'iseas-2021-6'];
        expect(item.title).toBe(article.title);
        expect(item.author).toEqual([{ family: article.authorName.family, given: article.authorName.given }]);
        const note = String(item.note);
        for (const source of record.sources.filter((candidate) => candidate.article === article.id)) expect(note).toContain(source.quote);
        expect(note).toContain(`${dataset}/${record.id}`);
        expect(note).toContain(`version ${DATA_VERSION}`);
      });
    }
  });

  it('writes CSL-JSON for every record that the CSL-JSON item schema accepts', () => {
    const rejected = everyRecord.flatMap(({ dataset, record }) =>
      validateCsl(JSON.parse(cite(`${dataset}/${record.id}`, { format: 'csl-json' }))) ? [] : [`${dataset}/${record.id}: ${JSON.stringify(validateCsl.errors)}`],
    );
    expect(rejected).toEqual([]);
  });

  it('would have CSL-JSON with a misspelt variable or no type refused by that schema', () => {
    const parsed: unknown = JSON.parse(cite('pko/officers-sent', { format: 'csl-json' }));
    const item: unknown = Array.isArray(parsed) ? parsed[0] : undefined;
    expect(validateCsl([{ ...Object(item), 'colection-title': 'x' }])).toBe(false);
    expect(validateCsl([{ ...Object(item), type: undefined }])).toBe(false);
  });

  it('escapes the characters LaTeX would read, so a percent sign survives BibTeX', () => {
    const bibtex = cite('pko/female-officer-share', { format: 'bibtex' });
    expect(bibtex).toContain('(13.8\\%)');
    expect(String(parseBibtex(bibtex)[0]?.note)).toContain('(13.8%)');
  });

  it('cites the record object itself, or an equal copy of it', () => {
    const figure = pkoFigures.find((candidate) => candidate.id === 'officers-sent');
    if (figure === undefined) throw new Error('no officers-sent figure');
    expect(cite(figure)).toBe(cite('pko/officers-sent'));
    expect(cite(structuredClone(figure), { format: 'bibtex' })).toBe(cite('pko/officers-sent', { format: 'bibtex' }));
  });

  it('refuses an edited copy, naming the field that differs, since the release does not hold it', () => {
    const figure = pkoFigures.find((candidate) => candidate.id === 'officers-sent');
    if (figure === undefined) throw new Error('no officers-sent figure');
    const edited = { ...structuredClone(figure), value: 44 };
    const error = thrown(() => cite(edited));
    expect(error).toBeInstanceOf(UnknownRecordError);
    expect(String(error)).toMatch(/differs from the published pko\/officers-sent \(field "value"\)/);
  });

  it('asks which dataset when a copied record is published under the same id in two', () => {
    const aid = DATASETS.aid.find((figure) => figure.id === 'flood-relief-2016');
    if (aid === undefined) throw new Error('no aid/flood-relief-2016');
    expect(cite(structuredClone(aid), { dataset: 'aid' })).toContain('aid/flood-relief-2016');
    const timelineCopy = structuredClone(DATASETS.timeline.find((event) => event.id === 'flood-relief-2016'));
    if (timelineCopy === undefined) throw new Error('no timeline/flood-relief-2016');
    expect(cite(timelineCopy)).toContain('timeline/flood-relief-2016');
  });

  it('names the dataset, the id and the closest ids of an unknown record', () => {
    const error = thrown(() => cite('pko/oficers-sent'));
    expect(error).toBeInstanceOf(UnknownRecordError);
    expect(error).toMatchObject({ dataset: 'pko', id: 'oficers-sent', suggestions: ['pko/officers-sent'] });
    expect(String(error)).toContain('no record "oficers-sent" in the pko dataset; did you mean "pko/officers-sent"?');
  });

  it('suggests every id that contains a partial one', () => {
    expect(thrown(() => cite('pko/officers'))).toMatchObject({ suggestions: ['pko/officers-sent', 'pko/female-officers-sent', 'pko/officers-sent-october-2020'] });
  });

  it('names an unknown dataset and suggests the closest', () => {
    // @ts-expect-error a JavaScript caller can pass any dataset name; the error must still be precise
    const error = thrown(() => cite('pk/officers-sent'));
    expect(error).toMatchObject({ dataset: 'pk', suggestions: ['pko/officers-sent'] });
    expect(String(error)).toContain('no dataset "pk"');
  });

  it('explains a bare id and says which datasets hold it', () => {
    // @ts-expect-error a JavaScript caller can pass a bare id; the error must say how to write a reference
    const error = thrown(() => cite('flood-relief-2016'));
    expect(String(error)).toContain('"<dataset>/<record-id>"');
    expect(error).toMatchObject({ suggestions: ['timeline/flood-relief-2016', 'aid/flood-relief-2016'] });
  });

  it('refuses an unknown format by name', () => {
    // @ts-expect-error a JavaScript caller can pass any format name
    expect(() => cite('pko/officers-sent', { format: 'mla' })).toThrow(/unknown citation format "mla"; expected one of apa, chicago, bibtex, csl-json/);
  });

  it('cites every record of every dataset in every format', () => {
    for (const { dataset, record } of everyRecord) for (const format of CITATION_FORMATS) expect(cite(`${dataset}/${record.id}`, { format })).toContain(record.id);
  });
});

describe('citeRecord', () => {
  it('cites a record you hold as cite does, without looking it up', () => {
    const figure = pkoFigures[1];
    if (figure === undefined) throw new Error('no second pko figure');
    expect(citeRecord('pko', figure, { format: 'chicago' })).toBe(cite(`pko/${figure.id}`, { format: 'chicago' }));
  });

  it('refuses a record without sources or with an unknown article, naming the record', () => {
    expect(() => citeRecord('pko', { id: 'x', sources: [] })).toThrow(/at least one source \(dataset pko\)/);
    // @ts-expect-error a JavaScript caller can pass any article id
    expect(() => citeRecord('pko', { id: 'x', sources: [{ article: 'nyt-2019', quote: 'q' }] })).toThrow(/record "x" of pko: sources\[0\]/);
    // @ts-expect-error a JavaScript caller can pass any dataset name
    expect(() => citeRecord('weather', { id: 'x', sources: [{ article: 'diplomat-2016', quote: 'q' }] })).toThrow(/unknown dataset "weather"/);
  });
});
