import { describe, expect, it } from 'vitest';
import type { PartnershipFigureShape } from './partnershipData';
import { checkPartnershipFigures } from './partnershipData';
import { describePartnerships, partnershipView, tierWords } from './partnershipLayout';

const source = [{ article: 'iseas-2021-6', quote: 'q', footnote: 25 }] as const;
const tier = (id: string, t: PartnershipFigureShape['tier'], value: number): PartnershipFigureShape => ({
  id, label: id, value, unit: 'partnerships', measure: 'partnership-tier', tier: t, sources: source,
});

describe('partnershipView', () => {
  it('orders tiers from the highest and sets relations and ranks apart', () => {
    const view = partnershipView([
      tier('c', 'comprehensive', 5),
      { id: 'r', label: 'r', value: 7, unit: 'relations', measure: 'diplomatic-relations', sources: source },
      tier('cs', 'comprehensive-strategic', 1),
      { id: 'a', label: 'a', value: 2, unit: 'rank', measure: 'diplomacy-index-rank', scope: 'asia', sources: source },
      { id: 'w', label: 'w', value: 9, unit: 'rank', measure: 'diplomacy-index-rank', scope: 'world', sources: source },
    ]);
    expect(view?.tiers.map((f) => f.id)).toEqual(['cs', 'c']);
    expect(view?.relations?.value).toBe(7);
    expect(view?.ranks.map((f) => f.scope)).toEqual(['world', 'asia']);
  });

  it('has nothing to draw without a tier', () => {
    expect(partnershipView([{ id: 'r', label: 'r', value: 7, unit: 'relations', measure: 'diplomatic-relations', sources: source }])).toBeUndefined();
  });
});

describe('describePartnerships', () => {
  it('reads every number from the figures', () => {
    const view = partnershipView([tier('s', 'strategic', 4), { id: 'r', label: 'r', value: 50, unit: 'relations', measure: 'diplomatic-relations', sources: source }]);
    expect(view && describePartnerships(view)).toBe('Vietnam has established 50 diplomatic relations, among them 4 strategic partnerships.');
    expect(tierWords('comprehensive-strategic')).toBe('comprehensive strategic');
  });
});

describe('checkPartnershipFigures', () => {
  it('refuses a tier figure without its tier and an unknown measure', () => {
    const bad = checkPartnershipFigures([
      { id: 'x', label: 'x', value: 3, unit: 'partnerships', measure: 'partnership-tier', sources: source },
      { id: 'y', label: 'y', value: 3, unit: 'partnerships', measure: 'alliance', sources: source },
    ]);
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.problems).toEqual([
      'figures[0].tier is missing on a partnership-tier figure',
      'figures[1].measure must be one of diplomatic-relations, partnership-tier, diplomacy-index-rank',
    ]);
  });
});
