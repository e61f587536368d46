import { articles } from '@vn-mediation/data/provenance';
import { capitalise, countWords, footnoteWords, listWords, vocabularyWords } from '@vn-mediation/data/format';
import type { ArgumentKind, Stance } from '@vn-mediation/data/vocabulary';
import type { ArticleIdShape } from '../dataShape/shapes';
import type { ChartModel, ChartModelOptions, ModelTable } from '../model/chartModel';
import { provenanceOf, unavailableModel, uniqueNotes } from '../model/modelParts';
import { argumentLinkProblems, checkArgumentItems } from '../argument/argumentData';
import { itemFootnotes, itemQuotes } from '../argument/argumentParts';
import type { ArgumentQuote } from '../argument/argumentParts';
import type { ArgumentItemShape } from '../argument/argumentData';

/** The article the argument map weighs: only iseas-2021-6 has assets, challenges, reasons and recommendations to weigh. */
export const ARGUMENT_MAP_ARTICLE: ArticleIdShape = 'iseas-2021-6';

/** The argument map's default title. */
export const ARGUMENT_MAP_TITLE = 'The case, weighed: can Vietnam mediate?';

/** The three sides of the map: the case for, the case against, and what follows from weighing them. */
export type ArgumentMapSide = 'for' | 'against' | 'so';

/** The map's sides, in reading order, each with its heading. */
export const ARGUMENT_MAP_SIDES: readonly { readonly key: ArgumentMapSide; readonly heading: string }[] = [
  { key: 'for', heading: 'The case for' },
  { key: 'against', heading: 'The case against' },
  { key: 'so', heading: 'So' },
];

/** The groups of the map, in reading order: which side each sits on, its heading, the kinds it holds and how its items are counted. */
export const ARGUMENT_MAP_GROUPS = [
  { key: 'assets', side: 'for', heading: 'What Vietnam brings', kinds: ['asset'], noun: ['asset', 'assets'] },
  { key: 'interests', side: 'for', heading: 'What Vietnam gains', kinds: ['interest'], noun: ['interest', 'interests'] },
  { key: 'challenges', side: 'against', heading: 'What stands in the way', kinds: ['challenge'], noun: ['challenge', 'challenges'] },
  { key: 'reasons', side: 'against', heading: 'Why start small', kinds: ['reason'], noun: ['reason for a modest role', 'reasons for a modest role'] },
  { key: 'thesis', side: 'so', heading: 'The article’s answer', kinds: ['thesis'], noun: ['thesis', 'theses'] },
  { key: 'recommendations', side: 'so', heading: 'What Vietnam should do', kinds: ['recommendation'], noun: ['recommendation', 'recommendations'] },
] as const satisfies readonly {
  readonly key: string;
  readonly side: ArgumentMapSide;
  readonly heading: string;
  readonly kinds: readonly ArgumentKind[];
  readonly noun: readonly [string, string];
}[];

/** A group of the map by its key. */
export type ArgumentMapGroupKey = (typeof ARGUMENT_MAP_GROUPS)[number]['key'];

/** How each stance is written beside an item: a word, and a glyph whose shape repeats it (never colour alone). */
export const STANCE_MARKS: Readonly<Record<Stance, { readonly word: string; readonly glyph: string }>> = {
  for: { word: 'For', glyph: '+' },
  against: { word: 'Against', glyph: '−' },
  limits: { word: 'Limits', glyph: '◇' },
  conclusion: { word: 'So', glyph: '→' },
  context: { word: 'Context', glyph: '·' },
};

/** A link from one item to another, named as the reader sees it. */
export interface ArgumentMapLink {
  /** The linked item's id. */
  readonly key: string;
  /** Its label, with its kind in brackets when it is not itself on the map. */
  readonly label: string;
  /** Whether the linked item is on the map, so it can be shown as linked. */
  readonly onMap: boolean;
}

/** One verbatim passage an item rests on, with its author, year and footnote. */
export type ArgumentMapQuote = ArgumentQuote;

/** One item of the map with everything shown and said for it. */
export interface ArgumentMapItem {
  /** The item's id. */
  readonly key: string;
  /** Its label, capitalised as a heading of its own. */
  readonly label: string;
  /** Its kind, with the article's enumeration when it numbers it: "asset 2". */
  readonly kindText: string;
  /** Its stance. */
  readonly stance: Stance;
  /** The items it gives a reason for. */
  readonly supports: readonly ArgumentMapLink[];
  /** The items it weighs against. */
  readonly opposes: readonly ArgumentMapLink[];
  /** The items that give a reason for it. */
  readonly supportedBy: readonly ArgumentMapLink[];
  /** The items that weigh against it. */
  readonly opposedBy: readonly ArgumentMapLink[];
  /** What it supports and opposes, as one visible sentence ("Supports: …. Weighs against: …."), or empty. */
  readonly linksText: string;
  /** The sentence announced and shown in the readout when the item is focused. */
  readonly announcement: string;
  /** The passages it rests on, each with its citation. */
  readonly quotes: readonly ArgumentMapQuote[];
}

