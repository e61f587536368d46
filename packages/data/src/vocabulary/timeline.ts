/**
 * The topics a timeline event can belong to (zod-free, so the timeline entry stays light). An
 * event lists one or more, its main topic first.
 */
export const TIMELINE_TOPICS = [
  'history',
  'reconciliation',
  'korea',
  'multilateral',
  'peacekeeping',
  'policy',
  'aid',
] as const;
