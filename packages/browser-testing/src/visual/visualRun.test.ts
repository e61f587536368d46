import { describe, expect, it } from 'vitest';
import { visualRunFromEnv } from './visualRun';

describe('visualRunFromEnv', () => {
  it('compares by default, locally and in CI', () => {
    expect(visualRunFromEnv({})).toEqual({ update: false });
    expect(visualRunFromEnv({ CI: 'true' })).toEqual({ update: false });
  });

  it('updates when UPDATE_VISUAL is 1 outside CI', () => {
    expect(visualRunFromEnv({ UPDATE_VISUAL: '1' })).toEqual({ update: true });
    expect(visualRunFromEnv({ UPDATE_VISUAL: '1', CI: 'false' })).toEqual({ update: true });
  });

  it('refuses to update in CI, saying where baselines are made', () => {
    expect(() => visualRunFromEnv({ UPDATE_VISUAL: '1', CI: 'true' })).toThrow(/CI never writes baselines\. Run pnpm test:visual:update locally/);
  });

  it('rejects an UPDATE_VISUAL other than 1 instead of quietly comparing', () => {
    expect(() => visualRunFromEnv({ UPDATE_VISUAL: 'yes' })).toThrow('UPDATE_VISUAL must be 1 or unset, got "yes"');
  });
});
