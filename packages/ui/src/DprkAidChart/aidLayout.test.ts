import { describe, expect, it } from 'vitest';
import type { AidFigureShape } from './aidData';
import { checkAidFigures } from './aidData';
import { aidBarSentence, aidView, describeAid, recipientWords } from './aidLayout';

const sources = [{ article: 'iseas-2021-6', quote: 'q', footnote: 44 }] as const;
const year = (y: number): AidFigureShape['asOf'] => ({ kind: 'point', date: { year: y } });
const aid = (id: string, commodity: string, value: number, unit: string, asOf: AidFigureShape['asOf'], flow: AidFigureShape['flow'] = 'aid'): AidFigureShape => ({
  id, label: id, commodity, flow, value, unit, asOf, recipient: 'the buyer', sources,
});

describe('aidView', () => {
  const figures = [
    aid('rice-late', 'rice', 300, 'tonnes', year(2001)),
    aid('money', 'flood-relief', 70000, 'usd', year(2016)),
    aid('unpaid-worth', 'rice', 18000000, 'usd', year(1996), 'unpaid-sale'),
    aid('unpaid', 'rice', 20000, 'tons', year(1996), 'unpaid-sale'),
    aid('rubber', 'material-rubber', 5, 'tonnes', { kind: 'span', start: { year: 2000 }, end: { year: 2012 } }),
  ];

  it('puts rice (by date) and money in separate panels and pairs the unpaid rice with its worth', () => {
    const view = aidView(figures);
    expect(view?.rice.map((bar) => bar.figure.id)).toEqual(['unpaid', 'rice-late']);
    expect(view?.rice[0]?.worth?.id).toBe('unpaid-worth');
    expect(view?.money.map((bar) => bar.figure.id)).toEqual(['money']);
    expect(view?.other.map((figure) => figure.id)).toEqual(['rubber']);
  });

  it('announces an unpaid sale as not paid for, with its worth', () => {
    const bar = aidView(figures)?.rice[0];
    expect(bar && aidBarSentence(bar)).toBe('1996: 20,000 tons of rice, not paid for (worth US$18 million)');
  });

  it('describes every amount from the figures', () => {
    const view = aidView(figures);
    expect(view && describeAid(view)).toBe(
      'Vietnam offered or supported the DPRK with rice aid: 300 tonnes in 2001. It offered or supported US$70,000 of flood relief in 2016. In 1996, the buyer failed to pay for 20,000 tons of rice worth US$18 million (marked as unpaid). Also: 5 tonnes of material rubber in 2000–2012.',
    );
  });

  it('has nothing to draw without rice or money', () => {
    expect(aidView([figures[4] ?? aid('x', 'rubber', 1, 'tonnes', year(2000))])).toBeUndefined();
  });
});

describe('checkAidFigures', () => {
  it('needs a flow and a year on every amount', () => {
    const checked = checkAidFigures([{ id: 'a', label: 'a', value: 1, unit: 'tonnes', commodity: 'rice', sources }]);
    expect(checked.ok ? [] : checked.problems).toEqual(['figures[0].flow is missing', 'figures[0].asOf is missing: every aid amount needs its year']);
  });
});

describe('recipientWords', () => {
  it('names the dataset’s one recipient value in words and keeps any other recipient as given', () => {
    expect(recipientWords('dprk')).toBe('the DPRK');
    expect(recipientWords('North Korea')).toBe('North Korea');
    expect(recipientWords(undefined)).toBe('the buyer');
  });
});
