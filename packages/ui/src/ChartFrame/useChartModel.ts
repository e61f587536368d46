import { useMemo } from 'react';
import type { ChartModel, ChartModelOptions } from '../model/chartModel';
import { useDevWarning } from '../devWarning/devWarning';

/**
 * Computes a chart's model once per change of its data, title, description or width, and warns once
 * in development when the model cannot draw (the problems name the record, the field and why).
 */
export function useChartModel<Drawing>(
  component: string,
  toModel: (data: unknown, options: ChartModelOptions) => ChartModel<Drawing>,
  data: unknown,
  { title, description, width }: ChartModelOptions,
): ChartModel<Drawing> {
  const model = useMemo(() => toModel(data, { title, description, width }), [toModel, data, title, description, width]);
  useDevWarning(component, model.state === 'ok' ? [] : model.problems);
  return model;
}
