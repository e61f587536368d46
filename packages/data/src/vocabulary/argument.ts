// The words of the argument datasets, written once: the schema's descriptions, the README and the
// charts all read them from here. Zod-free, so the argument entry stays light.

/** What an item of an article's argument is, each with what it means. */
export const ARGUMENT_KIND_MEANINGS = {
  thesis: 'the article’s central claim',
  finding: 'a conclusion the article sums up, as in iseas-2021-6’s key findings and diplomat-2016’s closing paragraph',
  claim: 'a claim that links the argument’s steps: a cause, an explanation, an assessment',
  reason: 'one of iseas-2021-6’s three reasons for a modest mediation role',
  asset: 'a capability or advantage Vietnam brings to mediation',
  interest: 'what Vietnam gains from a mediation role: iseas-2021-6’s three national interests, diplomat-2016’s gains',
  challenge: 'an obstacle Vietnam must overcome to mediate',
  recommendation: 'what the article says Vietnam should do',
  option: 'an option the article says Vietnam can consider with a moderate mediation role',
  role: 'a third-party role, ranked by how engaged the third party is',
  strategy: 'one of Touval and Zartman’s three mediation strategies, ranked by the mediator’s involvement',
  'security-challenge': 'one of Vietnam’s two main security challenges, which make a rules-based order matter to it; not an obstacle to mediation',
  contribution: 'something Vietnam has done for peace and reconciliation, given as evidence of its commitment',
  policy: 'a declared goal, theme or emphasis of Vietnam’s foreign policy',
  precedent: 'an earlier case the article draws on',
  idea: 'an idea the article reports others putting forward',
  term: 'a word whose meaning the article explains',
} as const;

/** Kinds of item in the articles' arguments. */
export type ArgumentKind = keyof typeof ARGUMENT_KIND_MEANINGS;

/** Kinds of item in the articles' arguments, in the order a reader meets them in an argument map. */
export const ARGUMENT_KINDS = [
  'thesis',
  'finding',
  'claim',
  'reason',
  'asset',
  'interest',
  'challenge',
  'recommendation',
  'option',
  'role',
  'strategy',
  'security-challenge',
  'contribution',
  'policy',
  'precedent',
  'idea',
  'term',
] as const satisfies readonly ArgumentKind[];

/** How an item bears on the question both articles ask (can and should Vietnam mediate?), each with what it means. */
export const STANCE_MEANINGS = {
  for: 'weighs for Vietnam taking a mediation role, or explains why it could',
  against: 'weighs against it: an obstacle or a rival',
  limits: 'argues for keeping the role modest',
  conclusion: 'what the article concludes Vietnam should or could do',
  context: 'background the argument builds on without weighing it',
} as const;

/** How an item bears on the question both articles ask. */
export type Stance = keyof typeof STANCE_MEANINGS;

/** Stances, from the case for to the case against, then the conclusions and the background. */
export const STANCES = ['for', 'against', 'limits', 'conclusion', 'context'] as const satisfies readonly Stance[];

/**
 * The stance an item of each kind always takes, where its kind decides it: an asset is always
 * for, a challenge always against. Other kinds (a finding, a claim) take either.
 */
export const KIND_STANCES: Readonly<Partial<Record<ArgumentKind, Stance>>> = {
  thesis: 'conclusion',
  reason: 'limits',
  asset: 'for',
  interest: 'for',
  challenge: 'against',
  recommendation: 'conclusion',
  option: 'conclusion',
  role: 'context',
  strategy: 'context',
  term: 'context',
};

/** Kinds whose items sit on the spectrum of third-party engagement, and so carry an `engagement` rank. */
export const SPECTRUM_KINDS = ['role', 'strategy'] as const satisfies readonly ArgumentKind[];

/** The places iseas-2021-6 names for Vietnam's first mediating steps, each with what it covers. */
export const ARENA_MEANINGS = {
  'korean-peninsula': 'the United States and the DPRK on the Korean Peninsula',
  myanmar: 'Myanmar and the refugees of its Rakhine state',
  'un-peacekeeping': 'UN peacekeeping operations, PKO',
} as const;

/** A place iseas-2021-6 names for Vietnam's first mediating steps. */
export type Arena = keyof typeof ARENA_MEANINGS;

/** The places iseas-2021-6 names for Vietnam's first mediating steps, in the article's order. */
export const ARENAS = ['korean-peninsula', 'myanmar', 'un-peacekeeping'] as const satisfies readonly Arena[];
