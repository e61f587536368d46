import { z } from 'zod';

import { ARTICLE_IDS } from '../vocabulary/articles';

export { ARTICLE_IDS };

/** Which of the two source articles a fact comes from. */
export const ArticleId = z.enum(ARTICLE_IDS).meta({
  description: 'Source article: `iseas-2021-6` (Hoang Oanh, ISEAS Perspective 2021/6) or `diplomat-2016` (Samuel Ramani, The Diplomat, 2016)',
});
/** Which of the two source articles a fact comes from. */
export type ArticleId = z.infer<typeof ArticleId>;
