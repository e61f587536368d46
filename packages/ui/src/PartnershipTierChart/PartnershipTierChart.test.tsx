import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import fc from 'fast-check';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { partnershipFigures, partnershipPhrases } from '@vn-mediation/data/partnerships';
import { PartnershipTierChart } from './PartnershipTierChart';
import type { PartnershipFigureShape } from './partnershipData';
import { expectWarnings } from '../testing/expectWarnings';
import { fixedSizeResizeObserver } from '../testing/fixedSizeResizeObserver';

// Malformed-data tests must hand the component what its types forbid; this is the one place we lie to the compiler.
function untyped(value: unknown): readonly PartnershipFigureShape[] {
  return value as readonly PartnershipFigureShape[];
}

// jsdom lays nothing out: report a 640×300 box so ResponsiveContainer has a size to draw in.
beforeEach(() => vi.stubGlobal('ResizeObserver', fixedSizeResizeObserver(640, 300)));
afterEach(() => vi.unstubAllGlobals());

const tiers = partnershipFigures.filter((figure) => figure.measure === 'partnership-tier');
const relations = partnershipFigures.find((figure) => figure.measure === 'diplomatic-relations');

describe('PartnershipTierChart', () => {
  it('describes the network with figures read from the data it is given', () => {
    render(<PartnershipTierChart isAnimationActive={false} />);
    const figure = screen.getByRole('figure', { name: 'Vietnam’s partnerships by tier' });
    const text = document.getElementById(figure.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(text).toContain(`Vietnam has established ${relations?.value} diplomatic relations`);
    for (const tier of tiers) expect(text).toContain(`${tier.value} ${tier.tier?.replace('-', ' ')} partnership`);
    for (const rank of partnershipFigures.filter((f) => f.measure === 'diplomacy-index-rank')) {
      expect(text).toMatch(new RegExp(`${rank.value}(st|nd|rd|th) in ${rank.scope === 'asia' ? 'Asia' : 'the world'}`));
    }
  });

  it('changes its description when given an updated copy of the data', () => {
    const updated = partnershipFigures.map((figure) => (figure.tier === 'strategic' ? { ...figure, value: 15 } : figure));
    render(<PartnershipTierChart data={updated} isAnimationActive={false} />);
    expect(screen.getByText(/among them 3 comprehensive strategic partnerships, 15 strategic partnerships/)).toBeTruthy();
  });

  it('is one tab stop whose arrow keys announce each tier’s count', async () => {
    const user = userEvent.setup();
    render(<PartnershipTierChart width={600} isAnimationActive={false} />);
    await user.tab();
    const listbox = screen.getByRole('listbox');
    expect(document.activeElement).toBe(listbox);
    const options = within(listbox).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(tiers.map((t) => `${t.tier === 'comprehensive-strategic' ? 'Comprehensive strategic' : t.tier === 'strategic' ? 'Strategic' : 'Comprehensive'}: ${t.value} partnerships`));
    expect(listbox.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    await user.keyboard('{ArrowDown}');
    expect(listbox.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    expect(options[1]?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{End}');
    expect(listbox.getAttribute('aria-activedescendant')).toBe(options[2]?.id);
    await user.keyboard('{Home}');
    expect(listbox.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    // The marks themselves are not tab stops: the next Tab leaves the plot.
    await user.tab();
    expect(listbox.closest('.vnm-plot')?.contains(document.activeElement)).toBe(false);
    expect(listbox.closest('.vnm-plot')?.querySelectorAll('[tabindex]:not([tabindex="-1"])')).toHaveLength(1);
  });

  it('draws one bar per tier at a fixed width and outlines the active one', async () => {
    const user = userEvent.setup();
    const { container } = render(<PartnershipTierChart width={600} height={220} isAnimationActive={false} />);
    expect(container.querySelector('svg.recharts-surface')?.getAttribute('width')).toBe('600');
    expect(container.querySelectorAll('.vnm-bar')).toHaveLength(tiers.length);
    await user.tab();
    await user.keyboard('{ArrowDown}');
    const active = container.querySelector('.vnm-bar[data-index="1"]');
    expect(active?.querySelectorAll('rect')).toHaveLength(2);
  });

  it('draws inside a ResponsiveContainer without width(0) warnings when no width is given', () => {
    const { container } = render(<PartnershipTierChart isAnimationActive={false} />);
    expect(container.querySelector('.recharts-responsive-container')).not.toBeNull();
    expect(container.querySelectorAll('.vnm-bar')).toHaveLength(tiers.length);
  });

  it('shows the relations and the index ranks as context, not as bars', () => {
    render(<PartnershipTierChart isAnimationActive={false} />);
    const context = screen.getByText('Context').parentElement;
    expect(context?.textContent).toContain(`${relations?.value} relations`);
    expect(context?.textContent).toContain('38th');
  });

  it('renders a labelled error state and warns in development for malformed data', () => {
    const warn = expectWarnings();
    render(<PartnershipTierChart data={untyped([{ ...tiers[0], value: Number.NaN }])} />);
    expect(screen.getByRole('status', { name: 'Chart unavailable' })).toBeTruthy();
    expect(String(warn.mock.calls[0]?.[0])).toContain('value must be a finite number');
  });

  it('never counts The Diplomat’s “strategic partnership” with North Korea as a strategic partnership, refusing it if mixed in', () => {
    const { unmount } = render(<PartnershipTierChart width={500} isAnimationActive={false} />);
    const description = document.getElementById(screen.getByRole('figure').getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    const strategic = partnershipFigures.find((figure) => figure.tier === 'strategic');
    expect(description).toContain(`${strategic?.value} strategic partnerships`);
    expect(description).not.toContain('North Korea');
    unmount();
    const warn = expectWarnings();
    render(<PartnershipTierChart data={untyped([...partnershipFigures, ...partnershipPhrases])} width={500} isAnimationActive={false} />);
    expect(screen.getByRole('status', { name: 'Chart unavailable' })).toBeTruthy();
    expect(warn).toHaveBeenCalled();
  });

  it('renders a labelled empty state and warns when no tier is left to draw', () => {
    const warn = expectWarnings();
    render(<PartnershipTierChart data={partnershipFigures.filter((f) => f.measure !== 'partnership-tier')} />);
    expect(screen.getByRole('status', { name: 'No data to show' })).toBeTruthy();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('has no axe violations (colour contrast is checked on the tokens, jsdom has no layout)', async () => {
    const { container } = render(<PartnershipTierChart width={600} isAnimationActive={false} />);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });

  it('server-renders title, description, data table, source line and a box of the chart’s height', () => {
    const html = renderToString(<PartnershipTierChart height={230} />);
    expect(html).toContain('Vietnam’s partnerships by tier');
    expect(html).toContain(`Vietnam has established ${relations?.value} diplomatic relations`);
    expect(html).toContain('<table');
    expect(html).toContain('footnote 25');
    expect(html).toContain('Data: @vn-mediation/data');
    expect(html).toMatch(/class="vnm-plot" style="height:230px"/);
    expect(html).not.toContain('<svg class="recharts-surface"');
  });

  it('hydrates the server output without a mismatch, then draws', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<PartnershipTierChart width={600} isAnimationActive={false} />);
    document.body.append(container);
    const recovered: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, <PartnershipTierChart width={600} isAnimationActive={false} />, { onRecoverableError: (error) => recovered.push(error) });
    });
    expect(recovered).toEqual([]);
    expect(container.querySelectorAll('.vnm-bar')).toHaveLength(tiers.length);
    container.remove();
  });

  it('always renders a labelled state and never throws, whatever malformed data it gets', () => {
    const warn = expectWarnings();
    const good = tiers[0];
    const malformedFigure = fc.oneof(
      fc.anything(),
      fc.record({ id: fc.anything(), label: fc.anything(), value: fc.oneof(fc.double(), fc.constant(Number.NaN), fc.string()), unit: fc.anything(), measure: fc.anything(), sources: fc.anything() }),
      fc.constantFrom({ ...good, value: Number.NaN }, { ...good, sources: [] }, { ...good, tier: 'alliance' }, { ...good, value: null }, { ...good, asOf: { kind: 'point', date: { year: 2019, day: 4 } } }),
    );
    const malformed = fc.oneof(fc.anything().filter((value) => value !== undefined), fc.array(malformedFigure, { minLength: 1, maxLength: 4 }), fc.constant([]));
    fc.assert(
      fc.property(malformed, (data) => {
        const { container, unmount } = render(<PartnershipTierChart data={untyped(data)} width={500} isAnimationActive={false} />);
        // A plain selector: role queries over 1,000 renders would take most of the run.
        expect(container.querySelector('[role="status"]')?.getAttribute('aria-label')).toMatch(/^(Chart unavailable|No data to show)$/);
        unmount();
      }),
      { numRuns: 1000 },
    );
    expect(warn).toHaveBeenCalled();
  }, 180_000);
});
