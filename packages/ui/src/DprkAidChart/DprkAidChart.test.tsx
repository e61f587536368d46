import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import fc from 'fast-check';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aidFigures } from '@vn-mediation/data/aid';
import type { AidFigureShape } from './aidData';
import { DprkAidChart } from './DprkAidChart';
import { expectWarnings } from '../testing/expectWarnings';
import { fixedSizeResizeObserver } from '../testing/fixedSizeResizeObserver';

// Malformed-data tests must hand the component what its types forbid; this is the one place we lie to the compiler.
function untyped(value: unknown): readonly AidFigureShape[] {
  return value as readonly AidFigureShape[];
}

// jsdom lays nothing out: report a 640×500 box so ResponsiveContainer has a size to draw in.
beforeEach(() => vi.stubGlobal('ResizeObserver', fixedSizeResizeObserver(640, 500)));
afterEach(() => vi.unstubAllGlobals());

const rice = aidFigures.filter((figure) => figure.commodity === 'rice' && figure.unit !== 'usd');
const money = aidFigures.filter((figure) => figure.flow === 'aid' && figure.unit === 'usd');
const unpaid = aidFigures.filter((figure) => figure.flow === 'unpaid-sale');

describe('DprkAidChart', () => {
  it('describes every amount and year from the data, and names the unpaid rice', () => {
    render(<DprkAidChart isAnimationActive={false} />);
    const figure = screen.getByRole('figure');
    const text = document.getElementById(figure.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    for (const amount of [...rice, ...money]) expect(text).toContain(amount.value.toLocaleString('en-US'));
    const tons = unpaid.find((figure) => figure.unit !== 'usd');
    // The dataset's recipient value `dprk` is read out in words, never as the code.
    expect(text).toContain(`In ${tons?.asOf.kind === 'point' ? tons.asOf.date.year : ''}, the DPRK failed to pay for ${tons?.value.toLocaleString('en-US')} ${tons?.unit} of rice worth US$18 million`);
    expect(text).not.toContain('dprk');
  });

  it('puts rice and money in separate panels, never on one axis', () => {
    const { container } = render(<DprkAidChart width={600} isAnimationActive={false} />);
    const charts = container.querySelectorAll('svg.recharts-surface');
    expect(charts).toHaveLength(2);
    expect(charts[0]?.querySelectorAll('.vnm-bar')).toHaveLength(rice.length);
    expect(charts[1]?.querySelectorAll('.vnm-bar')).toHaveLength(money.length);
    expect(screen.getByText('Money given (US$)')).toBeTruthy();
  });

  it('marks the unpaid rice with a hatch and a label, not colour alone', () => {
    const { container } = render(<DprkAidChart width={600} isAnimationActive={false} />);
    const hatched = [...container.querySelectorAll('.vnm-bar')].filter((bar) => bar.querySelector('rect[fill^="url(#"]') !== null);
    expect(hatched).toHaveLength(unpaid.filter((figure) => figure.unit !== 'usd').length);
    expect(container.textContent).toContain('20,000 unpaid');
    expect(screen.getByText(/Hatched bar, labelled “unpaid”/)).toBeTruthy();
  });

  it('is one tab stop that walks both panels and announces each amount', async () => {
    const user = userEvent.setup();
    render(<DprkAidChart width={600} isAnimationActive={false} />);
    await user.tab();
    const listbox = screen.getByRole('listbox');
    expect(document.activeElement).toBe(listbox);
    const options = within(listbox).getAllByRole('option');
    expect(options).toHaveLength(rice.length + money.length);
    expect(options[1]?.textContent).toBe('1996: 20,000 tons of rice, not paid for (worth US$18 million)');
    await user.keyboard('{End}');
    expect(listbox.getAttribute('aria-activedescendant')).toBe(options.at(-1)?.id);
    expect(options.at(-1)?.textContent).toBe('2016: US$70,000 of flood relief, aid');
  });

  it('lists amounts that fit neither panel as text', () => {
    render(<DprkAidChart isAnimationActive={false} />);
    expect(screen.getByText('Other aid').parentElement?.textContent).toContain('5 tonnes');
  });

  it('renders a labelled error state and warns in development for an amount without its year', () => {
    const warn = expectWarnings();
    const undated = Object.fromEntries(Object.entries(rice[0] ?? {}).filter(([key]) => key !== 'asOf'));
    render(<DprkAidChart data={untyped([undated])} />);
    expect(screen.getByRole('status', { name: 'Chart unavailable' })).toBeTruthy();
    expect(String(warn.mock.calls[0]?.[0])).toContain('asOf is missing');
  });

  it('renders a labelled empty state and warns when nothing is left to draw', () => {
    const warn = expectWarnings();
    render(<DprkAidChart data={aidFigures.filter((figure) => figure.commodity === 'material-rubber')} />);
    expect(screen.getByRole('status', { name: 'No data to show' })).toBeTruthy();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('has no axe violations (colour contrast is checked on the tokens, jsdom has no layout)', async () => {
    const { container } = render(<DprkAidChart width={600} isAnimationActive={false} />);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });

  it('server-renders title, description, data table, source line and a box of the chart’s height', () => {
    const html = renderToString(<DprkAidChart />);
    expect(html).toContain('Vietnam’s aid to the DPRK by year');
    expect(html).toContain('failed to pay for 20,000 tons of rice');
    expect(html).toContain('<table');
    expect(html).toContain('footnote 44');
    expect(html).toContain('Samuel Ramani');
    expect(html).toMatch(/class="vnm-plot" style="height:456px"/);
  });

  it('hydrates the server output without a mismatch, then draws', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<DprkAidChart width={600} isAnimationActive={false} />);
    document.body.append(container);
    const recovered: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, <DprkAidChart width={600} isAnimationActive={false} />, { onRecoverableError: (error) => recovered.push(error) });
    });
    expect(recovered).toEqual([]);
    expect(container.querySelectorAll('svg.recharts-surface')).toHaveLength(2);
    container.remove();
  });

  it('always renders a labelled state and never throws, whatever malformed data it gets', () => {
    const warn = expectWarnings();
    const good = rice[0];
    const malformedFigure = fc.oneof(
      fc.anything(),
      fc.record({ id: fc.anything(), label: fc.anything(), value: fc.oneof(fc.double(), fc.string()), unit: fc.anything(), flow: fc.anything(), commodity: fc.anything(), asOf: fc.anything(), sources: fc.anything() }),
      fc.constantFrom({ ...good, value: Number.NaN }, { ...good, flow: 'gift' }, { ...good, asOf: null }, { ...good, asOf: { kind: 'span', start: { year: 2012 }, end: { year: 2000 } } }),
    );
    const malformed = fc.oneof(fc.anything().filter((value) => value !== undefined), fc.array(malformedFigure, { minLength: 1, maxLength: 4 }), fc.constant([]));
    fc.assert(
      fc.property(malformed, (data) => {
        const { container, unmount } = render(<DprkAidChart data={untyped(data)} width={500} isAnimationActive={false} />);
        // A plain selector: role queries over 1,000 renders would take most of the run.
        expect(container.querySelector('[role="status"]')?.getAttribute('aria-label')).toMatch(/^(Chart unavailable|No data to show)$/);
        unmount();
      }),
      { numRuns: 1000 },
    );
    expect(warn).toHaveBeenCalled();
  }, 180_000);
});
