import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { devWarningMessage, isDevelopment, useDevWarning } from './devWarning';

function Warner({ problems }: { problems: readonly string[] }) {
  useDevWarning('TestChart', problems);
  return null;
}

afterEach(() => vi.unstubAllEnvs());

describe('useDevWarning', () => {
  it('warns once per set of problems, not on every render', () => {
    const warn = vi.fn();
    vi.spyOn(console, 'warn').mockImplementation(warn);
    const { rerender } = render(<Warner problems={['x is wrong']} />);
    rerender(<Warner problems={['x is wrong']} />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(devWarningMessage('TestChart', ['x is wrong']));
    rerender(<Warner problems={['y is wrong']} />);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('stays silent in production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(isDevelopment()).toBe(false);
    const warn = vi.fn();
    vi.spyOn(console, 'warn').mockImplementation(warn);
    render(<Warner problems={['x is wrong']} />);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('devWarningMessage', () => {
  it('shows five problems and counts the rest', () => {
    const message = devWarningMessage('C', ['1', '2', '3', '4', '5', '6', '7']);
    expect(message).toBe('[@vn-mediation/ui] C: the data cannot be drawn: 1; 2; 3; 4; 5 (and 2 more)');
  });
});
