/** Kinds of named body or initiative the articles mention. */
export const ORGANISATION_KINDS = ['international-organisation', 'state-body', 'party-body', 'advisory-body', 'company', 'research-institute', 'media', 'facility', 'initiative'] as const;
