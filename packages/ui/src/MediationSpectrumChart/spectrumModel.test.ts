// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { argumentItems } from '@vn-mediation/data/argument';
import type { ArgumentItem } from '@vn-mediation/data/argument';
import { mediationSpectrumModel, SPECTRUM_SPREAD_MIN_WIDTH } from './spectrumModel';
import type { SpectrumModel } from './spectrumModel';

function ready(model: SpectrumModel) {
  if (model.state !== 'ok') throw new Error(`expected a drawable model, got ${model.state}: ${model.problems.join('; ')}`);
  return model;
}

const source = { article: 'iseas-2021-6', quote: 'q' } as const;
const role = (id: string, engagement: number) => ({ id, kind: 'role', label: id, description: 'd', stance: 'context', engagement, sources: [{ ...source, quote: `quote of ${id}` }] });

describe('mediationSpectrumModel', () => {
  it('orders each row by engagement rank, least engaged first, whatever the order of the data', () => {
    const shuffled = [...argumentItems].reverse();
    const { drawing } = ready(mediationSpectrumModel(shuffled));
    expect(drawing.rows.map((row) => row.kind)).toEqual(['role', 'strategy']);
    for (const row of drawing.rows) {
      const ranks = row.marks.map((mark) => argumentItems.find((item) => item.id === mark.key)?.engagement);
      expect(ranks).toEqual([...ranks].sort((a, b) => (a ?? 0) - (b ?? 0)));
      expect(row.marks.map((mark) => mark.position)).toEqual(row.marks.map((_, i) => i + 1));
      expect(row.marks.length).toBe(argumentItems.filter((item) => item.kind === row.kind).length);
    }
  });

  it('spans "start here" over exactly the spectrum items a conclusion of the data is about', () => {
    const { drawing } = ready(mediationSpectrumModel(argumentItems));
    const pointedAt = new Set(
      argumentItems
        .filter((item) => item.stance === 'conclusion')
        .flatMap((item) => (item.about ?? []).filter((ref) => ref.startsWith('argument/')).map((ref) => ref.slice('argument/'.length))),
    );
    for (const row of drawing.rows) {
      const covered = row.marks.filter((mark) => row.startSpans.some(([from, to]) => mark.position >= from && mark.position <= to)).map((mark) => mark.key);
      expect(covered.sort()).toEqual(row.marks.filter((mark) => pointedAt.has(mark.key)).map((mark) => mark.key).sort());
      expect(row.marks.filter((mark) => mark.isStart).map((mark) => mark.key).sort()).toEqual(covered.sort());
    }
    // The article's own start: the modest end of both rows, not the most engaged strategy.
    expect(drawing.rows.every((row) => row.marks[0]?.isStart === true && row.marks.at(-1)?.isStart === false)).toBe(true);
  });

  it('splits the start into two spans when the data marks two items apart', () => {
    const items = [role('a', 1), role('b', 2), role('c', 3), { id: 'go', kind: 'recommendation', label: 'go', description: 'd', stance: 'conclusion', about: ['argument/a', 'argument/c'], sources: [source] }];
    const [row] = ready(mediationSpectrumModel(items)).drawing.rows;
    expect(row?.startSpans).toEqual([
      [1, 1],
      [3, 3],
    ]);
  });

  it('gives each reason for the start its quote and footnote, in the article’s order', () => {
    const model = ready(mediationSpectrumModel(argumentItems));
    const reasons = argumentItems.filter((item) => item.kind === 'reason').sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    expect(model.drawing.reasons.map((reason) => reason.key)).toEqual(reasons.map((reason) => reason.id));
    for (const reason of reasons) {
      const drawn = model.drawing.reasons.find((point) => point.key === reason.id);
      expect(drawn?.quotes.map((quote) => quote.quote)).toEqual(reason.sources.map((s) => s.quote));
      expect(drawn?.announcement).toContain(`“${drawn?.quote?.quote ?? 'no quote'}”`);
      const row = model.table.rows.find((r) => r.key === reason.id);
      const footnotes = reason.sources.flatMap((s) => (s.footnote === undefined ? [] : [s.footnote]));
      expect(row?.cells.at(-1)).toBe(footnotes.length === 0 ? 'none' : `footnote${footnotes.length > 1 ? 's' : ''} ${footnotes.join(', ')}`);
      for (const s of reason.sources) expect(row?.cells[5]).toContain(s.quote);
    }
  });

  it('marks as advised against a spectrum item a reason is about but no conclusion points at', () => {
    const { drawing } = ready(mediationSpectrumModel(argumentItems));
    const held = drawing.rows.flatMap((row) => row.marks.filter((mark) => mark.heldBackBy.length > 0));
    const expected = argumentItems
      .filter((item) => item.kind === 'reason')
      .flatMap((item) => item.about ?? [])
      .map((ref) => ref.slice('argument/'.length))
      .filter((id) => drawing.rows.some((row) => row.marks.some((mark) => mark.key === id && !mark.isStart)));
    expect(held.map((mark) => mark.key).sort()).toEqual([...new Set(expected)].sort());
    expect(held.every((mark) => mark.announcement.includes('Advised against'))).toBe(true);
  });

  it('lists the places to begin in the vocabulary’s order, each with the conclusions tied to it', () => {
    const { drawing } = ready(mediationSpectrumModel(argumentItems));
    for (const arena of drawing.arenas) {
      expect(arena.items.map((item) => item.key)).toEqual(argumentItems.filter((item) => item.arena === arena.key && item.stance === 'conclusion').map((item) => item.id));
    }
    expect(drawing.arenas.map((arena) => arena.key)).toEqual(['korean-peninsula', 'myanmar', 'un-peacekeeping']);
  });

  it('announces each mark with its label, its rank in its row and a quote of its own', () => {
    const { drawing } = ready(mediationSpectrumModel(argumentItems));
    for (const row of drawing.rows) {
      for (const mark of row.marks) {
        expect(mark.announcement).toContain(`${mark.position} of ${row.marks.length}`);
        expect(mark.announcement).toContain(`: ${mark.name}.`);
        expect(mark.quotes.map((quote) => quote.quote)).toContain(mark.quote?.quote);
      }
      expect(row.marks[0]?.announcement).toContain('least engaged');
      expect(row.marks.at(-1)?.announcement).toContain('most engaged');
    }
  });

  it('walks the keyboard order through the rows, the start, the reasons and the places, each once', () => {
    const { drawing, table } = ready(mediationSpectrumModel(argumentItems));
    const visible = [...drawing.rows.flatMap((row) => row.marks), ...drawing.start, ...drawing.reasons, ...drawing.arenas.flatMap((arena) => arena.items)];
    expect(drawing.points.map((point) => point.key)).toEqual(visible.map((point) => point.key));
    expect(drawing.points.map((point) => point.pointIndex)).toEqual(drawing.points.map((_, i) => i));
    expect(table.rows.map((row) => row.key)).toEqual(visible.map((point) => point.key));
  });

  it('says in the description that the rows are ranked apart, without pairing a role with a strategy', () => {
    const model = ready(mediationSpectrumModel(argumentItems));
    expect(model.description).toContain('does not say which role a strategy corresponds to');
    const rolesOnly = ready(mediationSpectrumModel(argumentItems.filter((item) => item.kind !== 'strategy')));
    expect(rolesOnly.description).not.toContain('corresponds to');
    expect(rolesOnly.drawing.alignmentNote).toBeUndefined();
  });

  it('names the start in the description from the data, and says so when nothing marks one', () => {
    const model = ready(mediationSpectrumModel(argumentItems));
    const first = model.drawing.rows[0]?.marks[0]?.name ?? '';
    expect(model.description).toContain(`Where the article says Vietnam should start: ${first} among the third-party roles`);
    for (const reason of model.drawing.reasons) expect(model.description).toContain(`“${reason.name}”`);
    for (const arena of model.drawing.arenas) expect(model.description.toLowerCase()).toContain(arena.name.toLowerCase());
    expect(model.description).toContain(`Advised against: ${model.drawing.rows.at(-1)?.marks.at(-1)?.name ?? '?'}.`);
    const unmarked = ready(mediationSpectrumModel(argumentItems.filter((item) => item.stance !== 'conclusion')));
    expect(unmarked.description).toContain('The data marks no place on the spectrum to start.');
    expect(unmarked.drawing.rows.every((row) => row.startSpans.length === 0)).toBe(true);
  });

  it('lays the rows along the axis from the spread width and stacks them below it', () => {
    expect(ready(mediationSpectrumModel(argumentItems, { width: SPECTRUM_SPREAD_MIN_WIDTH })).drawing.layout).toBe('spread');
    expect(ready(mediationSpectrumModel(argumentItems, { width: 320 })).drawing.layout).toBe('stacked');
    expect(ready(mediationSpectrumModel(argumentItems)).drawing.layout).toBe('auto');
  });

  it('is empty, not an error, for argument items with no role or strategy', () => {
    const model = mediationSpectrumModel(argumentItems.filter((item) => item.kind !== 'role' && item.kind !== 'strategy'));
    expect(model.state).toBe('empty');
  });

  it('names the record and the field of malformed data', () => {
    const broken = argumentItems.map((item): unknown => (item.id === 'inquiry' ? { ...item, engagement: 'three' } : item));
    const model = mediationSpectrumModel(broken);
    const index = argumentItems.findIndex((item) => item.id === 'inquiry');
    expect(model.state === 'error' ? model.problems : []).toEqual([`items[${index}] ("inquiry").engagement must be a positive integer (got string)`]);
  });

  it('refuses a role without a rank, a rank on a reason, and two roles of one rank', () => {
    const withKind = (id: string, change: Partial<Record<keyof ArgumentItem, unknown>>): unknown[] => argumentItems.map((item) => (item.id === id ? { ...item, ...change } : item));
    const problems = (data: unknown) => {
      const model = mediationSpectrumModel(data);
      return model.state === 'error' ? model.problems.join('; ') : '';
    };
    expect(problems(withKind('mediation', { engagement: undefined }))).toMatch(/\("mediation"\)\.engagement is required on a role/);
    expect(problems(withKind('reason-neutrality', { engagement: 2 }))).toMatch(/\("reason-neutrality"\)\.engagement belongs only to role and strategy items, not a reason/);
    expect(problems(withKind('inquiry', { engagement: 2 }))).toMatch(/\("inquiry"\)\.engagement 2 is also the rank of "mediation"/);
    expect(problems(withKind('good-offices', { kind: 'rank' }))).toMatch(/\("good-offices"\)\.kind must be one of thesis, .* \(got string\)/);
    expect(problems(withKind('myanmar-rakhine', { arena: 'rakhine' }))).toMatch(/\("myanmar-rakhine"\)\.arena must be one of korean-peninsula, myanmar, un-peacekeeping/);
    expect(problems('roles')).toBe('items must be a list (got string)');
  });
});
