import { partnershipFigures } from '@vn-mediation/data/partnerships';
import { describe, expect, it } from 'vitest';
import { overlappingLabels } from '../model/axisTicks';
import { partnershipLabelBoxes, partnershipModel } from './partnershipModel';

describe('partnershipModel axis labels', () => {
  for (const width of [272, 640]) {
    it(`keeps the tier names and the counts apart at ${String(width)} px`, () => {
      const model = partnershipModel(partnershipFigures, { width });
      if (model.state !== 'ok') throw new Error(model.message);
      expect(overlappingLabels(partnershipLabelBoxes(model.drawing))).toEqual([]);
    });
  }

  it('gives the bars more room on a phone by writing long tier names on two lines', () => {
    const phone = partnershipModel(partnershipFigures, { width: 272 });
    const desktop = partnershipModel(partnershipFigures, { width: 640 });
    if (phone.state !== 'ok' || desktop.state !== 'ok') throw new Error('no drawing');
    expect(phone.drawing.nameColumnWidth).toBeLessThan(desktop.drawing.nameColumnWidth);
    expect(phone.drawing.nameTicks.find((tick) => tick.value === 'Comprehensive strategic')?.lines).toEqual(['Comprehensive', 'strategic']);
    expect(desktop.drawing.nameTicks.every((tick) => tick.lines.length === 1)).toBe(true);
  });

  it('ends the count axis at or above the largest tier, with ticks from zero', () => {
    const model = partnershipModel(partnershipFigures, { width: 272 });
    if (model.state !== 'ok') throw new Error(model.message);
    const largest = Math.max(...model.drawing.bars.map((bar) => bar.value));
    expect(model.drawing.countAxis.top).toBeGreaterThanOrEqual(largest);
    expect(model.drawing.countAxis.ticks[0]?.value).toBe(0);
    expect(model.drawing.countAxis.ticks.at(-1)?.value).toBe(model.drawing.countAxis.top);
  });
});
