import { checkFigures, readOptionalEnum } from '../dataShape/checkFigures';
import type { FigureCheck } from '../dataShape/checkFigures';
import { PARTNERSHIP_MEASURES, PARTNERSHIP_TIERS, RANK_SCOPES } from '@vn-mediation/data/vocabulary';
import type { FigureShape } from '../dataShape/shapes';

/** Partnership tiers, highest first (the data package's order). */
export const TIER_ORDER = PARTNERSHIP_TIERS;
/** A partnership tier. */
export type Tier = (typeof TIER_ORDER)[number];
const MEASURES = PARTNERSHIP_MEASURES;
const SCOPES = RANK_SCOPES;

/** The part of a `@vn-mediation/data` partnership figure the chart reads. */
export interface PartnershipFigureShape extends FigureShape {
  /** What the figure measures. */
  readonly measure: (typeof MEASURES)[number];
  /** The tier counted, for `partnership-tier` figures. */
  readonly tier?: Tier | undefined;
  /** The ranking's scope, for `diplomacy-index-rank` figures. */
  readonly scope?: (typeof SCOPES)[number] | undefined;
}

/** Checks `unknown` input as partnership figures; a tier figure must name its tier, a rank its scope. */
export function checkPartnershipFigures(value: unknown): FigureCheck<PartnershipFigureShape> {
  return checkFigures(value, (record, path, problems) => {
    const measure = readOptionalEnum(record, 'measure', MEASURES, path, problems);
    const tier = readOptionalEnum(record, 'tier', TIER_ORDER, path, problems);
    const scope = readOptionalEnum(record, 'scope', SCOPES, path, problems);
    if (measure === undefined) problems.push(`${path}.measure is missing`);
    if (measure === 'partnership-tier' && tier === undefined) problems.push(`${path}.tier is missing on a partnership-tier figure`);
    if (measure === 'diplomacy-index-rank' && scope === undefined) problems.push(`${path}.scope is missing on a rank figure`);
    if (measure === undefined || measure === null || tier === null || scope === null) return undefined;
    if ((measure === 'partnership-tier' && tier === undefined) || (measure === 'diplomacy-index-rank' && scope === undefined)) return undefined;
    return { measure, tier, scope };
  });
}
