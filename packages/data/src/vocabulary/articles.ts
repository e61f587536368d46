/** The ids of the two source articles, exactly as `../shared/README.md` names them. */
export const ARTICLE_IDS = ['iseas-2021-6', 'diplomat-2016'] as const;
