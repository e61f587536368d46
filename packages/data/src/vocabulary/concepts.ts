/** Kinds of entry in the mediation vocabulary of iseas-2021-6. */
export const CONCEPT_KINDS = [
  'third-party-role',
  'mediation-strategy',
  'recommended-option',
  'recommendation',
  'reason-for-modest-role',
  'national-interest',
  'security-challenge',
  'challenge',
  'advantage',
  'idea',
  'term',
  'policy-theme',
  'precedent',
  'contribution',
] as const;
