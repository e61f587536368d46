import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import fc from 'fast-check';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { argumentItems } from '@vn-mediation/data/argument';
import { expectWarnings } from '../testing/expectWarnings';
import { ArgumentMapChart } from './ArgumentMapChart';
import type { ArgumentItemShape } from '../argument/argumentData';

// Malformed-data tests must hand the component what its types forbid; this is the one place we lie to the compiler.
function untyped(value: unknown): readonly ArgumentItemShape[] {
  return value as readonly ArgumentItemShape[];
}

const iseas = argumentItems.filter((item) => item.sources[0]?.article === 'iseas-2021-6');
const labelOf = (id: string) => iseas.find((item) => item.id === id)?.label ?? '';

function summaries(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('.vnm-am summary')];
}

describe('ArgumentMapChart', () => {
  it('heads the case for, the case against and "So" one level below the title, and each group one level below those', () => {
    render(<ArgumentMapChart headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'The case, weighed: can Vietnam mediate?' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual(['+The case for', '−The case against', '→So']);
    expect(screen.getAllByRole('heading', { level: 5 }).map((heading) => heading.textContent)).toEqual([
      'What Vietnam brings',
      'What Vietnam gains',
      'What stands in the way',
      'Why start small',
      'The article’s answer',
      'What Vietnam should do',
    ]);
  });

  it('lists every item of a group under its heading, with its stance in words as well as a glyph', () => {
    render(<ArgumentMapChart />);
    const group = screen.getByRole('heading', { name: 'What stands in the way' }).closest('li');
    if (group === null) throw new Error('the group is a list item');
    const items = within(group).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.vnm-am-label')?.textContent)).toEqual(iseas.filter((item) => item.kind === 'challenge').map((item) => item.label.charAt(0).toUpperCase() + item.label.slice(1)));
    for (const item of items) expect(item.querySelector('.vnm-am-badge')?.textContent).toBe('−Against');
  });

  it('keeps every quote and its footnote in the list, one disclosure away', async () => {
    const user = userEvent.setup();
    const { container } = render(<ArgumentMapChart />);
    const item = container.querySelector('[data-stance="for"]');
    const record = iseas.find((candidate) => candidate.kind === 'asset');
    expect(item?.textContent).toContain(record?.sources[0]?.quote);
    const details = item?.querySelector('details');
    expect(details?.open).toBe(false);
    const summary = item?.querySelector('summary');
    if (summary === null || summary === undefined) throw new Error('each item has a summary');
    await user.click(summary);
    expect(details?.open).toBe(true);
    const support = [...container.querySelectorAll('.vnm-am-item')].find((candidate) => candidate.textContent?.includes('Strong domestic support'));
    expect(support?.querySelector('cite')?.textContent).toBe('Hoang Oanh (2021), footnote 30');
  });

  it('is one tab stop: Tab enters the map at its first item and the next Tab leaves it', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <>
        <ArgumentMapChart />
        <button type="button">After the map</button>
      </>,
    );
    await user.tab();
    const items = summaries(container);
    expect(document.activeElement).toBe(items[0]);
    expect(items.filter((summary) => summary.tabIndex === 0)).toHaveLength(1);
    await user.tab();
    expect(document.activeElement?.textContent).toBe('After the map');
  });

  it('walks the items with the arrow keys, Home and End, in reading order', async () => {
    const user = userEvent.setup();
    const { container } = render(<ArgumentMapChart />);
    const items = summaries(container);
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowRight}');
    expect(document.activeElement).toBe(items[2]);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(items[1]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(items.at(-1));
    expect(items.at(-1)?.tabIndex).toBe(0);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(items[0]);
    // The tab stop follows the active item, so Shift+Tab and Tab come back to where the reader was.
    await user.keyboard('{End}');
    await user.tab({ shift: true });
    await user.tab();
    expect(document.activeElement).toBe(items.at(-1));
  });

  it('opens and closes the focused item’s quote with Enter and Space', async () => {
    const user = userEvent.setup();
    const { container } = render(<ArgumentMapChart />);
    await user.tab();
    await user.keyboard('{ArrowDown}');
    const details = summaries(container)[1]?.closest('details');
    await user.keyboard('{Enter}');
    expect(details?.open).toBe(true);
    await user.keyboard(' ');
    expect(details?.open).toBe(false);
  });

  it('announces the focused item’s label and what it supports, and outlines what it links to', async () => {
    const user = userEvent.setup();
    const { container } = render(<ArgumentMapChart />);
    const items = summaries(container);
    const challenge = items.findIndex((summary) => summary.textContent?.includes('The right set of competencies'));
    await user.tab();
    for (let i = 0; i < challenge; i += 1) await user.keyboard('{ArrowDown}');
    const focused = items[challenge];
    expect(document.activeElement).toBe(focused);
    expect(focused?.textContent).toContain('The right set of competencies');
    const described = document.getElementById(focused?.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(described).toContain(`Supports: ${labelOf('finding-significant-challenges')} (finding), ${labelOf('operational-masterplan')} and ${labelOf('reach-out-to-partners')}.`);
    expect(container.querySelector('.vnm-readout')?.textContent).toBe(`The right set of competencies: challenge 1, against. ${described}`);
    const linked = [...container.querySelectorAll('[data-link="supports"] .vnm-am-label')].map((label) => label.textContent);
    expect(linked).toEqual(['An operational masterplan', 'Reach out to relevant partners and experienced mediators']);
    expect(container.querySelector('[data-link="supports"] .vnm-am-linktag')?.textContent).toBe('Supported by the focused item');
  });

  it('has no axe violations, closed or open (colour contrast is checked on the tokens, jsdom has no layout)', async () => {
    const { container } = render(<ArgumentMapChart />);
    const closed = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(closed.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    for (const details of container.querySelectorAll('details')) details.open = true;
    const open = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(open.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });

  it('renders a labelled error state naming the item and field of a dangling link, and warns in development', () => {
    const warn = expectWarnings();
    const broken = argumentItems.map((item) => (item.id === 'reason-neutrality' ? { ...item, supports: ['nowhere'] } : item));
    render(<ArgumentMapChart data={broken} />);
    const status = screen.getByRole('status', { name: 'Chart unavailable' });
    expect(status.textContent).toContain('item "reason-neutrality": supports[0] names "nowhere", which is no item in the data');
    expect(String(warn.mock.calls[0]?.[0])).toContain('supports[0]');
  });

  it('renders a labelled empty state for the diplomat-2016 items alone', () => {
    const warn = expectWarnings();
    render(<ArgumentMapChart data={argumentItems.filter((item) => item.sources[0]?.article === 'diplomat-2016')} />);
    expect(screen.getByRole('status', { name: 'No data to show' })).toBeTruthy();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('server-renders the whole list, every quote and the table, with every item reachable before hydration', () => {
    const html = renderToString(<ArgumentMapChart />);
    for (const item of iseas.filter((candidate) => candidate.kind === 'recommendation')) expect(html).toContain(item.sources[0]?.quote.replace(/&/g, '&amp;') ?? '');
    expect(html).toContain('<table');
    expect(html).toContain('footnote 30');
    expect(html).not.toContain('tabindex="-1"');
  });

  it('hydrates the server output without a mismatch, then keeps one tab stop', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<ArgumentMapChart />);
    document.body.append(container);
    const recovered: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, <ArgumentMapChart />, { onRecoverableError: (error) => recovered.push(error) });
    });
    expect(recovered).toEqual([]);
    expect(summaries(container).filter((summary) => summary.tabIndex === 0)).toHaveLength(1);
    container.remove();
  });

  it('always renders a labelled state and never throws, whatever malformed data it gets', () => {
    const warn = expectWarnings();
    const good = iseas.find((item) => item.kind === 'asset');
    const malformedItem = fc.oneof(
      fc.anything(),
      fc.record({ id: fc.anything(), kind: fc.anything(), label: fc.anything(), stance: fc.anything(), supports: fc.anything(), sources: fc.anything() }),
      fc.constantFrom({ ...good, supports: ['nowhere'] }, { ...good, stance: 'against' }, { ...good, order: 0 }, { ...good, sources: [{ article: 'iseas-2021-6', quote: '' }] }, { ...good, notes: [''] }),
    );
    const malformed = fc.oneof(fc.anything().filter((value) => value !== undefined), fc.array(malformedItem, { minLength: 1, maxLength: 4 }), fc.constant([]));
    fc.assert(
      fc.property(malformed, (data) => {
        const { container, unmount } = render(<ArgumentMapChart data={untyped(data)} />);
        // A plain selector: role queries over 1,000 renders would take most of the run.
        expect(container.querySelector('[role="status"]')?.getAttribute('aria-label')).toMatch(/^(Chart unavailable|No data to show)$/);
        unmount();
      }),
      { numRuns: 1000 },
    );
    expect(warn).toHaveBeenCalled();
  }, 180_000);
});
