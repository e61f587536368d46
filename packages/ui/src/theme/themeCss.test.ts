import { describe, expect, it } from 'vitest';
import { baseCss, themeDeclarations } from './themeCss';
import { darkTheme, lightTheme } from './tokens';

describe('baseCss', () => {
  it('switches auto charts to the dark values under prefers-color-scheme: dark', () => {
    const media = baseCss.split('\n').find((rule) => rule.startsWith('@media (prefers-color-scheme: dark)'));
    expect(media).toContain('[data-vnm-theme-mode="auto"]');
    expect(media).toContain(`--vnm-background:${darkTheme.background};`);
  });

  it('lets a host ancestor force either theme on auto charts', () => {
    expect(baseCss).toContain(`[data-vnm-theme="dark"] .vnm-frame[data-vnm-theme-mode="auto"]`);
    expect(baseCss).toContain(`[data-vnm-theme="light"] .vnm-frame[data-vnm-theme-mode="auto"]{${themeDeclarations(lightTheme, 'light')}}`);
  });

  it('turns animations off for readers who ask for reduced motion', () => {
    expect(baseCss).toContain('@media (prefers-reduced-motion: reduce)');
  });
});

describe('themeDeclarations', () => {
  it('declares one custom property per token and the colour scheme', () => {
    const css = themeDeclarations(darkTheme, 'dark');
    expect(css.match(/--vnm-/g)).toHaveLength(Object.keys(darkTheme).length);
    expect(css).toContain('color-scheme:dark;');
  });
});
