import { figureAsOfText } from '../model/modelParts';
import { formatQuantity, listWords, vocabularyWords } from '@vn-mediation/data/format';
import type { PartnershipFigureShape, Tier } from './partnershipData';
import { TIER_ORDER } from './partnershipData';

/** What the chart draws: tier bars, highest tier first, and the figures given as context. */
export interface PartnershipView {
  /** One figure per tier, highest tier first (at least one). */
  readonly tiers: readonly PartnershipFigureShape[];
  /** The count of diplomatic relations, when the data has it. */
  readonly relations: PartnershipFigureShape | undefined;
  /** Diplomacy-index ranks, world first. */
  readonly ranks: readonly PartnershipFigureShape[];
}

/** A tier's name in words: "comprehensive-strategic" → "comprehensive strategic". */
export function tierWords(tier: Tier): string {
  return vocabularyWords(tier);
}

/** Shapes checked figures into the chart's view; `undefined` when there is no tier to draw. */
export function partnershipView(figures: readonly PartnershipFigureShape[]): PartnershipView | undefined {
  const tiers = figures
    .filter((figure) => figure.measure === 'partnership-tier' && figure.tier !== undefined)
    .sort((a, b) => TIER_ORDER.indexOf(a.tier ?? 'comprehensive') - TIER_ORDER.indexOf(b.tier ?? 'comprehensive'));
  if (tiers.length === 0) return undefined;
  return {
    tiers,
    relations: figures.find((figure) => figure.measure === 'diplomatic-relations'),
    ranks: figures.filter((figure) => figure.measure === 'diplomacy-index-rank').sort((a, b) => (a.scope === 'world' ? -1 : b.scope === 'world' ? 1 : 0)),
  };
}

/** The chart's description, each number read from the view. */
export function describePartnerships(view: PartnershipView): string {
  const tiers = listWords(view.tiers.map((figure) => `${figure.value} ${tierWords(figure.tier ?? 'comprehensive')} ${figure.value === 1 ? 'partnership' : 'partnerships'}`));
  const network =
    view.relations === undefined
      ? `Vietnam’s partnerships by tier: ${tiers}.`
      : `Vietnam has established ${formatQuantity(view.relations.value, view.relations.unit).replace('relations', 'diplomatic relations')}, among them ${tiers}.`;
  if (view.ranks.length === 0) return network;
  const ranks = listWords(view.ranks.map((rank) => `${formatQuantity(rank.value, 'rank')} ${rank.scope === 'asia' ? 'in Asia' : 'in the world'}`));
  const asOf = view.ranks[0] === undefined ? undefined : figureAsOfText(view.ranks[0]);
  return `${network} Its diplomatic network ranks ${ranks} in the Lowy Institute Global Diplomacy Index${asOf === undefined ? '' : ` (${asOf})`}.`;
}
