import { describe, expect, it } from 'vitest';
import { DATASET_NAMES } from './dataset-names';
import { DATASETS } from './dataset-records';
import { DATASET_SCHEMAS } from './dataset-schemas';
import { validate } from './validate';
import { articleText } from './test-support/articles-text';
import { quoteStates } from './evidence/evidence-issues';
import { storedNumbers } from './evidence/stored-numbers';
import { citingRecords } from './cited-by';
import { TIMELINE_TOPICS } from './vocabulary/timeline';

interface AnyRecord {
  id: string;
  sources: readonly { article: 'iseas-2021-6' | 'diplomat-2016'; quote: string; footnote?: number }[];
}

const everyRecord: { dataset: string; record: AnyRecord }[] = DATASET_NAMES.flatMap((dataset) =>
  DATASETS[dataset].map((record: AnyRecord) => ({ dataset, record })),
);

describe('every dataset', () => {
  it.each(DATASET_NAMES)('passes its own validator: %s', (name) => {
    const result = validate(name, DATASETS[name]);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it.each(DATASET_NAMES)('parses every record with its schema: %s', (name) => {
    for (const record of DATASETS[name]) expect(DATASET_SCHEMAS[name].safeParse(record).success, JSON.stringify(record).slice(0, 80)).toBe(true);
  });

  it('holds well over a hundred records', () => {
    expect(everyRecord.length).toBeGreaterThan(150);
  });
});

describe('sources', () => {
  it('quote every passage verbatim from its article', () => {
    const missing = everyRecord.flatMap(({ dataset, record }) =>
      record.sources.filter((s) => !articleText[s.article].includes(s.quote)).map((s) => `${dataset}/${record.id}: ${s.quote}`),
    );
    expect(missing).toEqual([]);
  });

  it('state every number a record stores in one of its quotes', () => {
    const unstated = everyRecord.flatMap(({ dataset, record }) =>
      storedNumbers(record)
        .filter((n) => !record.sources.some((s) => quoteStates(s.quote, n)))
        .map((n) => `${dataset}/${record.id} ${n.path}=${n.value}`),
    );
    expect(unstated).toEqual([]);
  });

  it('name the footnote that a quote’s own marker points to', () => {
    const misnumbered = everyRecord.flatMap(({ dataset, record }) =>
      record.sources
        .filter((s) => {
          const markers = [...s.quote.matchAll(/\[(\d{1,2})\]/g)].map((match) => Number(match[1]));
          return markers.length > 0 && (s.footnote === undefined || !markers.includes(s.footnote));
        })
        .map((s) => `${dataset}/${record.id}: ${s.quote.slice(0, 60)}`),
    );
    expect(misnumbered).toEqual([]);
  });

  it('cite only footnotes that the bibliography holds', () => {
    const footnotes = new Set(DATASETS.bibliography.map((entry) => entry.footnote));
    const cited = everyRecord.flatMap(({ record }) => record.sources.flatMap((s) => (s.footnote === undefined ? [] : [s.footnote])));
    expect(cited.filter((n) => !footnotes.has(n))).toEqual([]);
  });
});

const NUMBER_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
function readCount(text: string): number {
  return NUMBER_WORDS[text] ?? Number(text);
}

describe('partnerships', () => {
  it('count the relations and each tier as the article states them', () => {
    const match = /established (\d+) diplomatic relations, among which are (\w+) comprehensive strategic partnerships, (\w+) strategic partnerships, and (\w+) comprehensive partnerships/.exec(
      articleText['iseas-2021-6'],
    );
    expect(match).not.toBeNull();
    const [, total = '', comprehensiveStrategic = '', strategic = '', comprehensive = ''] = match ?? [];
    const byId = new Map(DATASETS.partnerships.map((figure) => [figure.id, figure.value]));
    expect(byId.get('diplomatic-relations')).toBe(readCount(total));
    expect(byId.get('comprehensive-strategic-partnerships')).toBe(readCount(comprehensiveStrategic));
    expect(byId.get('strategic-partnerships')).toBe(readCount(strategic));
    expect(byId.get('comprehensive-partnerships')).toBe(readCount(comprehensive));
  });

  it('hold no more tier partnerships than relations', () => {
    const tiers = DATASETS.partnerships.filter((figure) => figure.measure === 'partnership-tier');
    const total = DATASETS.partnerships.find((figure) => figure.measure === 'diplomatic-relations')?.value ?? 0;
    expect(tiers).toHaveLength(3);
    expect(tiers.reduce((sum, figure) => sum + figure.value, 0)).toBeLessThanOrEqual(total);
  });

  it('cannot attach a tier to a country, since the article never says which country holds which tier', () => {
    const foe = DATASETS['former-foes'][0];
    expect(DATASET_SCHEMAS['former-foes'].safeParse({ ...foe, tier: 'strategic' }).success).toBe(false);
    const tier = DATASETS.partnerships.find((figure) => figure.measure === 'partnership-tier');
    expect(DATASET_SCHEMAS.partnerships.safeParse({ ...tier, country: 'China' }).success).toBe(false);
  });

  it('give the Lowy ranks the article prints', () => {
    const match = /ranked (\d+)th in the world and (\d+)th in Asia/.exec(articleText['iseas-2021-6']);
    const ranks = DATASETS.partnerships.filter((figure) => figure.measure === 'diplomacy-index-rank').map((figure) => [figure.scope, figure.value]);
    expect(ranks).toEqual([
      ['world', Number(match?.[1])],
      ['asia', Number(match?.[2])],
    ]);
  });
});

describe('derived values', () => {
  const derived = DATASET_NAMES.flatMap((name) =>
    DATASETS[name].flatMap((record: { id: string; value?: number; derivedFrom?: { numerator: number; denominator: number }; notes?: string[] }) =>
      record.derivedFrom === undefined || record.value === undefined ? [] : [{ name, record, value: record.value, parts: record.derivedFrom }],
    ),
  );

  it('exist for the printed 23/166 share', () => {
    expect(derived.map(({ record }) => record.id)).toContain('female-officer-share');
  });

  it.each(derived.map(({ name, record, value, parts }) => [`${name}/${record.id}`, value, parts, record.notes ?? []] as const))(
    'keep the printed value of %s within a rounding step of the recomputed one, noting any difference',
    (_label, value, parts, notes) => {
      const decimals = String(value).split('.')[1]?.length ?? 0;
      const computed = (100 * parts.numerator) / parts.denominator;
      expect(Math.abs(computed - value)).toBeLessThan(10 ** -decimals);
      if (computed.toFixed(decimals) !== value.toFixed(decimals)) {
        expect(notes.join(' ')).toContain(computed.toFixed(2));
      }
    },
  );
});

describe('cross-dataset references', () => {
  it('name only people and documents that exist', () => {
    const people = new Set(DATASETS.people.map((person) => person.id));
    const documents = new Set(DATASETS.documents.map((document) => document.id));
    const dangling = DATASETS.timeline.flatMap((event) => [
      ...(event.personIds ?? []).filter((id) => !people.has(id)),
      ...(event.documentIds ?? []).filter((id) => !documents.has(id)),
    ]);
    expect(dangling).toEqual([]);
  });

  it('list in the bibliography exactly the records that cite each footnote', () => {
    const mismatched = DATASETS.bibliography.filter((entry) => JSON.stringify(entry.citedBy) !== JSON.stringify(citingRecords().get(entry.footnote) ?? []));
    expect(mismatched.map((entry) => entry.id)).toEqual([]);
  });
});

describe('bibliography', () => {
  it('holds every footnote from 1 to 48', () => {
    const numbered = DATASETS.bibliography.filter((entry) => !entry.secondary).map((entry) => entry.footnote);
    expect(numbered).toEqual(Array.from({ length: 48 }, (_, index) => index + 1));
  });

  it('holds a second reference exactly where the article prints an unnumbered line after a footnote', () => {
    const text = articleText['iseas-2021-6'];
    const printed = [...text.matchAll(/^\[(\d+)\] .*\n\n(?!\[)(?!ISEAS Perspective is)(\S.*)$/gm)].map((match) => Number(match[1]));
    const secondary = DATASETS.bibliography.filter((entry) => entry.secondary).map((entry) => entry.footnote);
    expect(secondary).toEqual(printed);
    expect(secondary).toEqual([9, 23, 26, 36, 38]);
  });
});

describe('timeline', () => {
  it('draws events from both articles', () => {
    const articles = new Set(DATASETS.timeline.map((event) => event.sources[0]?.article));
    expect([...articles].sort()).toEqual(['diplomat-2016', 'iseas-2021-6']);
  });

  it('is in chronological order of start year', () => {
    const years = DATASETS.timeline.map((event) => (event.date.kind === 'span' ? event.date.start.year : event.date.date.year));
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('keeps the article’s wording of the king’s span in the title', () => {
    expect(DATASETS.timeline.find((event) => event.id === 'king-tran-nhan-tong')?.title).toContain('King Tran Nhan Tong (1258-1308)');
  });

  it('files under korea every event whose quotes name a Korea, the DPRK, Pyongyang or Kim', () => {
    const koreanWords = /Korea|DPRK|Pyongyang|\bKim\b/;
    const missing = DATASETS.timeline.filter((event) => event.sources.some((s) => koreanWords.test(s.quote)) && !event.topics.includes('korea'));
    expect(missing.map((event) => event.id)).toEqual([]);
  });

  it('files every diplomat-2016 event under korea, since the article tells each as part of Hanoi–Pyongyang relations', () => {
    const diplomat = DATASETS.timeline.filter((event) => event.sources[0]?.article === 'diplomat-2016');
    expect(diplomat.length).toBeGreaterThan(10);
    expect(diplomat.filter((event) => !event.topics.includes('korea')).map((event) => event.id)).toEqual([]);
  });

  it('uses every topic of the vocabulary, so no filter is left without events', () => {
    const used = new Set(DATASETS.timeline.flatMap((event) => event.topics));
    expect(TIMELINE_TOPICS.filter((topic) => !used.has(topic))).toEqual([]);
  });
});
