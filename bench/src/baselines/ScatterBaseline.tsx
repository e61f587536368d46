import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';

/** Props of {@link ScatterBaseline}. */
export interface ScatterBaselineProps {
  /** Points: a year and a lane. */
  data: readonly { year: number; lane: number; label: string }[];
}

/**
 * The baseline for the timeline: dated points on a year axis, as a developer would draw them with
 * recharts alone.
 */
export function ScatterBaseline({ data }: ScatterBaselineProps) {
  return (
    <ScatterChart width={640} height={320}>
      <CartesianGrid />
      <XAxis type="number" dataKey="year" domain={['dataMin', 'dataMax']} />
      <YAxis type="number" dataKey="lane" />
      <Tooltip />
      <Scatter data={[...data]} fill="#1f5fa8" isAnimationActive={false} />
    </ScatterChart>
  );
}
