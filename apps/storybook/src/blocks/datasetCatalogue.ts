import type { DatasetName } from '@vn-mediation/data';

/** How a reader finds one dataset: its human name and the import that loads only it. */
export interface DatasetEntry {
  /** Human name, used as the table caption and heading. */
  caption: string;
  /** What the records are, in one sentence. */
  summary: string;
  /** Package subpath that loads this dataset alone. */
  subpath: `@vn-mediation/data/${string}`;
  /** Named export holding the records. */
  exportName: string;
}

// Keyed by the package's own DatasetName, so a dataset added to the package fails typecheck here
// until it has a caption, rather than appearing on the Datasets page with no name.
/** Every dataset of `@vn-mediation/data`, in the order the package publishes them. */
export const DATASET_CATALOGUE: Readonly<Record<DatasetName, DatasetEntry>> = {
  timeline: {
    caption: 'Timeline events',
    summary: 'Every dated event in the two articles, at the precision the article gives.',
    subpath: '@vn-mediation/data/timeline',
    exportName: 'timelineEvents',
  },
  partnerships: {
    caption: 'Partnership figures',
    summary: "Vietnam's diplomatic relations, its partnerships by tier, and its rank in the Lowy Institute Global Diplomacy Index.",
    subpath: '@vn-mediation/data/partnerships',
    exportName: 'partnershipFigures',
  },
  'former-foes': {
    caption: 'Frameworks with former foes',
    summary: 'Former foes with which Vietnam has a high-level partnership framework.',
    subpath: '@vn-mediation/data/partnerships',
    exportName: 'formerFoeFrameworks',
  },
  'partnership-phrases': {
    caption: 'Partnerships in an article’s own words',
    summary: 'Partnerships an article names in its own words, such as the “long-standing strategic partnership” with North Korea in The Diplomat, kept apart from the tier counts.',
    subpath: '@vn-mediation/data/partnerships',
    exportName: 'partnershipPhrases',
  },
  pko: {
    caption: 'UN peacekeeping figures',
    summary: "Vietnam's deployments to UN peacekeeping: personnel sent and ready, field hospitals, the share of women.",
    subpath: '@vn-mediation/data/pko',
    exportName: 'pkoFigures',
  },
  aid: {
    caption: 'Aid to the DPRK',
    summary: 'Amounts of aid Vietnam offered North Korea or supported it with, and the rice North Korea did not pay for.',
    subpath: '@vn-mediation/data/aid',
    exportName: 'aidFigures',
  },
  economy: {
    caption: 'Economy figures',
    summary: 'Economic figures the articles give.',
    subpath: '@vn-mediation/data/economy',
    exportName: 'economyFigures',
  },
  argument: {
    caption: 'Argument',
    summary: 'What the articles claim and conclude: theses, findings, reasons, assets, interests, challenges and recommendations, linked into an argument map, with the third-party roles and mediation strategies ranked by engagement.',
    subpath: '@vn-mediation/data/argument',
    exportName: 'argumentItems',
  },
  documents: {
    caption: 'Documents',
    summary: 'Documents the articles name.',
    subpath: '@vn-mediation/data/documents',
    exportName: 'documents',
  },
  people: {
    caption: 'People',
    summary: 'People the articles name, as they name them.',
    subpath: '@vn-mediation/data/people',
    exportName: 'people',
  },
  organisations: {
    caption: 'Organisations',
    summary: 'Organisations the articles name.',
    subpath: '@vn-mediation/data/organisations',
    exportName: 'organisations',
  },
  bibliography: {
    caption: 'Bibliography',
    summary: 'The references cited in the footnotes of the ISEAS article, as the footnotes print them.',
    subpath: '@vn-mediation/data/bibliography',
    exportName: 'bibliography',
  },
};
