import { capitalise, footnoteWords, listWords, vocabularyWords } from '@vn-mediation/data/format';
import { ARENA_MEANINGS } from '@vn-mediation/data/vocabulary';
import type { Arena } from '@vn-mediation/data/vocabulary';
import { checkArgumentItems } from '../argument/argumentData';
import { itemFootnotes, itemQuotes } from '../argument/argumentParts';
import type { ArgumentQuote } from '../argument/argumentParts';
import type { ArgumentItemShape } from '../argument/argumentData';
import type { ChartModel, ChartModelOptions, ModelTable } from '../model/chartModel';
import { provenanceOf, unavailableModel, uniqueNotes } from '../model/modelParts';
import { rankProblems, spectrumView, startRuns } from './spectrumLayout';
import type { SpectrumKind, SpectrumView } from './spectrumLayout';

/** A verbatim passage as the chart shows it: the quote and a short citation ("Hoang Oanh (2021), footnote 35"). */
/** One verbatim passage an item rests on, with its author, year and footnote. */
export type SpectrumQuote = ArgumentQuote;

/** Anything a reader can reach with the keyboard: a mark, a start marker, a reason, a place. */
export interface SpectrumPoint {
  /** The item's id. */
  readonly key: string;
  /** Its short label, as drawn. */
  readonly name: string;
  /** Its kind in words: "role", "recommendation". */
  readonly kindText: string;
  /** Where it sits, as shown above its quotes: "Third-party role 1 of 5, least engaged". */
  readonly heading: string;
  /** The sentence announced when it is focused: where it sits, its label, its first quote and citation. */
  readonly announcement: string;
  /** The passage said on focus: the item's most specific one (the fewest items cite it). */
  readonly quote: SpectrumQuote | undefined;
  /** Every passage the item rests on. */
  readonly quotes: readonly SpectrumQuote[];
  /** Our remarks on the item. */
  readonly notes: readonly string[];
  /** Its position in the keyboard order. */
  readonly pointIndex: number;
}

/** A role or strategy on the spectrum. */
export interface SpectrumMark extends SpectrumPoint {
  /** Position in its row, 1 = least engaged. */
  readonly position: number;
  /** "1 of 5". */
  readonly rankText: string;
  /** Whether the article's conclusions mark it as where to start. */
  readonly isStart: boolean;
  /** Labels of the reasons that hold it back ("advised against"), empty when none do. */
  readonly heldBackBy: readonly string[];
}

/** One row of the spectrum. */
export interface SpectrumRow {
  /** The kind of item it holds. */
  readonly kind: SpectrumKind;
  /** Heading over the row: "Third-party roles". */
  readonly heading: string;
  /** Its marks, least engaged first. */
  readonly marks: readonly SpectrumMark[];
  /** The "start here" spans: runs of consecutive positions (1-based, inclusive) the data marks. */
  readonly startSpans: readonly (readonly [number, number])[];
}

/** A place to begin and the conclusions tied to it. */
export interface SpectrumArena {
  /** The place's key. */
  readonly key: Arena;
  /** The place in words. */
  readonly name: string;
  /** The conclusions tied to it. */
  readonly items: readonly SpectrumPoint[];
}

/** How the rows are laid out: along a horizontal axis, stacked top (least) to bottom (most), or by the container's width. */
export type SpectrumLayout = 'auto' | 'spread' | 'stacked';

/** What the mediation spectrum chart draws. */
export interface SpectrumDrawing {
  /** Labels of the axis's two ends. */
  readonly ends: { readonly least: string; readonly most: string };
  /** The ranked rows, roles before strategies. */
  readonly rows: readonly SpectrumRow[];
  /** The conclusions that mark where to start, shown under the rows. */
  readonly start: readonly SpectrumPoint[];
  /** The reasons for starting there, in the article's order. */
  readonly reasons: readonly SpectrumPoint[];
  /** The places the article names to begin. */
  readonly arenas: readonly SpectrumArena[];
  /** Every reachable item in keyboard order: rows left to right and top to bottom, start, reasons, places. */
  readonly points: readonly SpectrumPoint[];
  /** Why the rows do not line up, when there are two: the article pairs no role with a strategy. */
  readonly alignmentNote: string | undefined;
  /** Layout for the width the model was given (`auto` without one). */
  readonly layout: SpectrumLayout;
}

