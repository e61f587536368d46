import { useMemo } from 'react';
import type { FigureCheck } from '../dataShape/checkFigures';
import { useDevWarning } from '../devWarning/devWarning';

/** What a chart can draw from its data: a view, or why it draws a labelled state instead. */
export type ChartDataState<View> =
  | { readonly kind: 'ok'; readonly view: View }
  | { readonly kind: 'error'; readonly problems: readonly string[] }
  | { readonly kind: 'empty'; readonly problems: readonly string[] };

/**
 * Checks a chart's `unknown` data, shapes it into the chart's view, and warns once in
 * development when it cannot: `error` for malformed data, `empty` when nothing is left to draw.
 */
export function useChartData<Figure, View>(
  component: string,
  data: unknown,
  check: (value: unknown) => FigureCheck<Figure>,
  toView: (figures: readonly Figure[]) => View | undefined,
  emptyProblem: string,
): ChartDataState<View> {
  const state = useMemo((): ChartDataState<View> => {
    const checked = check(data);
    if (!checked.ok) return { kind: 'error', problems: checked.problems };
    const view = toView(checked.figures);
    return view === undefined ? { kind: 'empty', problems: [emptyProblem] } : { kind: 'ok', view };
  }, [data, check, toView, emptyProblem]);
  useDevWarning(component, state.kind === 'ok' ? [] : state.problems);
  return state;
}
