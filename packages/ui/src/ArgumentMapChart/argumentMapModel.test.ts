// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { argumentItems } from '@vn-mediation/data/argument';
import { ARGUMENT_MAP_GROUPS, argumentMapModel } from './argumentMapModel';
import type { ArgumentMapModel } from './argumentMapModel';

const iseas = argumentItems.filter((item) => item.sources[0]?.article === 'iseas-2021-6');
const ofKind = (kind: string) => iseas.filter((item) => item.kind === kind);

function drawn(model: ArgumentMapModel) {
  if (model.state !== 'ok') throw new Error(`the map should draw: ${model.problems.join('; ')}`);
  return model;
}

function problemsOf(model: ArgumentMapModel): string {
  return model.state === 'error' ? model.problems.join('\n') : `no error (state ${model.state})`;
}

describe('argumentMapModel', () => {
  it('puts in each group exactly the iseas-2021-6 items of its kinds, in the data’s order', () => {
    const model = drawn(argumentMapModel(argumentItems));
    const groups = model.drawing.columns.flatMap((column) => column.groups);
    for (const definition of ARGUMENT_MAP_GROUPS) {
      const group = groups.find((candidate) => candidate.key === definition.key);
      const expected = iseas.filter((item) => (definition.kinds as readonly string[]).includes(item.kind)).map((item) => item.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(group?.items.map((item) => item.key)).toEqual(expected);
    }
  });

  it('weighs 4 assets and 3 interests against 3 challenges and 3 reasons, leading to 10 recommendations, as issue 13 counts them', () => {
    const model = drawn(argumentMapModel(argumentItems));
    const sizes = Object.fromEntries(model.drawing.columns.flatMap((column) => column.groups.map((group) => [group.key, group.items.length])));
    expect(sizes).toEqual({ assets: 4, interests: 3, challenges: 3, reasons: 3, thesis: 1, recommendations: 10 });
    expect(model.drawing.columns.map((column) => column.heading)).toEqual(['The case for', 'The case against', 'So']);
  });

  it('leaves out diplomat-2016, whose items hold no challenge, reason or recommendation to weigh', () => {
    const model = drawn(argumentMapModel(argumentItems));
    const diplomat = new Set(argumentItems.filter((item) => item.sources[0]?.article === 'diplomat-2016').map((item) => item.id));
    expect(model.drawing.items.some((item) => diplomat.has(item.key))).toBe(false);
    expect(model.citations.map((citation) => citation.article)).toEqual(['iseas-2021-6']);
  });

  it('resolves every link to an item of the article, marking which ones are on the map', () => {
    const model = drawn(argumentMapModel(argumentItems));
    const onMap = new Set(model.drawing.items.map((item) => item.key));
    const ids = new Set(iseas.map((item) => item.id));
    const links = model.drawing.items.flatMap((item) => [...item.supports, ...item.opposes, ...item.supportedBy, ...item.opposedBy]);
    expect(links.length).toBeGreaterThan(20);
    for (const link of links) {
      expect(ids.has(link.key)).toBe(true);
      expect(link.onMap).toBe(onMap.has(link.key));
    }
  });

  it('takes each item’s links from the data’s supports and opposes, and derives who backs it', () => {
    const model = drawn(argumentMapModel(argumentItems));
    for (const item of model.drawing.items) {
      const record = iseas.find((candidate) => candidate.id === item.key);
      expect(item.supports.map((link) => link.key)).toEqual(record?.supports ?? []);
      expect(item.opposes.map((link) => link.key)).toEqual(record?.opposes ?? []);
      const backers = iseas.filter((other) => other.supports?.includes(item.key)).map((other) => other.id);
      expect(item.supportedBy.map((link) => link.key)).toEqual(backers);
    }
    const masterplan = model.drawing.items.find((item) => item.key === 'operational-masterplan');
    expect(masterplan?.supportedBy.map((link) => link.key)).toEqual(expect.arrayContaining(ofKind('challenge').map((item) => item.id)));
  });

  it('names a linked item that is not on the map with its kind, so the reader knows what it is', () => {
    const model = drawn(argumentMapModel(argumentItems));
    const asset = model.drawing.items.find((item) => item.key === 'advantage-cultural-historical-traditions');
    const target = iseas.find((item) => item.id === asset?.supports[0]?.key);
    expect(asset?.linksText).toBe(`Supports: ${target?.label} (${target?.kind}).`);
  });

  it('gives every item its quotes verbatim, each with its citation and footnote', () => {
    const model = drawn(argumentMapModel(argumentItems));
    for (const item of model.drawing.items) {
      const record = iseas.find((candidate) => candidate.id === item.key);
      expect(item.quotes.map((quote) => quote.quote)).toEqual(record?.sources.map((source) => source.quote));
      record?.sources.forEach((source, i) => {
        expect(item.quotes[i]?.citation).toBe(source.footnote === undefined ? 'Hoang Oanh (2021)' : `Hoang Oanh (2021), footnote ${source.footnote}`);
      });
    }
  });

  it('announces an item’s label, kind with the article’s number, stance and what it supports', () => {
    const model = drawn(argumentMapModel(argumentItems));
    const reason = model.drawing.items.find((item) => item.key === 'reason-neutrality');
    expect(reason?.announcement).toBe('Neutrality: reason 3, limits. Supports: a modest mediation role.');
    const finding = argumentItems.map((item) => (item.id === 'reason-neutrality' ? { ...item, opposes: ['iseas-thesis'] } : item));
    expect(drawn(argumentMapModel(finding)).drawing.items.find((item) => item.key === 'reason-neutrality')?.announcement).toMatch(/Weighs against: the time is ripe for Vietnam to play a limited mediation role\.$/);
  });

  it('writes one table row per item in reading order, with its group, stance, links, quotes and footnotes', () => {
    const model = drawn(argumentMapModel(argumentItems));
    expect(model.table.columns.map((column) => column.header)).toEqual(['Item', 'Group', 'Kind', 'Stance', 'Supports', 'Weighs against', 'Quote', 'Footnote']);
    expect(model.table.rows.map((row) => row.key)).toEqual(model.drawing.items.map((item) => item.key));
    const support = model.table.rows.find((row) => row.key === 'advantage-domestic-support');
    expect(support?.cells.slice(1, 4)).toEqual(['The case for: what Vietnam brings', 'asset 4', 'for']);
    expect(support?.cells[7]).toBe('footnote 30');
    const record = iseas.find((item) => item.id === 'advantage-domestic-support');
    for (const source of record?.sources ?? []) expect(support?.cells[6]).toContain(source.quote);
    expect(model.table.rows.find((row) => row.key === 'reason-neutrality')?.cells[7]).toBe('none');
  });

  it('describes the counts of each side and quotes the thesis, from the data', () => {
    const model = drawn(argumentMapModel(argumentItems));
    const thesis = ofKind('thesis')[0]?.label ?? '';
    expect(model.description).toContain(`The case for: ${ofKind('asset').length} assets and ${ofKind('interest').length} interests.`);
    expect(model.description).toContain(`The case against: ${ofKind('challenge').length} challenges and ${ofKind('reason').length} reasons for a modest role.`);
    expect(model.description.toLowerCase()).toContain(`so: the thesis “${thesis.toLowerCase()}” and ${ofKind('recommendation').length} recommendations.`);
    expect(model.shortDescription).toMatch(/^Argument map of Hoang Oanh’s/);
  });

  it('follows a filtered copy: without the challenges, the case against holds only the reasons', () => {
    const model = drawn(argumentMapModel(argumentItems.filter((item) => item.kind !== 'challenge').map((item) => ({ ...item, supports: item.supports?.filter((id) => !id.startsWith('challenge-')) }))));
    const against = model.drawing.columns.find((column) => column.key === 'against');
    expect(against?.groups.map((group) => group.key)).toEqual(['reasons']);
    expect(model.description).toContain('The case against: 3 reasons for a modest role.');
  });

  it('refuses a dangling link, naming the item and the field', () => {
    const broken = argumentItems.map((item) => (item.id === 'reason-newcomer' ? { ...item, supports: ['narrower-focus', 'no-such-item'] } : item));
    const model = argumentMapModel(broken);
    expect(model.state).toBe('error');
    expect(problemsOf(model)).toContain('item "reason-newcomer": supports[1] names "no-such-item", which is no item in the data');
  });

  it('refuses a link that crosses from one article’s argument to the other’s', () => {
    const broken = argumentItems.map((item) => (item.id === 'challenge-competencies' ? { ...item, opposes: ['diplomat-thesis'] } : item));
    expect(problemsOf(argumentMapModel(broken))).toContain('item "challenge-competencies": opposes[0] names "diplomat-thesis", an item of diplomat-2016');
  });

  it('refuses a repeated id, a stance its kind cannot take and an item without a quote', () => {
    const first = argumentItems[0];
    expect(problemsOf(argumentMapModel([...argumentItems, first]))).toContain(`("${first?.id}").id "${first?.id}" is used twice`);
    const wrongStance = argumentItems.map((item) => (item.id === 'challenge-relationships' ? { ...item, stance: 'for' } : item));
    expect(problemsOf(argumentMapModel(wrongStance))).toContain('("challenge-relationships").stance is "for", but an item of kind "challenge" is always "against"');
    const noQuote = argumentItems.map((item) => (item.id === 'interest-security' ? { ...item, sources: [] } : item));
    expect(problemsOf(argumentMapModel(noQuote))).toContain('("interest-security").sources must be a non-empty list of sources');
  });

  it('is empty, and says what it looked for, when no item of iseas-2021-6 is of a kind it weighs', () => {
    const model = argumentMapModel(argumentItems.filter((item) => item.sources[0]?.article === 'diplomat-2016'));
    expect(model.state).toBe('empty');
    expect(model.state === 'empty' ? model.problems[0] : '').toBe('no item of iseas-2021-6 in the data is of a kind the map weighs (asset, interest, challenge, reason, thesis, recommendation)');
  });
});
