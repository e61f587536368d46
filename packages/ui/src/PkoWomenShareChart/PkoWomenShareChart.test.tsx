import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import fc from 'fast-check';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pkoFigures } from '@vn-mediation/data/pko';
import type { PkoFigureShape } from '../pko/pkoData';
import { PkoWomenShareChart } from './PkoWomenShareChart';
import { expectWarnings } from '../testing/expectWarnings';
import { fixedSizeResizeObserver } from '../testing/fixedSizeResizeObserver';

// Malformed-data tests must hand the component what its types forbid; this is the one place we lie to the compiler.
function untyped(value: unknown): readonly PkoFigureShape[] {
  return value as readonly PkoFigureShape[];
}

// jsdom lays nothing out: report a 360×300 box (a phone) so ResponsiveContainer has a size to draw in.
beforeEach(() => vi.stubGlobal('ResizeObserver', fixedSizeResizeObserver(360, 300)));
afterEach(() => vi.unstubAllGlobals());

const share = pkoFigures.find((figure) => figure.measure === 'female-share');
const averages = pkoFigures.filter((figure) => figure.measure === 'un-average-female-share');

describe('PkoWomenShareChart', () => {
  it('states the share, its parts and how it compares with each UN average, from the data', () => {
    render(<PkoWomenShareChart isAnimationActive={false} />);
    const figure = screen.getByRole('figure');
    const text = document.getElementById(figure.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(text).toContain(`Vietnam’s share of female officers for UN peacekeeping in South Sudan was ${share?.value}%`);
    // The article does not say whom the 166 of "23/166" counts: the text never calls them officers.
    expect(text).not.toMatch(/of the officers/);
    expect(text).toContain(`(${share?.derivedFrom?.numerator} of ${share?.derivedFrom?.denominator})`);
    for (const average of averages) {
      const relation = (share?.value ?? 0) > average.value ? 'higher than' : 'lower than';
      expect(text).toContain(`${relation} the UN average of ${average.value}% for ${average.personnelType?.replace(/-/g, ' ')}`);
    }
  });

  it('says "lower than" when an updated copy puts the share below an average', () => {
    const updated = pkoFigures.map((figure) => (figure.measure === 'female-share' ? { ...figure, value: 4, derivedFrom: undefined } : figure));
    render(<PkoWomenShareChart data={updated} isAnimationActive={false} />);
    expect(screen.getByText(/lower than the UN average of 4.8% for military contingents, and lower than the UN average of 10.9%/)).toBeTruthy();
  });

  it('is one tab stop whose arrow keys announce Vietnam’s share and each average', async () => {
    const user = userEvent.setup();
    render(<PkoWomenShareChart width={600} isAnimationActive={false} />);
    await user.tab();
    const listbox = screen.getByRole('listbox');
    expect(document.activeElement).toBe(listbox);
    const options = within(listbox).getAllByRole('option');
    expect(options).toHaveLength(1 + averages.length);
    expect(options[0]?.textContent).toBe(`Vietnam, female officers (up to October 2020): ${share?.value}%`);
    // The date is said once, not once in the name and again after the value.
    expect(options[0]?.textContent?.split('October 2020')).toHaveLength(2);
    await user.keyboard('{ArrowDown}');
    expect(listbox.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    expect(options[1]?.textContent).toContain('UN average');
  });

  it('hatches the UN averages so the comparison does not rest on colour', () => {
    const { container } = render(<PkoWomenShareChart width={600} isAnimationActive={false} />);
    const bars = [...container.querySelectorAll('.vnm-bar')];
    expect(bars).toHaveLength(1 + averages.length);
    expect(bars[0]?.querySelector('rect[fill^="url(#"]')).toBeNull();
    for (const bar of bars.slice(1)) expect(bar.querySelector('rect[fill^="url(#"]')).not.toBeNull();
    expect(screen.getByText('Solid bar: Vietnam. Hatched bars: UN averages.')).toBeTruthy();
  });

  it('draws on a 360px phone inside a ResponsiveContainer', () => {
    const { container } = render(<PkoWomenShareChart isAnimationActive={false} />);
    expect(container.querySelector('.recharts-responsive-container svg')?.getAttribute('width')).toBe('360');
  });

  it('wraps the bar names for the width it measures, not for a desktop chart', () => {
    const lineCounts = () => Array.from(document.querySelectorAll('.vnm-bar-name')).map((name) => name.querySelectorAll('tspan').length);
    const phone = render(<PkoWomenShareChart isAnimationActive={false} />);
    expect(lineCounts()[0]).toBe(2);
    phone.unmount();
    vi.stubGlobal('ResizeObserver', fixedSizeResizeObserver(1000, 300));
    render(<PkoWomenShareChart isAnimationActive={false} />);
    expect(lineCounts()).toEqual([1, 1, 1]);
  });

  it('renders a labelled error state and warns in development for malformed data', () => {
    const warn = expectWarnings();
    render(<PkoWomenShareChart data={untyped('13.8%')} />);
    expect(screen.getByRole('status', { name: 'Chart unavailable' })).toBeTruthy();
    expect(String(warn.mock.calls[0]?.[0])).toContain('figures must be a list');
  });

  it('renders a labelled empty state and warns without a share of women', () => {
    const warn = expectWarnings();
    render(<PkoWomenShareChart data={averages} />);
    expect(screen.getByRole('status', { name: 'No data to show' })).toBeTruthy();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('has no axe violations (colour contrast is checked on the tokens, jsdom has no layout)', async () => {
    const { container } = render(<PkoWomenShareChart width={600} isAnimationActive={false} />);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });

  it('server-renders title, description, data table, source line and a box of the chart’s height', () => {
    const html = renderToString(<PkoWomenShareChart height={250} />);
    expect(html).toContain('Vietnam’s share of female officers in UN peacekeeping');
    expect(html).toContain(`was ${share?.value}%`);
    expect(html).toContain('<table');
    expect(html).toContain('footnote 47');
    expect(html).toMatch(/class="vnm-plot" style="height:250px"/);
  });

  it('hydrates the server output without a mismatch, then draws', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<PkoWomenShareChart width={600} isAnimationActive={false} />);
    document.body.append(container);
    const recovered: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, <PkoWomenShareChart width={600} isAnimationActive={false} />, { onRecoverableError: (error) => recovered.push(error) });
    });
    expect(recovered).toEqual([]);
    expect(container.querySelectorAll('.vnm-bar')).toHaveLength(1 + averages.length);
    container.remove();
  });

  it('always renders a labelled state and never throws, whatever malformed data it gets', () => {
    const warn = expectWarnings();
    const good = share;
    const malformedFigure = fc.oneof(
      fc.anything(),
      fc.record({ id: fc.anything(), label: fc.anything(), value: fc.oneof(fc.double(), fc.string()), unit: fc.anything(), measure: fc.anything(), sources: fc.anything() }),
      fc.constantFrom({ ...good, value: Number.POSITIVE_INFINITY }, { ...good, unit: 42 }, { ...good, derivedFrom: { numerator: 'x', denominator: 166 } }, { ...good, notes: [''] }),
    );
    const malformed = fc.oneof(fc.anything().filter((value) => value !== undefined), fc.array(malformedFigure, { minLength: 1, maxLength: 4 }), fc.constant([]));
    fc.assert(
      fc.property(malformed, (data) => {
        const { container, unmount } = render(<PkoWomenShareChart data={untyped(data)} width={500} isAnimationActive={false} />);
        // A plain selector: role queries over 1,000 renders would take most of the run.
        expect(container.querySelector('[role="status"]')?.getAttribute('aria-label')).toMatch(/^(Chart unavailable|No data to show)$/);
        unmount();
      }),
      { numRuns: 1000 },
    );
    expect(warn).toHaveBeenCalled();
  }, 180_000);
});
