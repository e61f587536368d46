import { ARENAS, ARGUMENT_KINDS, KIND_STANCES, SPECTRUM_KINDS, STANCES } from '@vn-mediation/data/vocabulary';
import type { Arena, ArgumentKind, Stance } from '@vn-mediation/data/vocabulary';
import { narrowSources } from '../dataShape/narrowSource';
import { describeValue, isFiniteNumber, isRecord, readString, readStringList } from '../dataShape/primitives';
import type { SourceShape } from '../dataShape/shapes';
import { readOptionalEnum } from '../dataShape/checkFigures';

/** The part of a `@vn-mediation/data` argument item the argument charts read. */
export interface ArgumentItemShape {
  /** Stable id, unique in the list. */
  readonly id: string;
  /** What the item is (`role`, `strategy`, `reason`, `recommendation`, …). */
  readonly kind: ArgumentKind;
  /** A short label, the article's words where it has them. */
  readonly label: string;
  /** How the item bears on the question the articles ask (`for`, `against`, `limits`, `conclusion`, `context`). */
  readonly stance: Stance;
  /** Position in the article's own enumeration, 1-based. */
  readonly order?: number | undefined;
  /** Rank on the spectrum of third-party engagement within its kind, 1 = least engaged (roles and strategies). */
  readonly engagement?: number | undefined;
  /** The place the article ties the item to. */
  readonly arena?: Arena | undefined;
  /** Ids of the items this one gives a reason for. */
  readonly supports?: readonly string[] | undefined;
  /** Ids of the items this one weighs against. */
  readonly opposes?: readonly string[] | undefined;
  /** Records the item is about, as `<dataset>/<id>`. */
  readonly about?: readonly string[] | undefined;
  /** Evidence: verbatim passages of the item's article. */
  readonly sources: readonly SourceShape[];
  /** Our remarks. */
  readonly notes?: readonly string[] | undefined;
}

/** The outcome of checking argument data: the items when all are well-formed, else the problems. */
export type ArgumentDataCheck = { readonly ok: true; readonly items: readonly ArgumentItemShape[] } | { readonly ok: false; readonly problems: readonly string[] };

/** The prefix of a reference to another item of the argument dataset. */
export const ARGUMENT_REF_PREFIX = 'argument/';

function isSpectrumKind(kind: ArgumentKind): boolean {
  return SPECTRUM_KINDS.some((spectrumKind) => spectrumKind === kind);
}

/** Reads an optional positive integer field, recording a problem when it is something else. */
function readRank(item: Record<string, unknown>, key: string, path: string, problems: string[]): number | undefined | null {
  const value = item[key];
  if (value === undefined) return undefined;
  if (isFiniteNumber(value) && Number.isInteger(value) && value >= 1) return value;
  problems.push(`${path}.${key} must be a positive integer (got ${describeValue(value)})`);
  return null;
}

/** Reads a required enum field, recording a problem naming the allowed values. */
function readEnum<T extends string>(item: Record<string, unknown>, key: string, allowed: readonly T[], path: string, problems: string[]): T | undefined {
  const match = allowed.find((option) => option === item[key]);
  if (match === undefined) problems.push(`${path}.${key} must be one of ${allowed.join(', ')} (got ${describeValue(item[key])})`);
  return match;
}

/** Where a record sits, with its id once known, so a problem names the record a reader can find. */
function recordPath(item: Record<string, unknown>, index: number): string {
  return typeof item.id === 'string' && item.id.trim() !== '' ? `items[${index}] ("${item.id}")` : `items[${index}]`;
}

/**
 * Checks `unknown` input as argument items, record by record: the fields the argument charts
 * read, the same vocabularies as the data package's schema, the stance a kind always takes, an
 * engagement rank on (and only on) roles and strategies, and unique ids. Any problem makes the whole list unusable, so a chart
 * never draws half of a broken argument. A reference to an item left out of the list is not a
 * problem: a filtered copy leaves it unlinked (the data package's validator checks references).
 */
export function checkArgumentItems(value: unknown): ArgumentDataCheck {
  if (!Array.isArray(value)) return { ok: false, problems: [`items must be a list (got ${describeValue(value)})`] };
  const problems: string[] = [];
  const items: ArgumentItemShape[] = [];
  const ids = new Set<string>();
  value.forEach((item: unknown, i) => {
    if (!isRecord(item)) {
      problems.push(`items[${i}] must be an argument item object (got ${describeValue(item)})`);
      return;
    }
    const path = recordPath(item, i);
    const before = problems.length;
    const id = readString(item, 'id', path, problems);
    const kind = readEnum(item, 'kind', ARGUMENT_KINDS, path, problems);
    const label = readString(item, 'label', path, problems);
    const stance = readEnum(item, 'stance', STANCES, path, problems);
    const order = readRank(item, 'order', path, problems);
    const engagement = readRank(item, 'engagement', path, problems);
    const arena = readOptionalEnum(item, 'arena', ARENAS, path, problems);
    const supports = readStringList(item, 'supports', path, problems, false);
    const opposes = readStringList(item, 'opposes', path, problems, false);
    const about = readStringList(item, 'about', path, problems, false);
    const notes = readStringList(item, 'notes', path, problems, false);
    const sources = narrowSources(item.sources, `${path}.sources`, problems);
    if (kind !== undefined && isSpectrumKind(kind) && engagement === undefined) problems.push(`${path}.engagement is required on a ${kind}: its rank from the least engaged (1)`);
    if (kind !== undefined && !isSpectrumKind(kind) && typeof engagement === 'number') problems.push(`${path}.engagement belongs only to ${SPECTRUM_KINDS.join(' and ')} items, not a ${kind}`);
    const fixedStance = kind === undefined ? undefined : KIND_STANCES[kind];
    if (stance !== undefined && fixedStance !== undefined && stance !== fixedStance) problems.push(`${path}.stance is "${stance}", but an item of kind "${String(kind)}" is always "${fixedStance}"`);
    if (id !== undefined && ids.has(id)) problems.push(`${path}.id "${id}" is used twice`);
    if (id !== undefined) ids.add(id);
    if (problems.length > before || id === undefined || kind === undefined || label === undefined || stance === undefined || sources === undefined) return;
    if (order === null || engagement === null || arena === null) return;
    items.push({ id, kind, label, stance, order, engagement, arena, supports, opposes, about, sources, notes });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, items };
}

const LINK_FIELDS = ['supports', 'opposes'] as const;

/**
 * Problems with the links between checked items, for a chart that draws them (the argument map):
 * every `supports` and `opposes` id names an item in the list, of the same article. A problem
 * names the item, the field and why. Charts that only read links (the spectrum) need not call it.
 */
export function argumentLinkProblems(items: readonly ArgumentItemShape[]): string[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const problems: string[] = [];
  for (const item of items) {
    const article = item.sources[0]?.article;
    for (const field of LINK_FIELDS) {
      (item[field] ?? []).forEach((target, position) => {
        const linked = byId.get(target);
        const targetArticle = linked?.sources[0]?.article;
        if (linked === undefined) problems.push(`item "${item.id}": ${field}[${position}] names "${target}", which is no item in the data`);
        else if (targetArticle !== article) problems.push(`item "${item.id}": ${field}[${position}] names "${target}", an item of ${String(targetArticle)}; an argument's links keep to its own article`);
      });
    }
  }
  return problems;
}
