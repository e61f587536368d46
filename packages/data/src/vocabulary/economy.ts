/** What an economy figure measures. */
export const ECONOMY_MEASURES = ['intermediate-goods-import-share', 'exports-share-of-gdp'] as const;
