import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { ChartFrame } from './ChartFrame';

const sourceLine = 'Source: Samuel Ramani, “Can Vietnam Help Mediate With North Korea?”, The Diplomat (2016). Data: @vn-mediation/data 0.0.0.';

describe('ChartFrame', () => {
  it('names the figure by its title and describes it by the generated text', () => {
    render(
      <ChartFrame title="A chart" description="Three bars." sourceLine={sourceLine}>
        <p>marks</p>
      </ChartFrame>,
    );
    const figure = screen.getByRole('figure', { name: 'A chart' });
    expect(document.getElementById(figure.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Three bars.');
    expect(screen.getByRole('heading', { level: 2, name: 'A chart' })).toBeTruthy();
  });

  it('follows an article’s h1 without skipping a heading level by default, and can be the page’s h1', async () => {
    const { container, rerender } = render(
      <main>
        <h1>An article</h1>
        <ChartFrame title="A chart" description="d" sourceLine={sourceLine}>
          <p>marks</p>
        </ChartFrame>
      </main>,
    );
    const results = await axe.run(container, { runOnly: ['heading-order'] });
    expect(results.violations).toEqual([]);
    rerender(
      <main>
        <ChartFrame title="A chart" description="d" sourceLine={sourceLine} headingLevel={1}>
          <p>marks</p>
        </ChartFrame>
      </main>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'A chart' })).toBeTruthy();
  });

  it('prints the source line it is given under the chart, and each note', () => {
    const { container } = render(
      <ChartFrame title="t" description="d" sourceLine={sourceLine} notes={['a caveat', 'another']}>
        <p>marks</p>
      </ChartFrame>,
    );
    expect(container.querySelector('figcaption .vnm-source')?.textContent).toBe(sourceLine);
    expect(screen.getByRole('list', { name: 'Notes' }).children).toHaveLength(2);
  });

  it('carries its theme prop for the stylesheet, auto by default', () => {
    const { container, rerender } = render(
      <ChartFrame title="t" description="d" sourceLine={sourceLine}>
        <p>marks</p>
      </ChartFrame>,
    );
    expect(container.querySelector('figure')?.getAttribute('data-vnm-theme-mode')).toBe('auto');
    rerender(
      <ChartFrame title="t" description="d" sourceLine={sourceLine} theme="dark" headingLevel={4}>
        <p>marks</p>
      </ChartFrame>,
    );
    expect(container.querySelector('figure')?.getAttribute('data-vnm-theme-mode')).toBe('dark');
    expect(screen.getByRole('heading', { level: 4 })).toBeTruthy();
  });

  it('server-renders its stylesheet unescaped, so child selectors still work', () => {
    const html = renderToString(
      <ChartFrame title="t" description="d" sourceLine={sourceLine} table={<table />}>
        <p>marks</p>
      </ChartFrame>,
    );
    expect(html).toContain('.vnm-table-disclosure>summary');
    expect(html).toContain('@media (prefers-color-scheme: dark)');
    expect(html).toContain('<summary>Show the data as a table</summary>');
  });
});
