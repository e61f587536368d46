import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
import { MARK_TOKENS, TEXT_TOKENS, cssVar, darkTheme, lightTheme } from './tokens';

describe.each([
  ['light', lightTheme],
  ['dark', darkTheme],
] as const)('the %s theme', (_name, theme) => {
  it.each(TEXT_TOKENS)('gives %s text at least 4.5:1 on the background and the surface', (token) => {
    expect(contrastRatio(theme[token], theme.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(theme[token], theme.surface)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(MARK_TOKENS)('gives %s marks at least 3:1 on the background and the surface', (token) => {
    expect(contrastRatio(theme[token], theme.background)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(theme[token], theme.surface)).toBeGreaterThanOrEqual(3);
  });
});

describe('contrastRatio', () => {
  it('rates black on white 21:1 and a colour on itself 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#767676')).toBeCloseTo(1, 5);
  });
});

describe('cssVar', () => {
  it('refers to the custom property of the token', () => {
    expect(cssVar('mark1')).toBe('var(--vnm-mark1)');
  });
});