/** The model of `MediationSpectrumChart`. */
export type SpectrumModel = ChartModel<SpectrumDrawing>;

/** The mediation spectrum chart's default title. */
export const MEDIATION_SPECTRUM_TITLE = 'The mediation spectrum: where the article says Vietnam should start';

/** Chart width from which the rows are laid along a horizontal axis, in pixels: five labels of about 100px side by side. */
export const SPECTRUM_SPREAD_MIN_WIDTH = 560;

/** Height a spectrum chart reserves in its empty and error states, so a page does not jump. */
export const SPECTRUM_RESERVED_HEIGHT = 320;

/** Our words for the rows and the axis: headings and the label of one item of each row. */
const ROW_WORDS: Readonly<Record<SpectrumKind, { readonly heading: string; readonly one: string }>> = {
  role: { heading: 'Third-party roles', one: 'Third-party role' },
  strategy: { heading: 'Mediation strategies', one: 'Mediation strategy' },
};
const ENDS = { least: 'Least engaged', most: 'Most engaged' } as const;
// The article ranks roles and strategies in two separate lists and never pairs one with the other.
const ALIGNMENT_NOTE = 'The article ranks each row on its own and does not say which role a strategy corresponds to, so the rows share the axis’s direction, not its positions.';

/** A place in words: "The United States and the DPRK on the Korean Peninsula". */
export function arenaName(arena: Arena): string {
  return capitalise(ARENA_MEANINGS[arena]);
}

/** How many items cite each passage: the fewer, the more a passage says about one item. */
type QuoteUse = ReadonlyMap<string, number>;

function quoteUse(items: readonly ArgumentItemShape[]): QuoteUse {
  const use = new Map<string, number>();
  for (const item of items) for (const quote of new Set(item.sources.map((source) => source.quote))) use.set(quote, (use.get(quote) ?? 0) + 1);
  return use;
}

/**
 * The passage announced for an item: its most specific one, which the fewest items cite (the
 * first on a tie). A role's first source is often the list that names all five roles; the
 * passage that ranks or defines it says more about it.
 */
function telling(item: ArgumentItemShape, use: QuoteUse): SpectrumQuote | undefined {
  const quotes = itemQuotes(item);
  return quotes.reduce<SpectrumQuote | undefined>((best, quote) => (best === undefined || (use.get(quote.quote) ?? 0) < (use.get(best.quote) ?? 0) ? quote : best), undefined);
}

function point(item: ArgumentItemShape, heading: string, pointIndex: number, use: QuoteUse, extra = ''): SpectrumPoint {
  const quote = telling(item, use);
  const said = quote === undefined ? '' : ` “${quote.quote}” (${quote.citation})`;
  return {
    key: item.id,
    name: item.label,
    kindText: vocabularyWords(item.kind),
    heading,
    announcement: `${heading}: ${item.label}.${extra}${said}`,
    quote,
    quotes: itemQuotes(item),
    notes: item.notes ?? [],
    pointIndex,
  };
}

function endWords(position: number, count: number): string {
  if (count > 1 && position === 1) return `, ${ENDS.least.toLowerCase()}`;
  if (count > 1 && position === count) return `, ${ENDS.most.toLowerCase()}`;
  return '';
}

interface Drawn {
  readonly drawing: SpectrumDrawing;
  /** Every item drawn, in keyboard order, with the rank text the table prints. */
  readonly shown: readonly { readonly item: ArgumentItemShape; readonly rank: string }[];
}

