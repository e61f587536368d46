// Every embed a journalist can pick: one per chart with its defaults, plus presets (a chart
// filtered or focused the way a news story needs it). Storybook imports this list for its
// "copy embed code" page; the build renders each entry.
import { aidFigures } from '@vn-mediation/data/aid';
import { argumentItems } from '@vn-mediation/data/argument';
import { partnershipFigures } from '@vn-mediation/data/partnerships';
import { pkoFigures } from '@vn-mediation/data/pko';
import { timelineEvents } from '@vn-mediation/data/timeline';
import type { ChartKey, ChartProps } from './charts';
import { fallbackHeight, reservedHeightsOf } from './heights/reservedHeights';

/** The records a chart draws: the type of its `data` prop. */
export type ChartData<K extends ChartKey> = ChartProps<K> extends { data?: infer D } ? NonNullable<D> : never;

/** One embed: a chart and the props that make it this embed. */
export interface EmbedDefinition<K extends ChartKey = ChartKey> {
  /** Kebab-case id: the embed's folder and the id in snippets and messages. */
  id: string;
  /** The chart's title (passed to the chart, so page, iframe and manifest agree). */
  title: string;
  /** What the embed shows and for which story, for the journalist choosing one. */
  summary: string;
  /** The chart that draws it. */
  chart: K;
  /** Name of the preset, when the embed is a chart filtered or focused for a story. */
  preset?: string;
  /** Props passed to the chart besides its data, title, size and theme; JSON-serialisable (they travel to the page). */
  props: Omit<ChartProps<K>, 'data' | 'title' | 'width' | 'theme' | 'headingLevel'>;
  /** The records the chart and its model are given; the model's table of them is the CSV and JSON download. */
  data: ChartData<K>;
  /** Widest the chart is drawn at, in pixels: its downloads' width; narrower boxes get drawings of their own (render/drawings.ts). */
  width: number;
  /**
   * Height of the whole embed page in a tablet-wide box, in pixels: what a snippet reserves when
   * its per-width heights cannot apply. Read from the heights `measure-heights` wrote
   * (src/heights/), which the snippets reserve per width; the browser tests fail when a page
   * drifts from them.
   */
  reservedHeight: number;
}

/** Any embed: an {@link EmbedDefinition} for one of the charts, its props checked against that chart's. */
export type AnyEmbedDefinition = { [K in ChartKey]: EmbedDefinition<K> }[ChartKey];

/** Height reserved for an embed that was never measured: the browser tests then fail and say to run `measure-heights`. */
const UNMEASURED_HEIGHT = 600;

/** Declares an embed, checking its props against its chart's props; its reserved height comes from the measured heights. */
export function defineEmbed<K extends ChartKey>(definition: Omit<EmbedDefinition<K>, 'reservedHeight'>): EmbedDefinition<K> {
  const heights = reservedHeightsOf(definition.id);
  return { ...definition, reservedHeight: heights === undefined ? UNMEASURED_HEIGHT : fallbackHeight(heights) };
}

/** Every embed, in the order Storybook and the manifest list them. */
export const embeds: readonly AnyEmbedDefinition[] = [
  defineEmbed({
    id: 'timeline',
    title: 'Vietnam’s reconciliation and mediation: a timeline',
    summary: 'Every dated event of both articles, grouped into eras.',
    chart: 'timeline',
    props: {},
    data: timelineEvents,
    width: 720,
  }),
  defineEmbed({
    id: 'timeline-korea',
    title: 'Vietnam and the Korean Peninsula: a timeline',
    summary:
      'Hanoi–Pyongyang relations as The Diplomat tells them, from the early 1960s through the Cold War tensions to the July 2016 ban, with the ISEAS article’s aid to the DPRK and the 2018–2019 summits: every event with the Korean Peninsula topic (readers can tick the others).',
    chart: 'timeline',
    preset: 'Korean Peninsula events',
    props: { initialTopics: ['korea'] },
    data: timelineEvents,
    width: 720,
  }),
  defineEmbed({
    id: 'timeline-peacekeeping',
    title: 'Vietnam in UN peacekeeping: a timeline',
    summary: 'The timeline with only the peacekeeping events ticked.',
    chart: 'timeline',
    preset: 'Peacekeeping events',
    props: { initialTopics: ['peacekeeping'] },
    data: timelineEvents,
    width: 720,
  }),
  defineEmbed({
    id: 'timeline-aid',
    title: 'Vietnam’s aid to the DPRK: a timeline',
    summary: 'The timeline with only the aid events ticked.',
    chart: 'timeline',
    preset: 'Aid events',
    props: { initialTopics: ['aid'] },
    data: timelineEvents,
    width: 720,
  }),
  defineEmbed({
    id: 'partnership-tiers',
    title: 'Vietnam’s partnerships by tier',
    summary: 'Comprehensive strategic, strategic and comprehensive partnerships, with the diplomatic relations and rankings the article gives.',
    chart: 'partnership-tier-chart',
    props: { isAnimationActive: false },
    data: partnershipFigures,
    width: 640,
  }),
  defineEmbed({
    id: 'pko-personnel',
    title: 'Vietnam’s UN peacekeepers',
    summary: 'Officers, medical personnel, engineers and field hospitals Vietnam sent or readied.',
    chart: 'pko-personnel-chart',
    props: { isAnimationActive: false },
    data: pkoFigures,
    width: 640,
  }),
  defineEmbed({
    id: 'pko-women-share',
    title: 'Vietnam’s share of female officers in UN peacekeeping',
    summary: 'Vietnam’s share of female officers against the UN averages.',
    chart: 'pko-women-share-chart',
    props: { isAnimationActive: false },
    data: pkoFigures,
    width: 640,
  }),
  defineEmbed({
    id: 'dprk-aid',
    title: 'Vietnam’s aid to the DPRK',
    summary: 'Rice and other aid by year, and the unpaid 1996 rice sale.',
    chart: 'dprk-aid-chart',
    props: { isAnimationActive: false },
    data: aidFigures,
    width: 640,
  }),
  defineEmbed({
    id: 'mediation-spectrum',
    title: 'Where Vietnam should start as a mediator: the spectrum of third-party roles',
    summary:
      'The ISEAS article’s spectrum from good offices to arbitration and its three mediation strategies, where it says Vietnam should start (the modest end), its three reasons, and the places it names to begin: the Korean Peninsula, Myanmar and UN peacekeeping.',
    chart: 'mediation-spectrum-chart',
    props: {},
    data: argumentItems,
    width: 720,
  }),
  defineEmbed({
    id: 'argument-map',
    title: 'The case, weighed: can Vietnam mediate?',
    summary:
      'The ISEAS article’s argument as a map: Vietnam’s assets and interests against its challenges and the reasons for a modest role, leading to the thesis and the recommendations, each item with its quote and footnote.',
    chart: 'argument-map-chart',
    props: {},
    data: argumentItems,
    width: 720,
  }),
];
