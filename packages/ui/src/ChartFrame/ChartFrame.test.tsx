import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DATA_VERSION } from '@vn-mediation/data';
import { ChartFrame } from './ChartFrame';

const sources = [
  { article: 'iseas-2021-6', quote: 'first', footnote: 47 },
  { article: 'iseas-2021-6', quote: 'second', footnote: 5 },
  { article: 'diplomat-2016', quote: 'third' },
] as const;

describe('ChartFrame', () => {
  it('names the figure by its title and describes it by the generated text', () => {
    render(
      <ChartFrame title="A chart" description="Three bars." sources={sources}>
        <p>marks</p>
      </ChartFrame>,
    );
    const figure = screen.getByRole('figure', { name: 'A chart' });
    expect(document.getElementById(figure.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Three bars.');
    expect(screen.getByRole('heading', { level: 3, name: 'A chart' })).toBeTruthy();
  });

  it('cites each article once with its footnotes, then the dataset version', () => {
    const { container } = render(
      <ChartFrame title="A chart" description="d" sources={sources}>
        <p>marks</p>
      </ChartFrame>,
    );
    const line = container.querySelector('figcaption .vnm-source')?.textContent ?? '';
    expect(line).toContain('Sources: Hoang Oanh, “Vietnam’s Role in Regional Peace and Mediation”');
    expect(line).toContain('footnotes 5, 47');
    expect(line).toContain('Samuel Ramani, “Can Vietnam Help Mediate With North Korea?”');
    expect(line).toContain(`Data: @vn-mediation/data ${DATA_VERSION}.`);
  });

  it('lists each note once', () => {
    render(
      <ChartFrame title="t" description="d" sources={sources} notes={['same caveat', 'same caveat', 'other']}>
        <p>marks</p>
      </ChartFrame>,
    );
    expect(screen.getByRole('list', { name: 'Notes' }).children).toHaveLength(2);
  });

  it('carries its theme prop for the stylesheet, auto by default', () => {
    const { container, rerender } = render(
      <ChartFrame title="t" description="d" sources={sources}>
        <p>marks</p>
      </ChartFrame>,
    );
    expect(container.querySelector('figure')?.getAttribute('data-vnm-theme-mode')).toBe('auto');
    rerender(
      <ChartFrame title="t" description="d" sources={sources} theme="dark" headingLevel={2}>
        <p>marks</p>
      </ChartFrame>,
    );
    expect(container.querySelector('figure')?.getAttribute('data-vnm-theme-mode')).toBe('dark');
    expect(screen.getByRole('heading', { level: 2 })).toBeTruthy();
  });

  it('server-renders its stylesheet unescaped, so child selectors still work', () => {
    const html = renderToString(
      <ChartFrame title="t" description="d" sources={sources} table={<table />}>
        <p>marks</p>
      </ChartFrame>,
    );
    expect(html).toContain('.vnm-table-disclosure>summary');
    expect(html).toContain('@media (prefers-color-scheme: dark)');
    expect(html).toContain('<summary>Show the data as a table</summary>');
  });
});
