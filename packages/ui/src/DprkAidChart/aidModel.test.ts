import { aidFigures } from '@vn-mediation/data/aid';
import { describe, expect, it } from 'vitest';
import { overlappingLabels } from '../model/axisTicks';
import { aidModel, aidPeriodLabelBoxes } from './aidModel';

describe('aidModel period labels', () => {
  for (const width of [272, 640]) {
    it(`keeps every panel’s period labels apart at ${String(width)} px`, () => {
      const model = aidModel(aidFigures, { width });
      if (model.state !== 'ok') throw new Error(model.message);
      for (const panel of model.drawing.panels) expect(overlappingLabels(aidPeriodLabelBoxes(panel, width))).toEqual([]);
    });
  }

  it('names every period under its bar at 272 px, a long range on two lines after its dash', () => {
    const model = aidModel(aidFigures, { width: 272 });
    if (model.state !== 'ok') throw new Error(model.message);
    const rice = model.drawing.panels.find((panel) => panel.kind === 'rice');
    expect(rice?.periodTicks.step).toBe(1);
    expect(rice?.periodTicks.ticks.map((tick) => tick.lines.join(''))).toEqual(rice?.bars.map((bar) => bar.period));
    expect(rice?.periodTicks.ticks.find((tick) => tick.value === '2000–2012')?.lines).toEqual(['2000–', '2012']);
  });

  it('writes a range on one line when its bar is wide enough', () => {
    const model = aidModel(aidFigures, { width: 640 });
    if (model.state !== 'ok') throw new Error(model.message);
    for (const panel of model.drawing.panels) for (const tick of panel.periodTicks.ticks) expect(tick.lines).toHaveLength(1);
  });

  it('labels every other period when many bars share a narrow panel, still without overlap', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      id: `rice-${String(i)}`, label: 'Rice', commodity: 'rice', flow: 'aid', value: 100 + i, unit: 'tonnes', recipient: 'dprk',
      asOf: { kind: 'span', start: { year: 1990 + i }, end: { year: 2000 + i } }, sources: [{ article: 'iseas-2021-6', quote: 'q', footnote: 44 }],
    }));
    const model = aidModel(many, { width: 272 });
    if (model.state !== 'ok') throw new Error(model.message);
    const [panel] = model.drawing.panels;
    if (panel === undefined) throw new Error('no panel');
    expect(panel.periodTicks.step).toBeGreaterThan(1);
    expect(overlappingLabels(aidPeriodLabelBoxes(panel, 272))).toEqual([]);
  });
});
