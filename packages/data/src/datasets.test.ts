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
import { AID_RECIPIENTS } from './vocabulary/aid';
import { happenedBy, isAfter, latestPublication } from './test-support/footnote-dates';
import type { YearMonth } from './test-support/footnote-dates';

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

  it('cite no footnote whose works were published before the dated passage it is cited for', () => {
    // A passage is dated by the timeline events and documents that quote it; every record quoting
    // the same passage with a footnote is checked, so an organisation cannot inherit a wrong one.
    const passageDates = new Map<string, YearMonth[]>();
    const dated = [...DATASETS.timeline.map((event) => ({ date: event.date, sources: event.sources })), ...DATASETS.documents.flatMap((doc) => (doc.date === undefined ? [] : [{ date: doc.date, sources: doc.sources }]))];
    for (const { date, sources } of dated) {
      const when = happenedBy(date);
      if (when !== undefined) for (const source of sources) passageDates.set(source.quote, [...(passageDates.get(source.quote) ?? []), when]);
    }
    const tooEarly = everyRecord.flatMap(({ dataset, record }) =>
      record.sources.flatMap((source) => {
        if (source.footnote === undefined || dataset === 'bibliography') return [];
        const published = latestPublication(DATASETS.bibliography.filter((entry) => entry.footnote === source.footnote));
        const later = (passageDates.get(source.quote) ?? []).find((when) => published !== undefined && isAfter(when, published));
        return later === undefined ? [] : [`${dataset}/${record.id}: footnote ${source.footnote} (${JSON.stringify(published)}) for a passage of ${JSON.stringify(later)}`];
      }),
    );
    expect(tooEarly).toEqual([]);
  });

  it('give a passage the same footnote in every record that quotes it', () => {
    const footnotesOf = new Map<string, Set<string>>();
    for (const { record } of everyRecord) {
      for (const source of record.sources) footnotesOf.set(source.quote, (footnotesOf.get(source.quote) ?? new Set()).add(String(source.footnote ?? 'none')));
    }
    expect([...footnotesOf].filter(([, footnotes]) => footnotes.size > 1).map(([quote, footnotes]) => `${[...footnotes].join(' vs ')}: ${quote}`)).toEqual([]);
  });

  it('cite footnote 22, the Annals, wherever they quote the account the Annals give of King Tran Nhan Tong', () => {
    const account = everyRecord.flatMap(({ dataset, record }) => record.sources.filter((s) => s.quote.startsWith('According to The Complete Annals')).map((s) => [`${dataset}/${record.id}`, s.footnote]));
    expect(account.length).toBeGreaterThan(1);
    expect(account.filter(([, footnote]) => footnote !== 22)).toEqual([]);
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

  it('record diplomat-2016’s “long-standing strategic partnership with North Korea” as its own phrase, apart from the tier counts', () => {
    const sentence = /retains a (long-standing strategic partnership) with (North Korea)/.exec(articleText['diplomat-2016']);
    expect(sentence).not.toBeNull();
    const phrase = DATASETS['partnership-phrases'].find((record) => record.phrase === sentence?.[1]);
    expect(phrase?.partner).toBe(sentence?.[2]);
    expect(phrase?.sources[0]?.article).toBe('diplomat-2016');
    // The tier chart reads the partnerships dataset: only iseas-2021-6 counts belong there.
    expect(DATASETS.partnerships.flatMap((figure) => figure.sources.map((s) => s.article)).filter((article) => article !== 'iseas-2021-6')).toEqual([]);
  });

  it('cannot give a partnership phrase a tier or a count, so it can never be mistaken for one', () => {
    const phrase = DATASETS['partnership-phrases'][0];
    expect(phrase).toBeDefined();
    expect(DATASET_SCHEMAS['partnership-phrases'].safeParse({ ...phrase, tier: 'strategic' }).success).toBe(false);
    expect(DATASET_SCHEMAS['partnership-phrases'].safeParse({ ...phrase, value: 1 }).success).toBe(false);
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

describe('aid', () => {
  it('gives every record one recipient value to filter on, from the vocabulary', () => {
    expect(new Set(DATASETS.aid.map((figure) => figure.recipient))).toEqual(new Set(AID_RECIPIENTS));
    expect(AID_RECIPIENTS).toHaveLength(1);
  });

  it('keeps the article’s own words for the recipient in each quote', () => {
    const unnamed = DATASETS.aid.filter((figure) => !figure.sources.some((s) => /DPRK|North Korea|North Asian nation/.test(s.quote)));
    expect(unnamed.map((figure) => figure.id)).toEqual([]);
  });
});

describe('peacekeeping', () => {
  it('types the people a figure counts only with the words its quote prints right after the number', () => {
    const people = DATASETS.pko.filter((figure) => figure.unit === 'persons' && figure.personnelType !== undefined);
    expect(people.length).toBeGreaterThan(2);
    const untyped = people.filter((figure) => {
      const words = (figure.personnelType ?? '').replace(/-/g, ' ');
      // "23/166 female officers" types the 23: a printed ratio's first number is followed by its denominator.
      const printed = new RegExp(`(^|[^\\d/])${figure.value.toLocaleString('en-US')}(/\\d+)? ${words}\\b`);
      return !figure.sources.some((s) => printed.test(s.quote));
    });
    expect(untyped.map((figure) => `${figure.id}: ${figure.value} ${figure.personnelType ?? ''}`)).toEqual([]);
  });

  it('draws no officers series across footnotes 5 and 47, which count different things', () => {
    const officers = DATASETS.pko.filter((figure) => figure.personnelType === 'officers');
    expect(new Set(officers.flatMap((figure) => figure.sources.map((s) => s.footnote)))).toEqual(new Set([5]));
  });
});

describe('argument', () => {
  it('describe ‘Asia’s Helsinki’ with the words of its own passages only (the article never calls it a venue)', () => {
    const idea = DATASETS.argument.find((item) => item.id === 'asias-helsinki');
    const quoted = new Set(idea?.sources.flatMap((s) => s.quote.toLowerCase().match(/[a-z’]+/g) ?? []));
    const added = (idea?.description.toLowerCase().match(/[a-z’]+/g) ?? []).filter((word) => !quoted.has(word));
    expect(idea).toBeDefined();
    expect(added).toEqual([]);
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

  it('names as actors only whom its quotes name, or says in a note whom it reads from context', () => {
    const unexplained = DATASETS.timeline.flatMap((event) =>
      event.actors
        .filter((actor) => !event.sources.some((s) => s.quote.includes(actor)) && !(event.notes ?? []).some((note) => note.includes(actor)))
        .map((actor) => `${event.id}: ${actor}`),
    );
    expect(unexplained).toEqual([]);
  });

  it('uses every topic of the vocabulary, so no filter is left without events', () => {
    const used = new Set(DATASETS.timeline.flatMap((event) => event.topics));
    expect(TIMELINE_TOPICS.filter((topic) => !used.has(topic))).toEqual([]);
  });
});
