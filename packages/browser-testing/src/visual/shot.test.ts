import { describe, expect, it } from 'vitest';
import { describeShot, shotFileName } from './shot';

describe('shotFileName', () => {
  it('names a baseline by subject, theme and width, so one story’s shots sort together', () => {
    expect(shotFileName({ subject: 'charts-timeline--default', theme: 'dark', width: 1280 })).toBe('charts-timeline--default--dark--1280px.png');
    expect(shotFileName({ subject: 'timeline-korea', theme: 'light', width: 320 })).toBe('timeline-korea--light--320px.png');
  });

  it('rejects a subject that is not a lowercase id, which could escape the folder or collide', () => {
    expect(() => shotFileName({ subject: '../secrets', theme: 'light', width: 320 })).toThrow('Shot subject "../secrets" is not a lowercase id');
    expect(() => shotFileName({ subject: 'Timeline', theme: 'light', width: 320 })).toThrow(/not a lowercase id/);
  });

  it('rejects a width that is not a positive whole number of pixels', () => {
    expect(() => shotFileName({ subject: 'timeline', theme: 'light', width: 0 })).toThrow('Shot timeline has width 0');
    expect(() => shotFileName({ subject: 'timeline', theme: 'light', width: 320.5 })).toThrow('Shot timeline has width 320.5');
  });
});

describe('describeShot', () => {
  it('names the subject, theme and width in words', () => {
    expect(describeShot({ subject: 'timeline', theme: 'light', width: 768 })).toBe('timeline (light theme, 768 px wide)');
  });
});
