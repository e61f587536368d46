/**
 * Partnerships: Vietnam's diplomatic network as iseas-2021-6 counts it (189 relations; three
 * comprehensive strategic, 14 strategic and 13 comprehensive partnerships; 38th in the world
 * and 10th in Asia in the Lowy Institute Global Diplomacy Index 2019), the former foes it
 * has high-level partnership frameworks with, and the partnerships diplomat-2016 names in its
 * own words.
 *
 * Caveat: the article does not say which country holds which tier, so no record does; the
 * former-foe frameworks carry no tier. diplomat-2016's "long-standing strategic partnership with
 * North Korea" is its own phrase, kept in `partnershipPhrases` apart from the tier counts: neither
 * article says it is one of the 14 strategic partnerships iseas-2021-6 counts.
 */
import type { FormerFoeFramework, PartnershipFigure, PartnershipPhrase } from '../schema/partnership';

export type { FormerFoeFramework, PartnershipFigure, PartnershipPhrase } from '../schema/partnership';
export type { EventDate, PartialDate } from '../schema/date';
export type { Unit } from '../schema/quantity';
export type { Source } from '../schema/source';
export { PARTNERSHIP_MEASURES, PARTNERSHIP_TIERS, RANK_SCOPES } from '../vocabulary/partnerships';

const NETWORK_QUOTE =
  'It has established 189 diplomatic relations, among which are three comprehensive strategic partnerships, 14 strategic partnerships, and 13 comprehensive partnerships.';
const RANK_QUOTE =
  'Vietnam has been pursuing a proactive foreign policy through its expanding diplomatic network, which is currently ranked 38th in the world and 10th in Asia.';
const LOWY_QUOTE = 'Lowy Institute Global Diplomacy Index 2019, at';
const FOES_QUOTE =
  'In the contemporary period, Vietnam has established high-level partnership frameworks with all its former foes – France, the United States, and China.';

/** Counts and ranks of Vietnam's diplomatic network. */
export const partnershipFigures: readonly PartnershipFigure[] = [
  {
    id: 'diplomatic-relations',
    label: 'Diplomatic relations established',
    measure: 'diplomatic-relations',
    value: 189,
    unit: 'relations',
    sources: [{ article: 'iseas-2021-6', quote: NETWORK_QUOTE }],
  },
  {
    id: 'comprehensive-strategic-partnerships',
    label: 'Comprehensive strategic partnerships',
    measure: 'partnership-tier',
    tier: 'comprehensive-strategic',
    value: 3,
    unit: 'partnerships',
    sources: [{ article: 'iseas-2021-6', quote: NETWORK_QUOTE }],
  },
  {
    id: 'strategic-partnerships',
    label: 'Strategic partnerships',
    measure: 'partnership-tier',
    tier: 'strategic',
    value: 14,
    unit: 'partnerships',
    sources: [{ article: 'iseas-2021-6', quote: NETWORK_QUOTE }],
  },
  {
    id: 'comprehensive-partnerships',
    label: 'Comprehensive partnerships',
    measure: 'partnership-tier',
    tier: 'comprehensive',
    value: 13,
    unit: 'partnerships',
    sources: [{ article: 'iseas-2021-6', quote: NETWORK_QUOTE }],
    notes: ['The three tiers add up to 30 of the 189 relations; the article gives no count for relations outside the tiers.'],
  },
  {
    id: 'lowy-rank-world',
    label: 'Rank of Vietnam’s diplomatic network in the world (Lowy Institute Global Diplomacy Index 2019)',
    measure: 'diplomacy-index-rank',
    scope: 'world',
    value: 38,
    unit: 'rank',
    asOf: { kind: 'point', date: { year: 2019 } },
    sources: [
      { article: 'iseas-2021-6', quote: RANK_QUOTE, footnote: 25 },
      { article: 'iseas-2021-6', quote: LOWY_QUOTE, footnote: 25 },
    ],
  },
  {
    id: 'lowy-rank-asia',
    label: 'Rank of Vietnam’s diplomatic network in Asia (Lowy Institute Global Diplomacy Index 2019)',
    measure: 'diplomacy-index-rank',
    scope: 'asia',
    value: 10,
    unit: 'rank',
    asOf: { kind: 'point', date: { year: 2019 } },
    sources: [
      { article: 'iseas-2021-6', quote: RANK_QUOTE, footnote: 25 },
      { article: 'iseas-2021-6', quote: LOWY_QUOTE, footnote: 25 },
    ],
  },
];

/** Former foes with which Vietnam has established high-level partnership frameworks. */
export const formerFoeFrameworks: readonly FormerFoeFramework[] = [
  {
    id: 'france',
    country: 'France',
    label: 'High-level partnership framework with France, a former foe',
    sources: [{ article: 'iseas-2021-6', quote: FOES_QUOTE }],
  },
  {
    id: 'united-states',
    country: 'the United States',
    label: 'High-level partnership framework with the United States, a former foe',
    sources: [{ article: 'iseas-2021-6', quote: FOES_QUOTE }],
  },
  {
    id: 'china',
    country: 'China',
    label: 'High-level partnership framework with China, a former foe',
    sources: [{ article: 'iseas-2021-6', quote: FOES_QUOTE }],
  },
];

/** Partnerships an article names in its own words, with no tier and no count. */
export const partnershipPhrases: readonly PartnershipPhrase[] = [
  {
    id: 'north-korea',
    partner: 'North Korea',
    label: 'Vietnam’s “long-standing strategic partnership” with North Korea, in The Diplomat’s words',
    phrase: 'long-standing strategic partnership',
    sources: [
      {
        article: 'diplomat-2016',
        quote: 'The Vietnamese government’s emphatic support for America’s position on the DPRK surprised some observers, as Hanoi retains a long-standing strategic partnership with North Korea.',
      },
      {
        article: 'diplomat-2016',
        quote: 'Notwithstanding this partnership, Vietnam’s condemnations of North Korean belligerence are the culmination of bilateral tensions that have been brewing for decades.',
      },
    ],
    notes: [
      'diplomat-2016’s own phrase. iseas-2021-6 counts 14 strategic partnerships without naming their partners, and neither article says whether this is one of them, so it is not a `strategic` tier record.',
    ],
  },
];
