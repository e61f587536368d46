/** Earliest year a record may carry (the articles start in the 13th century). */
export const MIN_YEAR = 1000;
/** Latest year a record may carry. */
export const MAX_YEAR = 2100;
/** Precisions coarser than a year, for dates the article gives only as a decade or a century. */
export const COARSE_PRECISIONS = ['decade', 'century'] as const;
/** How the article hedges a point date. */
export const DATE_QUALIFIERS = ['early', 'by-end-of', 'up-to', 'since'] as const;
/** English month names, January first: how the articles and the citations write months. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
