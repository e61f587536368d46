import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsvText } from './csv';

describe('csvCell', () => {
  it('quotes a cell with a comma, a double quote or a line break', () => {
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });

  it.each(['=SUM(A1)', '+1', '-1+1', '@SUM(A1)', '\tx', '\rx'])('puts an apostrophe before the formula text %j', (text) => {
    expect(parse(csvCell(text))).toEqual([[`'${text}`]]);
  });

  it('writes numbers and booleans as they are, so a negative number stays a number', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(13.8)).toBe('13.8');
    expect(csvCell(false)).toBe('false');
  });

  it('writes null and undefined as an empty cell', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('toCsvText', () => {
  it('writes rows a CSV parser reads back cell for cell, with CRLF line ends', () => {
    const text = toCsvText([
      ['name', 'value'],
      ['13,000 tonnes', 13000],
      ['=cmd', -2],
    ]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parse(text)).toEqual([
      ['name', 'value'],
      ['13,000 tonnes', '13000'],
      ["'=cmd", '-2'],
    ]);
  });

  it('starts with a byte order mark only when asked', () => {
    expect(toCsvText([['a']]).charCodeAt(0)).toBe('a'.charCodeAt(0));
    const withMark = toCsvText([['a']], { byteOrderMark: true });
    expect(withMark.charCodeAt(0)).toBe(0xfeff);
    expect(parse(withMark, { bom: true })).toEqual([['a']]);
  });
});