/** A group of items under one heading. */
export interface ArgumentMapGroup {
  /** Which group. */
  readonly key: ArgumentMapGroupKey;
  /** Its heading. */
  readonly heading: string;
  /** Its items, in the data's (the article's) order; never empty. */
  readonly items: readonly ArgumentMapItem[];
}

/** One side of the map with its groups. */
export interface ArgumentMapColumn {
  /** Which side. */
  readonly key: ArgumentMapSide;
  /** Its heading. */
  readonly heading: string;
  /** Its groups that hold items; never empty. */
  readonly groups: readonly ArgumentMapGroup[];
}

/** What the argument map draws. */
export interface ArgumentMapDrawing {
  /** The article weighed. */
  readonly article: ArticleIdShape;
  /** The sides that hold items, in reading order. */
  readonly columns: readonly ArgumentMapColumn[];
  /** Every item in reading order: the order the arrow keys walk. */
  readonly items: readonly ArgumentMapItem[];
}

/** The model of `ArgumentMapChart`. */
export type ArgumentMapModel = ChartModel<ArgumentMapDrawing>;

const LINK_NOTE = 'For, against and the links between items are our reading of the article’s connectives (“thus”, “because”, “However”); the quotes are the evidence.';

function linkTo(target: ArgumentItemShape | undefined, key: string, onMap: ReadonlySet<string>): ArgumentMapLink {
  // The check has already refused dangling links; the fallback keeps the type honest.
  if (target === undefined) return { key, label: key, onMap: false };
  const isOnMap = onMap.has(key);
  return { key, label: isOnMap ? target.label : `${target.label} (${vocabularyWords(target.kind)})`, onMap: isOnMap };
}

function mapItem(item: ArgumentItemShape, byId: ReadonlyMap<string, ArgumentItemShape>, onMap: ReadonlySet<string>, all: readonly ArgumentItemShape[]): ArgumentMapItem {
  const links = (ids: readonly string[] | undefined) => (ids ?? []).map((id) => linkTo(byId.get(id), id, onMap));
  const incoming = (field: 'supports' | 'opposes') => all.filter((other) => (other[field] ?? []).includes(item.id)).map((other) => linkTo(other, other.id, onMap));
  const supports = links(item.supports);
  const opposes = links(item.opposes);
  const kindText = item.order === undefined ? vocabularyWords(item.kind) : `${vocabularyWords(item.kind)} ${item.order}`;
  const linksText = [
    supports.length === 0 ? '' : `Supports: ${listWords(supports.map((link) => link.label))}.`,
    opposes.length === 0 ? '' : `Weighs against: ${listWords(opposes.map((link) => link.label))}.`,
  ]
    .filter((part) => part !== '')
    .join(' ');
  const label = capitalise(item.label);
  return {
    key: item.id,
    label,
    kindText,
    stance: item.stance,
    supports,
    opposes,
    supportedBy: incoming('supports'),
    opposedBy: incoming('opposes'),
    linksText,
    announcement: `${label}: ${kindText}, ${item.stance}.${linksText === '' ? '' : ` ${linksText}`}`,
    quotes: itemQuotes(item),
  };
}

// One side in words: "4 assets and 3 interests"; the thesis quoted when `quoteThesis`.
function sideWords(column: ArgumentMapColumn | undefined, quoteThesis: boolean): string {
  if (column === undefined) return 'nothing';
  return listWords(
    column.groups.map((group) => {
      const [singular, plural] = ARGUMENT_MAP_GROUPS.find((definition) => definition.key === group.key)?.noun ?? ['item', 'items'];
      if (group.key !== 'thesis') return countWords(group.items.length, singular, plural);
      const named = group.items.length === 1 ? 'the thesis' : `the ${countWords(group.items.length, singular, plural)}`;
      return quoteThesis ? `${named} ${listWords(group.items.map((item) => `“${item.label}”`))}` : named;
    }),
  );
}

