// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aidFigures } from '@vn-mediation/data/aid';
import { argumentItems } from '@vn-mediation/data/argument';
import { partnershipFigures } from '@vn-mediation/data/partnerships';
import { pkoFigures } from '@vn-mediation/data/pko';
import { timelineEvents } from '@vn-mediation/data/timeline';
import { aidModel, argumentMapModel, mediationSpectrumModel, partnershipModel, pkoPersonnelModel, timelineModel, womenShareModel } from './index';
import type { ChartModel } from './index';

const MODELS = [
  { name: 'pkoPersonnelModel', model: pkoPersonnelModel, data: pkoFigures },
  { name: 'partnershipModel', model: partnershipModel, data: partnershipFigures },
  { name: 'womenShareModel', model: womenShareModel, data: pkoFigures },
  { name: 'aidModel', model: aidModel, data: aidFigures },
  { name: 'timelineModel', model: timelineModel, data: timelineEvents },
  { name: 'mediationSpectrumModel', model: mediationSpectrumModel, data: argumentItems },
  { name: 'argumentMapModel', model: argumentMapModel, data: argumentItems },
] as const;

// What a malformed dataset can look like: anything at all, lists of broken records, records that
// are right but for one field, and the empty list.
function malformedData(good: unknown): fc.Arbitrary<unknown> {
  const record = typeof good === 'object' && good !== null ? good : {};
  const brokenRecord = fc.oneof(
    fc.anything(),
    fc.record({ id: fc.anything(), label: fc.anything(), title: fc.anything(), value: fc.oneof(fc.double(), fc.string()), unit: fc.anything(), date: fc.anything(), sources: fc.anything() }),
    fc.constantFrom('id', 'value', 'sources', 'date', 'asOf', 'topics', 'measure', 'kind', 'stance', 'supports', 'opposes', 'order').chain((field) => fc.anything().map((value) => ({ ...record, [field]: value }))),
  );
  return fc.oneof(fc.anything(), fc.array(brokenRecord, { minLength: 1, maxLength: 4 }), fc.constant([]));
}

function expectReadable(model: ChartModel<unknown>): void {
  expect(model.title.length).toBeGreaterThan(0);
  expect(model.description.length).toBeGreaterThan(0);
  expect(model.sourceLine).toContain('Data: @vn-mediation/data');
  if (model.state === 'ok') {
    const keys = model.table.rows.map((row) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const row of model.table.rows) expect(row.cells).toHaveLength(model.table.columns.length);
  } else {
    expect(model.message.length).toBeGreaterThan(0);
    if (model.state === 'error') expect(model.problems.length).toBeGreaterThan(0);
  }
}

describe.each(MODELS)('$name', ({ model, data }) => {
  it('draws the package’s own dataset, every table row a record it shows, every cell a string', () => {
    const result = model(data);
    expect(result.state).toBe('ok');
    expectReadable(result);
    const ids = new Set(data.map((record) => record.id));
    expect(result.table.rows.every((row) => ids.has(row.key))).toBe(true);
  });

  it('returns a labelled empty or error state, never throws, for 1,000 malformed inputs', () => {
    fc.assert(
      fc.property(malformedData(data[0]), (input) => {
        const result = model(input);
        expectReadable(result);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps a given title and description, and names the record and field of a problem', () => {
    const result = model([{ ...data[0], id: '' }], { title: 'T', description: 'D' });
    expect(result.title).toBe('T');
    expect(result.description).toBe('D');
    expect(result.state === 'error' ? result.problems.join('; ') : '').toMatch(/\[0\]\.id must be a non-empty string/);
  });
});

describe('the figure models', () => {
  it('put in the table exactly the records the chart shows, and their citations in the source line', () => {
    const personnel = pkoPersonnelModel(pkoFigures);
    if (personnel.state !== 'ok') throw new Error('the PKO figures draw');
    const drawn = [...personnel.drawing.bars.map((bar) => bar.key), ...personnel.drawing.factLists.flatMap((list) => list.facts.map((fact) => fact.key))];
    expect(personnel.table.rows.map((row) => row.key).sort()).toEqual(drawn.sort());
    const footnotes = new Set(personnel.table.rows.flatMap((row) => row.sources.flatMap((source) => (source.footnote === undefined ? [] : [source.footnote]))));
    for (const footnote of footnotes) expect(personnel.sourceLine).toMatch(new RegExp(`footnotes? [0-9, ]*\\b${footnote}\\b`));
  });

  it('announce each bar once with its value, never repeating its date', () => {
    for (const result of [pkoPersonnelModel(pkoFigures), womenShareModel(pkoFigures), partnershipModel(partnershipFigures), aidModel(aidFigures)]) {
      if (result.state !== 'ok') throw new Error(`${result.chart} draws its default data`);
      for (const bar of result.drawing.bars) {
        for (const date of bar.announcement.match(/(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/g) ?? []) {
          expect(bar.announcement.split(date)).toHaveLength(2);
        }
      }
    }
  });
});

describe('timelineModel', () => {
  it('announces each event as date, colon, title, with no space before the colon', () => {
    const result = timelineModel(timelineEvents);
    if (result.state !== 'ok') throw new Error('the timeline draws');
    for (const event of result.drawing.events) {
      expect(event.announcement.startsWith(`${event.dateText}: ${event.title}.`)).toBe(true);
      expect(event.announcement).not.toMatch(/ :/);
    }
  });

  it('shows an event when any of its topics is ticked, and says so in its count', () => {
    const result = timelineModel(timelineEvents, { topics: ['korea'] });
    if (result.state !== 'ok') throw new Error('the timeline draws');
    const korea = timelineEvents.filter((event) => event.topics.includes('korea'));
    expect(result.drawing.events.map((event) => event.key).sort()).toEqual(korea.map((event) => event.id).sort());
    expect(result.drawing.countText).toBe(`Showing ${korea.length} of ${timelineEvents.length} events.`);
  });
});

describe('timelineModel quotes', () => {
  it('prints every source of an event as its quote and a citation naming the author, the work and the footnote', () => {
    const model = timelineModel(timelineEvents);
    if (model.state !== 'ok') throw new Error('the timeline dataset should draw');
    const withFootnote = timelineEvents.flatMap((event) => event.sources.filter((source) => source.footnote !== undefined).map((source) => ({ event, source })));
    const first = withFootnote[0];
    if (first === undefined) throw new Error('some timeline source cites a footnote');
    const event = model.drawing.events.find((candidate) => candidate.key === first.event.id);
    const quote = event?.quotes[first.event.sources.indexOf(first.source)];
    expect(quote?.quote).toBe(first.source.quote);
    expect(quote?.rest).toMatch(new RegExp(`, footnote ${String(first.source.footnote)}$`));
    for (const shown of model.drawing.events) expect(shown.quotes).toHaveLength(shown.sources.length);
  });
});
