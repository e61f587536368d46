import { z } from 'zod';

/** The ids of the two source articles, exactly as `../shared/README.md` names them. */
export const ARTICLE_IDS = ['iseas-2021-6', 'diplomat-2016'] as const;

/** Which of the two source articles a fact comes from. */
export const ArticleId = z.enum(ARTICLE_IDS).meta({
  description: 'Source article: `iseas-2021-6` (Hoang Oanh, ISEAS Perspective 2021/6) or `diplomat-2016` (Samuel Ramani, The Diplomat, 2016)',
});
/** Which of the two source articles a fact comes from. */
export type ArticleId = z.infer<typeof ArticleId>;
