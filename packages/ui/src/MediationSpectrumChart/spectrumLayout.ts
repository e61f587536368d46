// What the spectrum shows, worked out from the argument items alone: the ranked rows, the start
// the article's conclusions point at, the reasons that back that start, and the places to begin.
// Pure functions, no words of the article written in: every label, quote and link is the data's.
import { ARENAS, ARGUMENT_KINDS, SPECTRUM_KINDS } from '@vn-mediation/data/vocabulary';
import type { Arena, ArgumentKind } from '@vn-mediation/data/vocabulary';
import { ARGUMENT_REF_PREFIX } from '../argument/argumentData';
import type { ArgumentItemShape } from '../argument/argumentData';

/** The kinds drawn as rows of the spectrum, in the data package's order (roles, then strategies). */
export type SpectrumKind = (typeof SPECTRUM_KINDS)[number];

/** One row of the spectrum: the items of one kind, least engaged first. */
export interface SpectrumRowView {
  /** The kind the row holds. */
  readonly kind: SpectrumKind;
  /** Its items, ordered by `engagement`. */
  readonly items: readonly ArgumentItemShape[];
}

/** A place to begin and the conclusions the article ties to it. */
export interface ArenaView {
  /** The place. */
  readonly arena: Arena;
  /** The conclusions tied to it, in the data's order. */
  readonly items: readonly ArgumentItemShape[];
}

/** Everything the spectrum draws, before it is put in words. */
export interface SpectrumView {
  /** The non-empty rows, roles before strategies. */
  readonly rows: readonly SpectrumRowView[];
  /** The conclusions (stance `conclusion`) that are about an item on the spectrum: they mark where to start. */
  readonly markers: readonly ArgumentItemShape[];
  /** Ids of the spectrum items the markers point at. */
  readonly startIds: ReadonlySet<string>;
  /** The reasons (kind `reason`) that support a marker, in the article's order. */
  readonly reasons: readonly ArgumentItemShape[];
  /** Spectrum items a reason is about and no marker points at, each with the reasons that hold it back. */
  readonly heldBack: ReadonlyMap<string, readonly ArgumentItemShape[]>;
  /** The places with at least one conclusion, in the vocabulary's order. */
  readonly arenas: readonly ArenaView[];
}

function isSpectrumKind(kind: ArgumentKind): kind is SpectrumKind {
  return SPECTRUM_KINDS.some((spectrumKind) => spectrumKind === kind);
}

/** Ids of the argument items an item is `about`. */
function aboutIds(item: ArgumentItemShape): string[] {
  return (item.about ?? []).filter((ref) => ref.startsWith(ARGUMENT_REF_PREFIX)).map((ref) => ref.slice(ARGUMENT_REF_PREFIX.length));
}

/** Items in the article's own order where it numbers them, the data's order otherwise. */
function byOrder(items: readonly ArgumentItemShape[]): ArgumentItemShape[] {
  return items.map((item, position) => ({ item, position })).sort((a, b) => (a.item.order ?? Infinity) - (b.item.order ?? Infinity) || a.position - b.position).map(({ item }) => item);
}

/**
 * Problems that make the spectrum's order ambiguous: two items of one kind with the same
 * engagement rank. Each names the record by its position in `items` and its id.
 */
export function rankProblems(items: readonly ArgumentItemShape[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  items.forEach((item, index) => {
    if (!isSpectrumKind(item.kind) || item.engagement === undefined) return;
    const slot = `${item.kind}:${item.engagement}`;
    const other = seen.get(slot);
    if (other !== undefined) problems.push(`items[${index}] ("${item.id}").engagement ${item.engagement} is also the rank of "${other}": ranks within ${item.kind} items must differ`);
    else seen.set(slot, item.id);
  });
  return problems;
}

/** The spectrum's rows, start, reasons, held-back items and places, from checked argument items. */
export function spectrumView(items: readonly ArgumentItemShape[]): SpectrumView {
  const rows = SPECTRUM_KINDS.map((kind) => ({
    kind,
    items: items.filter((item) => item.kind === kind).sort((a, b) => (a.engagement ?? 0) - (b.engagement ?? 0)),
  })).filter((row) => row.items.length > 0);
  const onSpectrum = new Set(rows.flatMap((row) => row.items.map((item) => item.id)));
  const kindOrder = (item: ArgumentItemShape) => ARGUMENT_KINDS.indexOf(item.kind);
  const markers = byOrder(items.filter((item) => item.stance === 'conclusion' && aboutIds(item).some((id) => onSpectrum.has(id)))).sort((a, b) => kindOrder(a) - kindOrder(b));
  const startIds = new Set(markers.flatMap((marker) => aboutIds(marker).filter((id) => onSpectrum.has(id))));
  const markerIds = new Set(markers.map((marker) => marker.id));
  const reasons = byOrder(items.filter((item) => item.kind === 'reason' && (item.supports ?? []).some((id) => markerIds.has(id))));
  const heldBack = new Map<string, ArgumentItemShape[]>();
  for (const reason of reasons) {
    for (const id of aboutIds(reason)) {
      if (!onSpectrum.has(id) || startIds.has(id)) continue;
      heldBack.set(id, [...(heldBack.get(id) ?? []), reason]);
    }
  }
  const arenas = ARENAS.map((arena) => ({ arena, items: items.filter((item) => item.arena === arena && item.stance === 'conclusion') })).filter((view) => view.items.length > 0);
  return { rows, markers, startIds, reasons, heldBack, arenas };
}

/** Runs of consecutive positions (1-based) in a row whose items are marked as the start: `[[1, 2]]`. */
export function startRuns(row: SpectrumRowView, startIds: ReadonlySet<string>): [number, number][] {
  const runs: [number, number][] = [];
  row.items.forEach((item, i) => {
    if (!startIds.has(item.id)) return;
    const last = runs.at(-1);
    if (last !== undefined && last[1] === i) last[1] = i + 1;
    else runs.push([i + 1, i + 1]);
  });
  return runs;
}
