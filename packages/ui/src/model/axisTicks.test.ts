import { describe, expect, it } from 'vitest';
import { categoryTicks, countTicks, labelBoxesBelow, overlappingLabels, tickLabelLines } from './axisTicks';

describe('tickLabelLines', () => {
  it('keeps a label that fits on one line', () => {
    expect(tickLabelLines('2000–2012', 100)).toEqual(['2000–2012']);
  });

  it('breaks a range after its dash, keeping the dash on the first line', () => {
    expect(tickLabelLines('2000–2012', 40)).toEqual(['2000–', '2012']);
  });

  it('breaks at spaces', () => {
    expect(tickLabelLines('Comprehensive strategic', 100)).toEqual(['Comprehensive', 'strategic']);
  });

  it('refuses to cut a number that does not fit', () => {
    expect(tickLabelLines('1997', 20)).toBeUndefined();
  });
});

describe('categoryTicks', () => {
  it('labels every band when each label fits it', () => {
    expect(categoryTicks(['1995', '1996', '1997'], 300).step).toBe(1);
  });

  it('labels every second band when one band is narrower than a year', () => {
    const { step, ticks } = categoryTicks(['1995', '1996', '1997', '1998'], 100);
    expect(step).toBe(2);
    expect(ticks.map((tick) => tick.value)).toEqual(['1995', '1997']);
  });
});

describe('countTicks', () => {
  it('thins the ticks of a short axis until their labels stand apart', () => {
    const narrow = countTicks(14, 100, String);
    const wide = countTicks(14, 400, String);
    expect(narrow.ticks.length).toBeLessThan(wide.ticks.length);
    const centres = narrow.ticks.map((tick) => (Number(tick.value) / narrow.top) * 100);
    expect(overlappingLabels(labelBoxesBelow(narrow.ticks, centres, 0))).toEqual([]);
  });

  it('ends at a multiple of its step at or above the largest value', () => {
    const { top, ticks } = countTicks(14, 400, String);
    expect(top).toBeGreaterThanOrEqual(14);
    expect(ticks.at(-1)?.value).toBe(top);
  });
});

describe('overlappingLabels', () => {
  it('finds two labels drawn over each other', () => {
    const boxes = labelBoxesBelow([{ value: 'a', lines: ['1997'] }, { value: 'b', lines: ['2000–2012'] }], [10, 30], 0);
    expect(overlappingLabels(boxes)).toEqual(['1997 / 2000–2012']);
  });
});
