/** Partnership tiers, highest first, as iseas-2021-6 names them. */
export const PARTNERSHIP_TIERS = ['comprehensive-strategic', 'strategic', 'comprehensive'] as const;

/** What a partnership figure measures. */
export const PARTNERSHIP_MEASURES = ['diplomatic-relations', 'partnership-tier', 'diplomacy-index-rank'] as const;

/** Scopes of the Lowy Institute Global Diplomacy Index ranks the article gives. */
export const RANK_SCOPES = ['world', 'asia'] as const;
