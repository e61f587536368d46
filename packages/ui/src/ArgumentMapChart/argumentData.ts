import { ARGUMENT_KINDS, KIND_STANCES, STANCES } from '@vn-mediation/data/vocabulary';
import type { ArgumentKind, Stance } from '@vn-mediation/data/vocabulary';
import { describeValue, isFiniteNumber, isRecord, readString, readStringList } from '../dataShape/primitives';
import { narrowSources } from '../dataShape/narrowSource';
import type { SourceShape } from '../dataShape/shapes';

/** The part of a `@vn-mediation/data` argument item the argument map reads. */
export interface ArgumentItemShape {
  /** Stable id, unique in the argument. */
  readonly id: string;
  /** What the item is (`asset`, `challenge`, `recommendation`, …). */
  readonly kind: ArgumentKind;
  /** A short label, the article's words where it has them. */
  readonly label: string;
  /** How the item bears on the question, can and should Vietnam mediate. */
  readonly stance: Stance;
  /** Position in the article's own enumeration, 1-based. */
  readonly order?: number | undefined;
  /** Ids of the items this one gives a reason for. */
  readonly supports?: readonly string[] | undefined;
  /** Ids of the items this one weighs against. */
  readonly opposes?: readonly string[] | undefined;
  /** Evidence: verbatim passages of the item's article. */
  readonly sources: readonly SourceShape[];
  /** Our remarks. */
  readonly notes?: readonly string[] | undefined;
}

/** The argument items read from `unknown` input, or the problems that make it unreadable. */
export type ArgumentCheck = { readonly ok: true; readonly items: readonly ArgumentItemShape[] } | { readonly ok: false; readonly problems: readonly string[] };

const LINK_FIELDS = ['supports', 'opposes'] as const;

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return values.some((candidate) => candidate === value);
}

function narrowItem(value: unknown, path: string, problems: string[]): ArgumentItemShape | undefined {
  if (!isRecord(value)) {
    problems.push(`${path} must be an argument item object, not ${describeValue(value)}`);
    return undefined;
  }
  const before = problems.length;
  const id = readString(value, 'id', path, problems);
  const at = id === undefined ? path : `${path} ("${id}")`;
  const label = readString(value, 'label', at, problems);
  const { kind, stance, order } = value;
  if (!isOneOf(ARGUMENT_KINDS, kind)) problems.push(`${at}.kind must be one of ${ARGUMENT_KINDS.join(', ')}, not ${JSON.stringify(kind) ?? describeValue(kind)}`);
  if (!isOneOf(STANCES, stance)) problems.push(`${at}.stance must be one of ${STANCES.join(', ')}, not ${JSON.stringify(stance) ?? describeValue(stance)}`);
  if (isOneOf(ARGUMENT_KINDS, kind) && isOneOf(STANCES, stance)) {
    const fixed = KIND_STANCES[kind];
    if (fixed !== undefined && fixed !== stance) problems.push(`${at}.stance is "${stance}", but an item of kind "${kind}" is always "${fixed}"`);
  }
  const orderOk = order === undefined || (isFiniteNumber(order) && Number.isInteger(order) && order >= 1);
  if (!orderOk) problems.push(`${at}.order must be a positive integer`);
  const links = LINK_FIELDS.map((field) => readStringList(value, field, at, problems, false));
  const notes = readStringList(value, 'notes', at, problems, false);
  const sources = narrowSources(value.sources, `${at}.sources`, problems);
  if (problems.length > before || id === undefined || label === undefined || !isOneOf(ARGUMENT_KINDS, kind) || !isOneOf(STANCES, stance) || sources === undefined) return undefined;
  return { id, kind, label, stance, order: isFiniteNumber(order) ? order : undefined, supports: links[0], opposes: links[1], sources, notes };
}

/**
 * Checks `unknown` input as argument items: each item well formed, ids unique, and every
 * `supports` and `opposes` link naming an item of the same article. A problem names the item,
 * the field and why.
 */
export function checkArgumentItems(value: unknown): ArgumentCheck {
  if (!Array.isArray(value)) return { ok: false, problems: [`argument items must be a list, not ${describeValue(value)}`] };
  const problems: string[] = [];
  const items: ArgumentItemShape[] = [];
  value.forEach((entry: unknown, i) => {
    const item = narrowItem(entry, `items[${i}]`, problems);
    if (item !== undefined) items.push(item);
  });
  if (problems.length > 0) return { ok: false, problems };
  const byId = new Map<string, ArgumentItemShape>();
  for (const item of items) {
    if (byId.has(item.id)) problems.push(`item "${item.id}": its id is used by another item`);
    byId.set(item.id, item);
  }
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
  return problems.length > 0 ? { ok: false, problems } : { ok: true, items };
}
