import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import fc from 'fast-check';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pkoFigures } from '@vn-mediation/data/pko';
import type { PkoFigureShape } from '../pko/pkoData';
import { PkoPersonnelChart } from './PkoPersonnelChart';
import { expectWarnings } from '../testing/expectWarnings';
import { fixedSizeResizeObserver } from '../testing/fixedSizeResizeObserver';

// Malformed-data tests must hand the component what its types forbid; this is the one place we lie to the compiler.
function untyped(value: unknown): readonly PkoFigureShape[] {
  return value as readonly PkoFigureShape[];
}

// jsdom lays nothing out: report a 640×400 box so ResponsiveContainer has a size to draw in.
beforeEach(() => vi.stubGlobal('ResizeObserver', fixedSizeResizeObserver(640, 400)));
afterEach(() => vi.unstubAllGlobals());

const personnel = pkoFigures.filter((figure) => (figure.measure === 'personnel-sent' || figure.measure === 'personnel-ready') && figure.unit === 'persons');
const hospitals = pkoFigures.filter((figure) => figure.measure === 'field-hospitals');

describe('PkoPersonnelChart', () => {
  it('describes every personnel figure with its value and as-of date, read from the data', () => {
    render(<PkoPersonnelChart isAnimationActive={false} />);
    const figure = screen.getByRole('figure');
    const text = document.getElementById(figure.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    for (const person of personnel) {
      expect(text).toContain(`${person.value.toLocaleString('en-US')} people`);
    }
    expect(text).toContain('up to January 2020');
    expect(text).toContain('since 2014');
    for (const hospital of hospitals) expect(text).toContain(`${hospital.value} field hospitals`);
  });

  it('names each bar with its as-of date, or says the article gives none', () => {
    render(<PkoPersonnelChart isAnimationActive={false} />);
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options).toHaveLength(personnel.length);
    const engineers = options.find((option) => option.textContent?.includes('engineers'));
    expect(engineers?.textContent).toBe('Military engineers ready to dispatch: 295 people');
    expect(options[0]?.textContent).toMatch(/: 43 people, up to January 2020$/);
  });

  it('is one tab stop whose arrow keys move through the personnel figures', async () => {
    const user = userEvent.setup();
    const { container } = render(<PkoPersonnelChart width={600} isAnimationActive={false} />);
    await user.tab();
    const listbox = screen.getByRole('listbox');
    expect(document.activeElement).toBe(listbox);
    const options = within(listbox).getAllByRole('option');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(listbox.getAttribute('aria-activedescendant')).toBe(options[2]?.id);
    expect(container.querySelector('.vnm-readout')?.textContent).toBe(options[2]?.textContent);
    await user.keyboard('{End}');
    expect(listbox.getAttribute('aria-activedescendant')).toBe(options.at(-1)?.id);
  });

  it('lists field hospitals apart from the personnel axis', () => {
    const { container } = render(<PkoPersonnelChart width={600} isAnimationActive={false} />);
    expect(container.querySelectorAll('.vnm-bar')).toHaveLength(personnel.length);
    const list = screen.getByText('Field hospitals').parentElement;
    expect(list?.querySelectorAll('dd')).toHaveLength(hospitals.length);
  });

  it('draws inside a ResponsiveContainer when no width is given', () => {
    const { container } = render(<PkoPersonnelChart isAnimationActive={false} />);
    expect(container.querySelector('.recharts-responsive-container svg')).not.toBeNull();
  });

  it('renders a labelled error state and warns in development for malformed data', () => {
    const warn = expectWarnings();
    render(<PkoPersonnelChart data={untyped([{ ...personnel[0], asOf: { kind: 'point', date: { year: 2020, day: 3 } } }])} />);
    expect(screen.getByRole('status', { name: 'Chart unavailable' })).toBeTruthy();
    expect(String(warn.mock.calls[0]?.[0])).toContain('day needs a month');
  });

  it('renders a labelled empty state and warns when no personnel figure is given', () => {
    const warn = expectWarnings();
    render(<PkoPersonnelChart data={hospitals} />);
    expect(screen.getByRole('status', { name: 'No data to show' })).toBeTruthy();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('has no axe violations (colour contrast is checked on the tokens, jsdom has no layout)', async () => {
    const { container } = render(<PkoPersonnelChart width={600} isAnimationActive={false} />);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });

  it('server-renders title, description, data table, source line and a box the chart then draws in', () => {
    const html = renderToString(<PkoPersonnelChart />);
    expect(html).toContain('Vietnam’s UN peacekeepers by type');
    expect(html).toContain('43 people (up to January 2020)');
    expect(html).toContain('<table');
    expect(html).toContain('footnotes 5');
    const reserved = Number(/class="vnm-plot" style="height:(\d+)px"/.exec(html)?.[1]);
    const { container } = render(<PkoPersonnelChart width={600} isAnimationActive={false} />);
    expect(Number(container.querySelector('.vnm-plot-graphic svg')?.getAttribute('height'))).toBe(reserved);
  });

  it('leaves room for each bar’s name, wrapped on a phone, between it and the bar above', () => {
    const { container } = render(<PkoPersonnelChart width={320} isAnimationActive={false} />);
    const bars = Array.from(container.querySelectorAll('.vnm-bar')).map((bar) => bar.querySelector('rect'));
    const names = Array.from(container.querySelectorAll('.vnm-plot-graphic text.vnm-bar-name'));
    expect(bars).toHaveLength(personnel.length);
    expect(names).toHaveLength(personnel.length);
    expect(names.some((name) => name.querySelectorAll('tspan').length === 2)).toBe(true);
    names.forEach((name, i) => {
      const fontSize = Number(name.getAttribute('font-size'));
      const top = Number(name.getAttribute('y')) - fontSize;
      const above = i === 0 ? undefined : bars[i - 1];
      const floor = above === undefined || above === null ? 0 : Number(above.getAttribute('y')) + Number(above.getAttribute('height'));
      expect(top).toBeGreaterThanOrEqual(floor);
      const bar = bars[i];
      const last = Number(name.getAttribute('y')) + (name.querySelectorAll('tspan').length - 1) * fontSize;
      expect(last).toBeLessThan(Number(bar?.getAttribute('y')));
    });
  });

  it('hydrates the server output without a mismatch, then draws', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<PkoPersonnelChart width={600} isAnimationActive={false} />);
    document.body.append(container);
    const recovered: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, <PkoPersonnelChart width={600} isAnimationActive={false} />, { onRecoverableError: (error) => recovered.push(error) });
    });
    expect(recovered).toEqual([]);
    expect(container.querySelectorAll('.vnm-bar')).toHaveLength(personnel.length);
    container.remove();
  });

  it('always renders a labelled state and never throws, whatever malformed data it gets', () => {
    const warn = expectWarnings();
    const good = personnel[0];
    const malformedFigure = fc.oneof(
      fc.anything(),
      fc.record({ id: fc.anything(), label: fc.anything(), value: fc.oneof(fc.double(), fc.string()), unit: fc.anything(), measure: fc.anything(), sources: fc.anything() }),
      fc.constantFrom({ ...good, value: Number.NaN }, { ...good, sources: [{ article: 'unknown', quote: 'x' }] }, { ...good, measure: 3 }, { ...good, derivedFrom: { numerator: 1, denominator: 0 } }),
    );
    const malformed = fc.oneof(fc.anything().filter((value) => value !== undefined), fc.array(malformedFigure, { minLength: 1, maxLength: 4 }), fc.constant([]));
    fc.assert(
      fc.property(malformed, (data) => {
        const { container, unmount } = render(<PkoPersonnelChart data={untyped(data)} width={500} isAnimationActive={false} />);
        // A plain selector: role queries over 1,000 renders would take most of the run.
        expect(container.querySelector('[role="status"]')?.getAttribute('aria-label')).toMatch(/^(Chart unavailable|No data to show)$/);
        unmount();
      }),
      { numRuns: 1000 },
    );
    expect(warn).toHaveBeenCalled();
  }, 180_000);
});
