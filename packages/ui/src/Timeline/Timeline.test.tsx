import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import fc from 'fast-check';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { timelineEvents } from '@vn-mediation/data/timeline';
import { Timeline } from './Timeline';
import type { TimelineEventShape } from './timelineData';
import { topicName } from './timelineLayout';
import { expectWarnings } from '../testing/expectWarnings';

// Malformed-data tests must hand the component what its types forbid; this is the one place we lie to the compiler.
function untyped(value: unknown): readonly TimelineEventShape[] {
  return value as readonly TimelineEventShape[];
}

describe('Timeline', () => {
  it('describes the events with figures counted from the data it is given', () => {
    render(<Timeline />);
    const figure = screen.getByRole('figure', { name: 'Vietnam’s reconciliation and mediation: a timeline' });
    const description = figure.getAttribute('aria-describedby') ?? '';
    const text = document.getElementById(description)?.textContent ?? '';
    // The dataset's first event is a span from 1258; its last ends in 2021 (the UNSC term).
    const starts = timelineEvents.map((event) => (event.date.kind === 'span' ? event.date.start.year : event.date.date.year));
    const ends = timelineEvents.map((event) => (event.date.kind === 'span' ? event.date.end.year : event.date.date.year));
    expect(text).toContain(`Timeline of ${timelineEvents.length} events from ${Math.min(...starts)} to ${Math.max(...ends)}`);
    // Each event counts once, under its main topic (the first).
    for (const topic of new Set(timelineEvents.map((event) => event.topics[0]))) {
      const count = timelineEvents.filter((event) => event.topics[0] === topic).length;
      expect(text).toContain(`${topicName(topic ?? '')} ${count}`);
    }
    expect(text).toContain('Events by main topic:');
  });

  it('is one tab stop whose arrow keys, Home and End walk the events in date order', async () => {
    const user = userEvent.setup();
    render(<Timeline />);
    await user.click(screen.getByRole('combobox', { name: /article/i }));
    await user.keyboard('{Escape}');
    await user.tab();
    const listbox = screen.getByRole('listbox');
    expect(document.activeElement).toBe(listbox);
    const options = within(listbox).getAllByRole('option');
    expect(options).toHaveLength(timelineEvents.length);
    expect(listbox.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(listbox.getAttribute('aria-activedescendant')).toBe(options[2]?.id);
    expect(options[2]?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{End}');
    expect(listbox.getAttribute('aria-activedescendant')).toBe(options.at(-1)?.id);
    await user.keyboard('{Home}{ArrowUp}');
    expect(listbox.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Show source' }));
  });

  it('shows each event’s date at the article’s precision and its actors', () => {
    render(<Timeline />);
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    const king = options.find((option) => option.textContent?.includes('Tran Nhan Tong'));
    expect(king?.textContent).toContain('1258–1308');
    expect(king?.textContent).toContain('Actors: King Tran Nhan Tong');
    // No event shows a day the data does not give: every machine date is at the data's precision.
    const times = options.flatMap((option) => Array.from(option.querySelectorAll('time')));
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) expect(time.getAttribute('datetime')).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  });

  it('filters by topic and by article with labelled form controls', async () => {
    const user = userEvent.setup();
    render(<Timeline />);
    const topics = within(screen.getByRole('group', { name: 'Topics' })).getAllByRole('checkbox');
    for (const box of topics) {
      if (box !== screen.getByRole('checkbox', { name: 'Korean Peninsula' })) await user.click(box);
    }
    const korea = timelineEvents.filter((event) => event.topics.includes('korea'));
    expect(within(screen.getByRole('listbox')).getAllByRole('option')).toHaveLength(korea.length);
    expect(screen.getByText(`Showing ${korea.length} of ${timelineEvents.length} events.`)).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: /article/i }), 'diplomat-2016');
    const both = korea.filter((event) => event.sources[0]?.article === 'diplomat-2016');
    expect(within(screen.getByRole('listbox')).getAllByRole('option')).toHaveLength(both.length);
  });

  it('opens on the topics of initialTopics, showing every event that has any of them, main topic or not', () => {
    render(<Timeline initialTopics={['korea']} />);
    const korea = timelineEvents.filter((event) => event.topics.includes('korea'));
    // The Cold War episodes diplomat-2016 tells are filed under history first, and must still show.
    expect(korea.some((event) => event.topics[0] !== 'korea')).toBe(true);
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options).toHaveLength(korea.length);
    expect(screen.getByRole('checkbox', { name: 'Korean Peninsula' })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: 'History' })).toHaveProperty('checked', false);
  });

  it('names every topic of an event, the main one first, and colours it by the main one', () => {
    const data: TimelineEventShape[] = [
      { id: 'a', title: 'Peace talks', date: { kind: 'point', date: { year: 1968 } }, actors: [], topics: ['history', 'korea'], sources: [{ article: 'diplomat-2016', quote: 'q' }] },
      { id: 'b', title: 'Reunification', date: { kind: 'point', date: { year: 1976 } }, actors: [], topics: ['history'], sources: [{ article: 'diplomat-2016', quote: 'q' }] },
      { id: 'c', title: 'Nuclear test', date: { kind: 'point', date: { year: 2006 } }, actors: [], topics: ['korea'], sources: [{ article: 'diplomat-2016', quote: 'q' }] },
    ];
    render(<Timeline data={data} />);
    const [talks, reunification, test] = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(talks?.textContent).toContain('History; also Korean Peninsula.');
    expect(talks?.style.borderLeftColor).toBe(reunification?.style.borderLeftColor);
    expect(talks?.style.borderLeftColor).not.toBe(test?.style.borderLeftColor);
  });

  it('shows a labelled empty state when the filters leave nothing, without warning', async () => {
    const user = userEvent.setup();
    render(<Timeline initialTopics={['aid']} />);
    await user.click(screen.getByRole('checkbox', { name: 'Aid' }));
    expect(screen.getByRole('status', { name: 'No data to show' })).toBeTruthy();
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('opens the source of the active event: quote, article and footnote', async () => {
    const user = userEvent.setup();
    // An event whose source sits in a footnote, alone, so it is the one the keyboard reaches first.
    const first = timelineEvents.find((event) => event.sources[0]?.footnote !== undefined);
    const footnote = first?.sources[0]?.footnote;
    if (first === undefined || footnote === undefined) throw new Error('the timeline dataset has no event cited to a footnote');
    render(<Timeline data={[first]} />);
    act(() => screen.getByRole('listbox').focus());
    const button = screen.getByRole('button', { name: 'Show source' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('{Enter}');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const region = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(region?.hidden).toBe(false);
    expect(region?.textContent).toContain(first.sources[0]?.quote);
    expect(region?.textContent).toContain('Vietnam’s Role in Regional Peace and Mediation');
    expect(region?.textContent).toContain(`footnote ${String(footnote)}`);
    await user.click(screen.getByRole('button', { name: 'Hide source' }));
    expect(region?.hidden).toBe(true);
  });

  it('renders a labelled error state and warns in development for data of the wrong shape', () => {
    const warn = expectWarnings();
    render(<Timeline data={untyped({ events: [] })} />);
    expect(screen.getByRole('status', { name: 'Chart unavailable' })).toBeTruthy();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('events must be a list');
  });

  it('renders a labelled empty state and warns for an empty list', () => {
    const warn = expectWarnings();
    render(<Timeline data={[]} />);
    expect(screen.getByRole('status', { name: 'No data to show' })).toBeTruthy();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('draws a filtered copy passed as data', () => {
    const subset = timelineEvents.filter((event) => event.topics.includes('peacekeeping'));
    render(<Timeline data={subset} />);
    expect(within(screen.getByRole('listbox')).getAllByRole('option')).toHaveLength(subset.length);
  });

  it('has no axe violations (colour contrast is checked on the tokens, jsdom has no layout)', async () => {
    const { container } = render(<Timeline />);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });

  it('server-renders its title, description, events, data table and source line', () => {
    const html = renderToString(<Timeline />);
    expect(html).toContain('Vietnam’s reconciliation and mediation: a timeline');
    expect(html).toContain(`Timeline of ${timelineEvents.length} events`);
    expect(html).toContain('role="listbox"');
    expect(html.match(/role="option"/g)).toHaveLength(timelineEvents.length);
    expect(html).toContain('<table');
    expect(html).toContain('Data: @vn-mediation/data');
    expect(html).toContain('Hoang Oanh, “Vietnam’s Role in Regional Peace and Mediation”');
  });

  it('hydrates the server output without a mismatch', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Timeline theme="dark" />);
    document.body.append(container);
    const recovered: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, <Timeline theme="dark" />, { onRecoverableError: (error) => recovered.push(error) });
    });
    expect(recovered).toEqual([]);
    expect(within(container).getByRole('listbox')).toBeTruthy();
    container.remove();
  });

  it('always renders a labelled state and never throws, whatever malformed data it gets', () => {
    const warn = expectWarnings();
    const goodEvent = timelineEvents[0];
    const malformedEvent = fc.oneof(
      fc.anything(),
      fc.record({ id: fc.oneof(fc.string(), fc.constant(null)), title: fc.anything(), date: fc.anything(), actors: fc.anything(), topics: fc.anything(), sources: fc.anything() }),
      fc.constantFrom(
        { ...goodEvent, date: { kind: 'point', date: { year: Number.NaN } } },
        { ...goodEvent, sources: [] },
        { ...goodEvent, actors: null },
        { ...goodEvent, topics: [] },
        { ...goodEvent, topics: ['korea', 'korea'] },
        { ...goodEvent, date: { kind: 'span', start: { year: 2020 }, end: { year: 1990 } } },
      ),
    );
    // `undefined` is not malformed: it means "use the dataset".
    const malformed = fc.oneof(fc.anything().filter((value) => value !== undefined), fc.array(malformedEvent, { minLength: 1, maxLength: 4 }), fc.constant([]));
    fc.assert(
      fc.property(malformed, (data) => {
        const { container, unmount } = render(<Timeline data={untyped(data)} />);
        // A plain selector: role queries over 1,000 renders would take most of the run.
        const status = container.querySelector('[role="status"]');
        expect(status?.getAttribute('aria-label')).toMatch(/^(Chart unavailable|No data to show)$/);
        unmount();
      }),
      { numRuns: 1000 },
    );
    expect(warn).toHaveBeenCalled();
  }, 180_000);
});