function draw(view: SpectrumView, layout: SpectrumLayout, use: QuoteUse): Drawn {
  const shown: { item: ArgumentItemShape; rank: string }[] = [];
  const points: SpectrumPoint[] = [];
  const add = <P extends SpectrumPoint>(item: ArgumentItemShape, rank: string, made: P): P => {
    shown.push({ item, rank });
    points.push(made);
    return made;
  };
  const rows: SpectrumRow[] = view.rows.map((row) => ({
    kind: row.kind,
    heading: ROW_WORDS[row.kind].heading,
    startSpans: startRuns(row, view.startIds),
    marks: row.items.map((item, i) => {
      const position = i + 1;
      const rankText = `${position} of ${row.items.length}`;
      const isStart = view.startIds.has(item.id);
      const heldBackBy = (view.heldBack.get(item.id) ?? []).map((reason) => reason.label);
      const heading = `${ROW_WORDS[row.kind].one} ${rankText}${endWords(position, row.items.length)}`;
      const extra = `${isStart ? ' Start here.' : ''}${heldBackBy.length > 0 ? ` Advised against, for the reason: ${listWords(heldBackBy)}.` : ''}`;
      return add(item, `${rankText}${endWords(position, row.items.length)}`, { ...point(item, heading, points.length, use, extra), position, rankText, isStart, heldBackBy });
    }),
  }));
  const start = view.markers.map((marker) => add(marker, 'not ranked', point(marker, `Where to start, the article’s ${vocabularyWords(marker.kind)}`, points.length, use)));
  const reasons = view.reasons.map((reason, i) => add(reason, 'not ranked', point(reason, `Reason ${i + 1} of ${view.reasons.length} for a modest role`, points.length, use)));
  const arenas = view.arenas.map((arena, a) => ({
    key: arena.arena,
    name: arenaName(arena.arena),
    items: arena.items.map((item) => add(item, 'not ranked', point(item, `Place to begin ${a + 1} of ${view.arenas.length}, ${ARENA_MEANINGS[arena.arena]}`, points.length, use))),
  }));
  const alignmentNote = rows.length > 1 ? ALIGNMENT_NOTE : undefined;
  return { drawing: { ends: ENDS, rows, start, reasons, arenas, points, alignmentNote, layout }, shown };
}

function table(title: string, shown: Drawn['shown']): ModelTable {
  return {
    caption: `Data of “${title}”`,
    columns: [
      { key: 'item', header: 'Item', align: 'start' },
      { key: 'kind', header: 'Kind', align: 'start' },
      { key: 'engagement', header: 'Engagement rank', align: 'start' },
      { key: 'stance', header: 'Stance', align: 'start' },
      { key: 'arena', header: 'Arena', align: 'start' },
      { key: 'quote', header: 'Quote', align: 'start' },
      { key: 'footnote', header: 'Footnote', align: 'start' },
    ],
    rows: shown.map(({ item, rank }) => {
      const footnotes = itemFootnotes(item);
      return {
        key: item.id,
        cells: [
          item.label,
          vocabularyWords(item.kind),
          rank,
          item.stance,
          item.arena === undefined ? 'none' : arenaName(item.arena),
          item.sources.map((source) => `“${source.quote}”`).join(' '),
          footnotes.length === 0 ? 'none' : footnoteWords(footnotes),
        ],
        sources: item.sources,
        notes: item.notes ?? [],
      };
    }),
  };
}

/** "5 third-party roles from the least engaged, good offices, to the most engaged, arbitration". */
function rowSentence(row: SpectrumRow): string {
  const first = row.marks[0];
  const last = row.marks.at(-1);
  if (row.marks.length === 1 || first === undefined || last === undefined) return `one ${ROW_WORDS[row.kind].one.toLowerCase()}, ${first?.name ?? ''}`;
  return `${row.marks.length} ${row.heading.toLowerCase()} from the least engaged, ${first.name}, to the most engaged, ${last.name}`;
}

