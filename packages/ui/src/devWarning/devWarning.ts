import { useEffect } from 'react';

/** Whether we run a development build; `false` where `process` does not exist (a browser without a bundler define). */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

/** The text of the development warning a chart prints for its data problems. */
export function devWarningMessage(component: string, problems: readonly string[]): string {
  const shown = problems.slice(0, 5).join('; ');
  const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
  return `[@vn-mediation/ui] ${component}: the data cannot be drawn: ${shown}${more}`;
}

/**
 * Warns once per mounted chart and per distinct set of problems, in development only. It runs in
 * an effect so a server render stays silent and a re-render with the same data does not repeat it.
 */
export function useDevWarning(component: string, problems: readonly string[]): void {
  const message = problems.length > 0 ? devWarningMessage(component, problems) : '';
  useEffect(() => {
    if (message !== '' && isDevelopment()) console.warn(message);
  }, [message]);
}
