import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import fc from 'fast-check';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { argumentItems } from '@vn-mediation/data/argument';
import type { ArgumentItemShape } from '../argument/argumentData';
import { expectWarnings } from '../testing/expectWarnings';
import { MediationSpectrumChart } from './MediationSpectrumChart';

// Malformed-data tests must hand the component what its types forbid; this is the one place we lie to the compiler.
function untyped(value: unknown): readonly ArgumentItemShape[] {
  return value as readonly ArgumentItemShape[];
}

const roles = argumentItems.filter((item) => item.kind === 'role').sort((a, b) => (a.engagement ?? 0) - (b.engagement ?? 0));
const strategies = argumentItems.filter((item) => item.kind === 'strategy').sort((a, b) => (a.engagement ?? 0) - (b.engagement ?? 0));
const reasons = argumentItems.filter((item) => item.kind === 'reason');

describe('MediationSpectrumChart', () => {
  it('is one tab stop whose arrow keys walk the roles, then the strategies, in engagement order', async () => {
    const user = userEvent.setup();
    render(<MediationSpectrumChart />);
    await user.tab();
    const listbox = screen.getByRole('listbox');
    expect(document.activeElement).toBe(listbox);
    const options = within(listbox).getAllByRole('option');
    const active = () => options.findIndex((option) => option.id === listbox.getAttribute('aria-activedescendant'));
    expect(active()).toBe(0);
    expect(options[0]?.getAttribute('aria-label')).toContain(`: ${roles[0]?.label}.`);
    await user.keyboard('{ArrowRight}');
    expect(active()).toBe(1);
    expect(options[1]?.getAttribute('aria-label')).toContain(`: ${roles[1]?.label}.`);
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(active()).toBe(0);
    await user.keyboard('{End}');
    expect(active()).toBe(options.length - 1);
    await user.keyboard('{Home}');
    for (let i = 0; i < roles.length; i += 1) await user.keyboard('{ArrowDown}');
    expect(options[active()]?.getAttribute('aria-label')).toContain(`Mediation strategy 1 of ${strategies.length}, least engaged: ${strategies[0]?.label}.`);
    // Only the listbox takes focus: the options are reached by the arrow keys, not by Tab.
    expect(options.every((option) => option.getAttribute('tabindex') === null)).toBe(true);
  });

  it('announces the focused item’s label, rank and quote, and shows its quotes with their footnotes', async () => {
    const user = userEvent.setup();
    const { container } = render(<MediationSpectrumChart />);
    await user.tab();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    const listbox = screen.getByRole('listbox');
    const activeOption = document.getElementById(listbox.getAttribute('aria-activedescendant') ?? '');
    const conciliation = roles[3];
    expect(activeOption?.getAttribute('aria-label')).toMatch(new RegExp(`^Third-party role 4 of ${roles.length}: ${conciliation?.label ?? '?'}\\. “.+” \\(Hoang Oanh \\(2021\\)`));
    const detail = container.querySelector('.vnm-sp-detail')?.textContent ?? '';
    for (const source of conciliation?.sources ?? []) expect(detail).toContain(source.quote);
    expect(detail).toContain('Hoang Oanh (2021), footnote 35');
  });

  it('says each reason for the start with its quote when it is reached', async () => {
    const user = userEvent.setup();
    render(<MediationSpectrumChart />);
    const options = within(screen.getByRole('group', { name: /reasons/ })).getAllByRole('option');
    expect(options).toHaveLength(reasons.length);
    for (const [i, reason] of reasons.entries()) {
      expect(options[i]?.getAttribute('aria-label')).toContain(`Reason ${i + 1} of ${reasons.length} for a modest role: ${reason.label}.`);
      expect(options[i]?.getAttribute('aria-label')).toContain(reason.sources[0]?.quote ?? '?');
    }
    await user.click(options[1] ?? document.body);
    expect(screen.getByRole('listbox').getAttribute('aria-activedescendant')).toBe(options[1]?.id);
  });

  it('draws the start span over the marks the data points at, and tags the strategy the reasons hold back', () => {
    const { container } = render(<MediationSpectrumChart width={900} />);
    const marks = [...container.querySelectorAll('.vnm-sp-mark')];
    const started = marks.filter((mark) => mark.getAttribute('data-start') === 'true').map((mark) => mark.getAttribute('aria-label')?.split(': ')[1]?.split('.')[0]);
    expect(started).toEqual([roles[0]?.label, strategies[0]?.label, strategies[1]?.label]);
    expect(container.querySelectorAll('.vnm-sp-start')).toHaveLength(2);
    const held = marks.filter((mark) => mark.getAttribute('data-held-back') === 'true');
    expect(held.map((mark) => mark.querySelector('.vnm-sp-label')?.textContent)).toEqual([`${strategies[2]?.label ?? '?'}advised against`]);
    expect(container.querySelector('.vnm-sp')?.getAttribute('data-layout')).toBe('spread');
  });

  it('stacks the rows at 320px and honours a forced layout', () => {
    const { container, rerender } = render(<MediationSpectrumChart width={320} />);
    expect(container.querySelector('.vnm-sp')?.getAttribute('data-layout')).toBe('stacked');
    rerender(<MediationSpectrumChart width={320} layout="spread" />);
    expect(container.querySelector('.vnm-sp')?.getAttribute('data-layout')).toBe('spread');
  });

  it('names the figure by its title at the heading level asked for', () => {
    render(<MediationSpectrumChart headingLevel={3} title="Where to start" />);
    expect(screen.getByRole('heading', { level: 3, name: 'Where to start' })).toBeTruthy();
    expect(screen.getByRole('figure', { name: 'Where to start' })).toBeTruthy();
  });

  it('offers the table with a row per item drawn, each with its quote and footnote', () => {
    render(<MediationSpectrumChart />);
    const table = screen.getByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['Item', 'Kind', 'Engagement rank', 'Stance', 'Arena', 'Quote', 'Footnote']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(screen.getAllByRole('option').length);
    const firstRole = rows[0]?.textContent ?? '';
    expect(firstRole).toContain(`1 of ${roles.length}, least engaged`);
    expect(firstRole).toContain('footnote 35');
  });

  it('has no axe violations (colour contrast is checked on the tokens, jsdom has no layout)', async () => {
    const { container } = render(
      <main>
        <h1>An article</h1>
        <MediationSpectrumChart />
      </main>,
    );
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });

  it('renders a labelled error state naming the record and field, and warns in development', () => {
    const warn = expectWarnings();
    render(<MediationSpectrumChart data={untyped([{ id: 'good-offices', kind: 'role', label: 'good offices', stance: 'context', sources: [] }])} />);
    expect(screen.getByRole('status', { name: 'Chart unavailable' })).toBeTruthy();
    expect(screen.getByText('items[0] ("good-offices").sources must be a non-empty list of sources')).toBeTruthy();
    expect(String(warn.mock.calls[0]?.[0])).toContain('items[0] ("good-offices").engagement is required on a role');
  });

  it('renders a labelled empty state without roles or strategies', () => {
    const warn = expectWarnings();
    render(<MediationSpectrumChart data={reasons} />);
    expect(screen.getByRole('status', { name: 'No data to show' })).toBeTruthy();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('server-renders the whole chart: title, description, marks, table and source line', () => {
    const html = renderToString(<MediationSpectrumChart />);
    expect(html).toContain('The mediation spectrum');
    expect(html).toContain('role="listbox"');
    // Every item is in the server's HTML, none waiting for the client: marks, start, reasons and places.
    const conclusions = argumentItems.filter((item) => item.stance === 'conclusion');
    const starts = conclusions.filter((item) => (item.about ?? []).some((ref) => [...roles, ...strategies].some((mark) => ref === `argument/${mark.id}`)));
    const places = conclusions.filter((item) => item.arena !== undefined);
    expect(html.match(/role="option"/g)).toHaveLength(roles.length + strategies.length + starts.length + reasons.length + places.length);
    expect(html).toContain('<table');
    expect(html).toContain('footnotes 35, 36');
  });

  it('hydrates the server output without a mismatch', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<MediationSpectrumChart width={800} />);
    document.body.append(container);
    const recovered: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, <MediationSpectrumChart width={800} />, { onRecoverableError: (error) => recovered.push(error) });
    });
    expect(recovered).toEqual([]);
    expect(container.querySelectorAll('.vnm-sp-mark')).toHaveLength(roles.length + strategies.length);
    container.remove();
  });

  it('always renders a labelled state and never throws, whatever malformed data it gets', () => {
    const warn = expectWarnings();
    const good = roles[0];
    const malformedItem = fc.oneof(
      fc.anything(),
      fc.record({ id: fc.anything(), kind: fc.constantFrom('role', 'strategy', 'reason', 42), label: fc.anything(), stance: fc.anything(), engagement: fc.oneof(fc.integer(), fc.double(), fc.string()), sources: fc.anything() }),
      fc.constantFrom({ ...good, engagement: 0 }, { ...good, engagement: 1.5 }, { ...good, about: 'argument/x' }, { ...good, arena: 'mars' }, { ...good, sources: [{ article: 'iseas-2021-6', quote: '' }] }, { ...good, notes: [''] }),
    );
    const malformed = fc.oneof(fc.anything().filter((value) => value !== undefined), fc.array(malformedItem, { minLength: 1, maxLength: 4 }), fc.constant([]));
    fc.assert(
      fc.property(malformed, (data) => {
        const { container, unmount } = render(<MediationSpectrumChart data={untyped(data)} width={500} />);
        // A plain selector: role queries over 1,000 renders would take most of the run.
        expect(container.querySelector('[role="status"]')?.getAttribute('aria-label')).toMatch(/^(Chart unavailable|No data to show)$/);
        unmount();
      }),
      { numRuns: 1000 },
    );
    expect(warn).toHaveBeenCalled();
  }, 180_000);
});