/** The chart's full description, every label read from the data. */
export function describeSpectrum(drawing: SpectrumDrawing): string {
  const sentences = drawing.rows.map((row, i) => `${i === 0 ? 'The spectrum ranks' : 'It ranks'} ${rowSentence(row)}.`);
  if (drawing.alignmentNote !== undefined) sentences.push(drawing.alignmentNote);
  const started = drawing.rows.flatMap((row) => {
    const marks = row.marks.filter((mark) => mark.isStart).map((mark) => mark.name);
    return marks.length === 0 ? [] : [`${listWords(marks)} among the ${row.heading.toLowerCase()}`];
  });
  if (started.length === 0) sentences.push('The data marks no place on the spectrum to start.');
  else sentences.push(`Where the article says Vietnam should start: ${listWords(started)}.`);
  const heldBack = drawing.rows.flatMap((row) => row.marks.filter((mark) => mark.heldBackBy.length > 0).map((mark) => mark.name));
  if (heldBack.length > 0) sentences.push(`Advised against: ${listWords(heldBack)}.`);
  // Labels hold commas ("respect for sovereignty, self-determination, and non-interference"): semicolons keep them apart.
  if (drawing.reasons.length > 0) sentences.push(`${drawing.reasons.length === 1 ? 'Its reason' : `Its ${drawing.reasons.length} reasons`}: ${drawing.reasons.map((reason) => `“${reason.name}”`).join('; ')}.`);
  if (drawing.arenas.length > 0) sentences.push(`The places it names to begin: ${drawing.arenas.map((arena) => ARENA_MEANINGS[arena.key]).join('; ')}.`);
  return sentences.join(' ');
}

/**
 * Everything `MediationSpectrumChart` shows, from `unknown` argument items: the third-party roles
 * and mediation strategies ranked from the least to the most engaged, the start the article's
 * conclusions mark, the reasons for it with their quotes, the places to begin, the description,
 * table, citations and notes; or a labelled empty or error state naming the record and field.
 *
 * @example
 * const model = mediationSpectrumModel(argumentItems);
 * if (model.state === 'ok') console.log(model.drawing.rows.map((row) => row.marks.map((mark) => mark.name)));
 */
export function mediationSpectrumModel(data: unknown, options: ChartModelOptions = {}): SpectrumModel {
  const title = options.title ?? MEDIATION_SPECTRUM_TITLE;
  const checked = checkArgumentItems(data);
  if (!checked.ok) return unavailableModel('mediation-spectrum-chart', title, 'error', checked.problems, options.description);
  const ranks = rankProblems(checked.items);
  if (ranks.length > 0) return unavailableModel('mediation-spectrum-chart', title, 'error', ranks, options.description);
  const view = spectrumView(checked.items);
  if (view.rows.length === 0) return unavailableModel('mediation-spectrum-chart', title, 'empty', ['no third-party roles or mediation strategies (items of kind role or strategy) in the data'], options.description);
  const layout: SpectrumLayout = options.width === undefined ? 'auto' : options.width >= SPECTRUM_SPREAD_MIN_WIDTH ? 'spread' : 'stacked';
  const { drawing, shown } = draw(view, layout, quoteUse(checked.items));
  const counts = drawing.rows.map((row) => `${row.marks.length} ${row.heading.toLowerCase()}`);
  const startCount = drawing.rows.reduce((sum, row) => sum + row.marks.filter((mark) => mark.isStart).length, 0);
  return {
    chart: 'mediation-spectrum-chart',
    state: 'ok',
    title,
    shortDescription: `Spectrum of third-party engagement: ${listWords(counts)} from the least to the most engaged, ${startCount === 0 ? 'with no start marked' : 'the modest end marked where the article says Vietnam should start'}${drawing.reasons.length > 0 ? `, its ${drawing.reasons.length === 1 ? 'reason' : `${drawing.reasons.length} reasons`}` : ''}${drawing.arenas.length > 0 ? ` and ${drawing.arenas.length} ${drawing.arenas.length === 1 ? 'place' : 'places'} to begin` : ''}.`,
    description: options.description ?? describeSpectrum(drawing),
    table: table(title, shown),
    ...provenanceOf(shown.flatMap(({ item }) => item.sources)),
    notes: uniqueNotes(shown.map(({ item }) => item.notes)),
    drawing,
  };
}
