import { describe, expect, it } from 'vitest';
import type { PkoFigureShape } from '../pko/pkoData';
import { describeWomenShare, personnelWords, shareBarName, womenShareView } from './womenShareLayout';

const sources = [{ article: 'iseas-2021-6', quote: 'q', footnote: 47 }] as const;
const share: PkoFigureShape = {
  id: 'share', label: 'Share', measure: 'female-share', value: 20, unit: 'percent', mission: 'Atlantis',
  derivedFrom: { numerator: 2, denominator: 10 }, asOf: { kind: 'point', date: { year: 2020, month: 10 }, qualifier: 'up-to' }, sources,
};
const average = (id: string, value: number, personnelType: string): PkoFigureShape => ({
  id, label: id, measure: 'un-average-female-share', value, unit: 'percent', personnelType, sources,
});

describe('womenShareView', () => {
  it('needs Vietnam’s share in percent and gathers the UN averages', () => {
    expect(womenShareView([average('a', 5, 'military-contingents')])).toBeUndefined();
    expect(womenShareView([average('a', 5, 'military-contingents'), share])?.averages).toHaveLength(1);
  });
});

describe('describeWomenShare', () => {
  it('works out higher, lower and equal from the numbers', () => {
    const view = womenShareView([share, average('low', 5, 'military-contingents'), average('high', 25, 'formed-police-units'), average('same', 20, 'staff')]);
    expect(view && describeWomenShare(view)).toBe(
      'Vietnam’s share of female officers for UN peacekeeping in Atlantis was 20% (2 of 10), up to October 2020. That is higher than the UN average of 5% for military contingents, and lower than the UN average of 25% for formed police units, and equal to the UN average of 20% for staff.',
    );
  });
});

describe('bar names', () => {
  it('names Vietnam with its date and each average by whom it counts', () => {
    expect(shareBarName(share, true)).toBe('Vietnam, female officers (up to October 2020)');
    expect(shareBarName(average('a', 5, 'formed-police-units'), false)).toBe('UN average, formed police units');
    expect(personnelWords(undefined)).toBe('all personnel');
  });
});