function argumentTable(title: string, columns: readonly ArgumentMapColumn[], bySource: ReadonlyMap<string, ArgumentItemShape>): ModelTable {
  return {
    caption: `Data of “${title}”`,
    columns: [
      { key: 'item', header: 'Item', align: 'start' },
      { key: 'group', header: 'Group', align: 'start' },
      { key: 'kind', header: 'Kind', align: 'start' },
      { key: 'stance', header: 'Stance', align: 'start' },
      { key: 'supports', header: 'Supports', align: 'start' },
      { key: 'opposes', header: 'Weighs against', align: 'start' },
      { key: 'quote', header: 'Quote', align: 'start' },
      { key: 'footnote', header: 'Footnote', align: 'start' },
    ],
    rows: columns.flatMap((column) =>
      column.groups.flatMap((group) =>
        group.items.map((item) => {
          const record = bySource.get(item.key);
          const footnotes = record === undefined ? [] : itemFootnotes(record);
          const linkCell = (links: readonly ArgumentMapLink[]) => (links.length === 0 ? 'none' : links.map((link) => link.label).join('; '));
          return {
            key: item.key,
            cells: [
              item.label,
              `${column.heading}: ${group.heading.charAt(0).toLowerCase()}${group.heading.slice(1)}`,
              item.kindText,
              item.stance,
              linkCell(item.supports),
              linkCell(item.opposes),
              item.quotes.map((quote) => `“${quote.quote}”`).join(' '),
              footnotes.length === 0 ? 'none' : footnoteWords(footnotes),
            ],
            sources: record?.sources ?? [],
            notes: record?.notes ?? [],
          };
        }),
      ),
    ),
  };
}

/**
 * Everything `ArgumentMapChart` shows, from `unknown` argument items: iseas-2021-6's assets and
 * interests (the case for) weighed against its challenges and its reasons for a modest role (the
 * case against), meeting in its thesis and recommendations (so); each item with its label, what
 * it supports and opposes (read from the data's links), its quotes and footnotes; the
 * description, table, citations and notes; or a labelled empty or error state naming the item
 * and field at fault.
 *
 * @example
 * const model = argumentMapModel(argumentItems);
 * if (model.state === 'ok') console.log(model.drawing.columns.map((column) => column.heading));
 */
export function argumentMapModel(data: unknown, options: ChartModelOptions = {}): ArgumentMapModel {
  const title = options.title ?? ARGUMENT_MAP_TITLE;
  const checked = checkArgumentItems(data);
  if (!checked.ok) return unavailableModel('argument-map-chart', title, 'error', checked.problems, options.description);
  const linkProblems = argumentLinkProblems(checked.items);
  if (linkProblems.length > 0) return unavailableModel('argument-map-chart', title, 'error', linkProblems, options.description);
  const ofArticle = checked.items.filter((item) => item.sources[0]?.article === ARGUMENT_MAP_ARTICLE);
  const kindsOnMap: readonly ArgumentKind[] = ARGUMENT_MAP_GROUPS.flatMap((group) => group.kinds);
  const shown = ofArticle.filter((item) => kindsOnMap.includes(item.kind));
  if (shown.length === 0) {
    return unavailableModel('argument-map-chart', title, 'empty', [`no item of ${ARGUMENT_MAP_ARTICLE} in the data is of a kind the map weighs (${kindsOnMap.join(', ')})`], options.description);
  }
  const byId = new Map(ofArticle.map((item) => [item.id, item]));
  const onMap = new Set(shown.map((item) => item.id));
  const groupsOf = (side: ArgumentMapSide): ArgumentMapGroup[] =>
    ARGUMENT_MAP_GROUPS.filter((group) => group.side === side)
      .map((group) => ({
        key: group.key,
        heading: group.heading,
        items: shown.filter((item) => (group.kinds as readonly ArgumentKind[]).includes(item.kind)).map((item) => mapItem(item, byId, onMap, ofArticle)),
      }))
      .filter((group) => group.items.length > 0);
  const columns = ARGUMENT_MAP_SIDES.map((side) => ({ key: side.key, heading: side.heading, groups: groupsOf(side.key) })).filter((column) => column.groups.length > 0);
  const items = columns.flatMap((column) => column.groups.flatMap((group) => group.items));
  const article = articles[ARGUMENT_MAP_ARTICLE];
  const side = (key: ArgumentMapSide) => columns.find((column) => column.key === key);
  const sources = shown.flatMap((item) => item.sources);
  return {
    chart: 'argument-map-chart',
    state: 'ok',
    title,
    shortDescription: `Argument map of ${article.author}’s “${article.title}”: ${sideWords(side('for'), false)} weighed against ${sideWords(side('against'), false)}, leading to ${sideWords(side('so'), false)}.`,
    description:
      options.description ??
      `${article.author}’s “${article.title}” (${article.publication}) weighs the case for Vietnam as a mediator against the case against. ${columns.map((column) => `${column.heading}: ${sideWords(column, true)}.`).join(' ')} Each item opens its quote and footnote.`,
    table: argumentTable(title, columns, byId),
    ...provenanceOf(sources),
    notes: uniqueNotes([[LINK_NOTE], ...shown.map((item) => item.notes)]),
    drawing: { article: ARGUMENT_MAP_ARTICLE, columns, items },
  };
}
