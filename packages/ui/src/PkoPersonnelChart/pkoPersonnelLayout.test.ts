import { describe, expect, it } from 'vitest';
import type { PkoFigureShape } from '../pko/pkoData';
import { checkPkoFigures } from '../pko/pkoData';
import { describePkoPersonnel, personnelBarName, pkoPersonnelView } from './pkoPersonnelLayout';

const sources = [{ article: 'iseas-2021-6', quote: 'q', footnote: 5 }] as const;
const figure = (id: string, measure: string, value: number, unit: string, asOf?: PkoFigureShape['asOf']): PkoFigureShape => ({
  id, label: `Label ${id}`, measure, value, unit, asOf, sources,
});

describe('pkoPersonnelView', () => {
  it('draws people sent or ready, and keeps hospitals and the start date off the personnel axis', () => {
    const view = pkoPersonnelView([
      figure('start', 'deployment-start', 2014, 'year'),
      figure('sent', 'personnel-sent', 43, 'persons'),
      figure('hospitals', 'field-hospitals', 2, 'field-hospitals'),
      figure('ready', 'personnel-ready', 295, 'persons'),
      figure('share', 'female-share', 13.8, 'percent'),
    ]);
    expect(view?.personnel.map((f) => f.id)).toEqual(['sent', 'ready']);
    expect(view?.hospitals.map((f) => f.id)).toEqual(['hospitals']);
    expect(view?.start.map((f) => f.id)).toEqual(['start']);
  });

  it('has nothing to draw without personnel figures', () => {
    expect(pkoPersonnelView([figure('hospitals', 'field-hospitals', 2, 'field-hospitals')])).toBeUndefined();
  });
});

describe('personnelBarName and describePkoPersonnel', () => {
  it('names the as-of date, or says the article gives none', () => {
    expect(personnelBarName(figure('a', 'personnel-sent', 43, 'persons', { kind: 'point', date: { year: 2020, month: 1 }, qualifier: 'up-to' }))).toBe('Label a (up to January 2020)');
    expect(personnelBarName(figure('b', 'personnel-ready', 295, 'persons'))).toBe('Label b (no date given)');
  });

  it('reads every value and date from the figures', () => {
    const view = pkoPersonnelView([
      figure('start', 'deployment-start', 2014, 'year', { kind: 'point', date: { year: 2014 }, qualifier: 'since' }),
      figure('ready', 'personnel-ready', 7, 'persons'),
    ]);
    expect(view && describePkoPersonnel(view)).toBe('Vietnam’s UN peacekeeping personnel, deployed since 2014. Label ready: 7 people (no date given).');
  });
});

describe('checkPkoFigures', () => {
  it('refuses a figure without a measure and a share whose parts divide by zero', () => {
    const checked = checkPkoFigures([
      { id: 'a', label: 'a', value: 1, unit: 'persons', sources },
      { id: 'b', label: 'b', value: 1, unit: 'percent', measure: 'female-share', derivedFrom: { numerator: 1, denominator: 0 }, sources },
    ]);
    expect(checked.ok ? [] : checked.problems).toEqual([
      'figures[0].measure must be a non-empty string',
      'figures[1].derivedFrom must hold a numerator and a positive denominator',
    ]);
  });
});
