/** The one category each timeline event belongs to (zod-free, so the timeline entry stays light). */
export const TIMELINE_CATEGORIES = [
  'history',
  'reconciliation',
  'korea',
  'multilateral',
  'peacekeeping',
  'policy',
  'aid',
] as const;
