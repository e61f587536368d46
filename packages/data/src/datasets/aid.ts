/**
 * Aid: Vietnam's aid to the DPRK by year and commodity (iseas-2021-6 footnote 44), and the rice
 * North Korea did not pay for in 1996 (diplomat-2016).
 *
 * Caveats: diplomat-2016 counts "tons", iseas-2021-6 "tonnes"; the units are kept apart as
 * printed. The 2000–2012 amounts are totals for the span, not per year. `recipient` is `dprk`
 * throughout, however the passage names it ("the DPRK", "North Korea", "the North Asian nation").
 */
import type { AidFigure } from '../schema/aid';

export type { AidFigure } from '../schema/aid';
export type { EventDate, PartialDate } from '../schema/date';
export type { Unit } from '../schema/quantity';
export type { Source } from '../schema/source';
export { AID_COMMODITIES, AID_FLOWS, AID_RECIPIENTS } from '../vocabulary/aid';

const FN44_1990S = 'Vietnam offered the DPRK 100 tonnes of rice aid in 1995 and another 13,000 tonnes in 1997.';
const FN44_2000S =
  'From 2000 to 2012, it supported the DPRK with 22,700 tonnes of rice, 5 tonnes of material rubber, and US$50,000 in emergency aid.';
const FN44_2016 = 'It offered US$70,000 in flood relief to the North Asian nation in 2016.';
const UNPAID =
  'North Korea’s failure to pay Vietnam for 20,000 tons of rice worth $18 million at the height of the famine in 1996 confirmed Pyongyang’s unreliability as an economic partner.';

/** Every amount of Vietnam's aid to the DPRK, and the unpaid rice of 1996. */
export const aidFigures: readonly AidFigure[] = [
  {
    id: 'rice-1995',
    label: 'Rice aid offered to the DPRK in 1995',
    commodity: 'rice',
    flow: 'aid',
    recipient: 'dprk',
    value: 100,
    unit: 'tonnes',
    asOf: { kind: 'point', date: { year: 1995 } },
    sources: [{ article: 'iseas-2021-6', quote: FN44_1990S, footnote: 44 }],
  },
  {
    id: 'unpaid-rice-1996-tons',
    label: 'Rice North Korea failed to pay for in 1996',
    commodity: 'rice',
    flow: 'unpaid-sale',
    recipient: 'dprk',
    value: 20000,
    unit: 'tons',
    asOf: { kind: 'point', date: { year: 1996 } },
    sources: [{ article: 'diplomat-2016', quote: UNPAID }],
  },
  {
    id: 'unpaid-rice-1996-value',
    label: 'Worth of the rice North Korea failed to pay for in 1996',
    commodity: 'rice',
    flow: 'unpaid-sale',
    recipient: 'dprk',
    value: 18000000,
    unit: 'usd',
    asOf: { kind: 'point', date: { year: 1996 } },
    sources: [{ article: 'diplomat-2016', quote: UNPAID }],
    notes: ['The article prints "$18 million" without naming the currency; stored as US dollars.'],
  },
  {
    id: 'rice-1997',
    label: 'Rice aid offered to the DPRK in 1997',
    commodity: 'rice',
    flow: 'aid',
    recipient: 'dprk',
    value: 13000,
    unit: 'tonnes',
    asOf: { kind: 'point', date: { year: 1997 } },
    sources: [{ article: 'iseas-2021-6', quote: FN44_1990S, footnote: 44 }],
  },
  {
    id: 'rice-2000-2012',
    label: 'Rice supported to the DPRK from 2000 to 2012',
    commodity: 'rice',
    flow: 'aid',
    recipient: 'dprk',
    value: 22700,
    unit: 'tonnes',
    asOf: { kind: 'span', start: { year: 2000 }, end: { year: 2012 } },
    sources: [{ article: 'iseas-2021-6', quote: FN44_2000S, footnote: 44 }],
  },
  {
    id: 'material-rubber-2000-2012',
    label: 'Material rubber supported to the DPRK from 2000 to 2012',
    commodity: 'material-rubber',
    flow: 'aid',
    recipient: 'dprk',
    value: 5,
    unit: 'tonnes',
    asOf: { kind: 'span', start: { year: 2000 }, end: { year: 2012 } },
    sources: [{ article: 'iseas-2021-6', quote: FN44_2000S, footnote: 44 }],
  },
  {
    id: 'emergency-aid-2000-2012',
    label: 'Emergency aid to the DPRK from 2000 to 2012',
    commodity: 'emergency-aid',
    flow: 'aid',
    recipient: 'dprk',
    value: 50000,
    unit: 'usd',
    asOf: { kind: 'span', start: { year: 2000 }, end: { year: 2012 } },
    sources: [{ article: 'iseas-2021-6', quote: FN44_2000S, footnote: 44 }],
  },
  {
    id: 'flood-relief-2016',
    label: 'Flood relief offered to the DPRK in 2016',
    commodity: 'flood-relief',
    flow: 'aid',
    recipient: 'dprk',
    value: 70000,
    unit: 'usd',
    asOf: { kind: 'point', date: { year: 2016 } },
    sources: [{ article: 'iseas-2021-6', quote: FN44_2016, footnote: 44 }],
    notes: ['The passage names the recipient “the North Asian nation”: the DPRK of the footnote’s two sentences before.'],
  },
];
