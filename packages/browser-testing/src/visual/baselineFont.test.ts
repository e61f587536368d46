import { describe, expect, it } from 'vitest';
import { checkBaselineFont } from './baselineFont';

describe('checkBaselineFont', () => {
  it('accepts a machine whose system-ui and sans-serif are DejaVu Sans', () => {
    expect(() => checkBaselineFont(() => 'DejaVu Sans')).not.toThrow();
  });

  it('names the font it found and the package to install when another font stands in', () => {
    expect(() => checkBaselineFont((pattern) => (pattern === 'system-ui' ? 'DejaVu Sans' : 'Liberation Sans'))).toThrow(
      'The visual baselines are drawn in DejaVu Sans, but "sans-serif" is "Liberation Sans" here: apt-get install -y fonts-dejavu-core',
    );
  });

  it('says how to get fontconfig when it cannot be asked', () => {
    const missing = (): string => {
      throw new Error('spawn fc-match ENOENT');
    };
    expect(() => checkBaselineFont(missing)).toThrow(/Could not ask fontconfig which font "system-ui" is \(spawn fc-match ENOENT\)/);
  });

  it('agrees with this machine’s fontconfig, where the baselines are made and checked', () => {
    expect(() => checkBaselineFont()).not.toThrow();
  });
});
