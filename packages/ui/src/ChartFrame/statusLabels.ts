/** Which labelled state a chart shows instead of its marks. */
export type ChartStatusKind = 'empty' | 'error';

/** The accessible name (and lead-in) of each labelled state, shared by every renderer. */
export const CHART_STATUS_LABELS: Readonly<Record<ChartStatusKind, string>> = {
  empty: 'No data to show',
  error: 'Chart unavailable',
};
