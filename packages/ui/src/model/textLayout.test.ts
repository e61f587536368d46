import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barNameLines, BAR_NAME_FONT_SIZE, BAR_NAME_MAX_LINES, LABELLED_BARS_MARGIN } from './labelledBars';
import { ELLIPSIS, estimateTextWidth, wrapText } from './textLayout';

describe('estimateTextWidth', () => {
  it('grows with the number of characters and the font size', () => {
    expect(estimateTextWidth('abcd', 10)).toBe(2 * estimateTextWidth('ab', 10));
    expect(estimateTextWidth('abcd', 20)).toBe(2 * estimateTextWidth('abcd', 10));
  });

  it('counts a character outside the basic plane once', () => {
    expect(estimateTextWidth('𝔸', 10)).toBe(estimateTextWidth('A', 10));
  });
});

describe('wrapText', () => {
  it('keeps every word, in order, and breaks only at spaces when every word fits a line', () => {
    const text = 'Vietnam sends whole PKO unit forces with two Level-2 field hospitals to South Sudan';
    const lines = wrapText(text, 120, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
  });

  it('never estimates a line wider than the width it was given', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 20, max: 800 }), fc.integer({ min: 8, max: 32 }), (text, width, size) => {
        for (const line of wrapText(text, width, size)) {
          // A single character wider than the line is the one thing that cannot be helped.
          if ([...line].length > 1) expect(estimateTextWidth(line, size)).toBeLessThanOrEqual(width);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('breaks a word longer than a line inside the word', () => {
    const lines = wrapText('abcdefghijklmnop', estimateTextWidth('abcde', 10), 10);
    expect(lines).toEqual(['abcde', 'fghij', 'klmno', 'p']);
  });

  it('cuts text that needs more lines than allowed and ends the last line with an ellipsis', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    const lines = wrapText(text, estimateTextWidth('one two three', 10), 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('one two three');
    expect(lines[1]?.endsWith(ELLIPSIS)).toBe(true);
    expect(estimateTextWidth(lines[1] ?? '', 10)).toBeLessThanOrEqual(estimateTextWidth('one two three', 10));
  });

  it('gives no line for empty or blank text', () => {
    expect(wrapText('', 100, 12)).toEqual([]);
    expect(wrapText('  \n ', 100, 12)).toEqual([]);
  });
});

describe('barNameLines', () => {
  const name = 'Officers sent to UN missions (up to January 2020)';

  it('keeps a name on one line where the plot is wide enough', () => {
    expect(barNameLines(name, 1200)).toEqual([name]);
  });

  it('wraps a name over two lines within the plot on a phone', () => {
    const lines = barNameLines(name, 320);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe(name);
    const plot = 320 - LABELLED_BARS_MARGIN.left - LABELLED_BARS_MARGIN.right;
    for (const line of lines) expect(estimateTextWidth(line, BAR_NAME_FONT_SIZE)).toBeLessThanOrEqual(plot);
  });

  it('never takes more than the lines between two bars, however narrow the chart', () => {
    expect(barNameLines(name, 160).length).toBe(BAR_NAME_MAX_LINES);
  });
});
