import { act, render } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { PlotArea } from './PlotArea';

const points = [
  { key: 'a', label: 'A: 1' },
  { key: 'b', label: 'B: 2' },
];

describe('PlotArea', () => {
  it('reserves the chart’s height on the server and draws nothing there', () => {
    let drawn = 0;
    const html = renderToString(
      <PlotArea height={240} points={points} label="Points" renderChart={() => { drawn += 1; return <svg data-testid="chart" />; }} />,
    );
    expect(html).toContain('style="height:240px"');
    expect(html).not.toContain('data-testid="chart"');
    expect(drawn).toBe(0);
    expect(html.match(/role="option"/g)).toHaveLength(2);
  });

  it('draws at once in a plain client render, as a static-SVG export needs', async () => {
    const container = document.createElement('div');
    const root = createRoot(container);
    await act(async () => {
      root.render(<PlotArea height={240} width={500} points={points} label="Points" renderChart={() => <svg data-testid="chart" />} />);
    });
    expect(container.querySelector('[data-testid="chart"]')).not.toBeNull();
    act(() => root.unmount());
  });

  it('hides the marks from assistive technology and exposes the points as one listbox', () => {
    const { container } = render(<PlotArea height={100} points={points} label="Points" renderChart={() => <svg />} />);
    expect(container.querySelector('.vnm-plot-graphic')?.getAttribute('aria-hidden')).toBe('true');
    expect(container.querySelectorAll('[role="listbox"][tabindex="0"]')).toHaveLength(1);
  });

  it('shows a labelled error state in the box, not an exception, when drawing throws', () => {
    // React reports an error caught by a boundary on console.error: expected here.
    const error = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(error);
    const { container } = render(
      <PlotArea height={180} points={points} label="Points" renderChart={() => { throw new Error('recharts broke'); }} />,
    );
    const status = container.querySelector('[role="status"]');
    expect(status?.getAttribute('aria-label')).toBe('Chart unavailable');
    expect(status?.getAttribute('style')).toContain('min-height: 180px');
    expect(error).toHaveBeenCalled();
  });
});
