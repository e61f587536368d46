import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';

/** Props of {@link BarBaseline}. */
export interface BarBaselineProps {
  /** Bars: a category and its value. */
  data: readonly { label: string; value: number }[];
}

/**
 * The baseline for our bar-shaped charts: the least a developer would write with recharts to
 * draw labelled bars, with none of our frame, table, keyboard or theme.
 */
export function BarBaseline({ data }: BarBaselineProps) {
  return (
    <BarChart width={640} height={320} data={[...data]} layout="vertical">
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis type="number" />
      <YAxis type="category" dataKey="label" width={160} />
      <Tooltip />
      <Bar dataKey="value" fill="#1f5fa8" isAnimationActive={false} />
    </BarChart>
  );
}
