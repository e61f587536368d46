import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { pkoFigures } from '@vn-mediation/data/pko';
import { ChartFrame, UnavailableChart, useChartData } from '../ChartFrame';
import type { ChartCommonProps } from '../ChartFrame';
import { DataTable } from '../DataTable';
import { figureColumns } from '../DataTable/figureColumns';
import { figureSentence } from '../FigureList';
import { axisStyle, gridStyle } from '../marks/axisStyle';
import { HatchPattern, barMark, svgSafeId } from '../marks/barMark';
import { labelAbove } from '../marks/labelAbove';
import { PlotArea, fitChart } from '../PlotArea';
import { checkPkoFigures } from '../pko/pkoData';
import type { PkoFigureShape } from '../pko/pkoData';
import { formatNumber } from '@vn-mediation/data/format';
import { useReducedMotion } from '../theme/useReducedMotion';
import { describeWomenShare, shareBarName, womenShareView } from './womenShareLayout';

/** Props of `PkoWomenShareChart`. */
export interface PkoWomenShareChartProps extends ChartCommonProps {
  /** Peacekeeping figures; defaults to `pkoFigures` of `@vn-mediation/data`. Pass a filtered or updated copy freely. */
  data?: readonly PkoFigureShape[];
}

const DEFAULT_TITLE = 'Women among Vietnam’s peacekeeping officers, against the UN averages';
const ROW_HEIGHT = 64;

/**
 * Vietnam's share of women among the officers it sent for UN peacekeeping, set against the UN
 * averages for military contingents and formed police units. The averages are hatched and named,
 * so the comparison never rests on colour alone.
 *
 * @example
 * <PkoWomenShareChart theme="light" />
 */
export function PkoWomenShareChart({ data = pkoFigures, title = DEFAULT_TITLE, ...props }: PkoWomenShareChartProps) {
  const hatchId = svgSafeId(useId());
  const state = useChartData('PkoWomenShareChart', data, checkPkoFigures, womenShareView, 'no share of women (female-share, in percent) in the data');
  const reducedMotion = useReducedMotion();
  const rowsShown = state.kind === 'ok' ? 1 + state.view.averages.length : 3;
  const height = props.height ?? rowsShown * ROW_HEIGHT + 48;
  if (state.kind !== 'ok') return <UnavailableChart {...props} title={title} kind={state.kind} problems={state.problems} reservedHeight={height} />;

  const { view } = state;
  const bars = [view.vietnam, ...view.averages];
  const names = bars.map((figure, i) => shareBarName(figure, i === 0));
  const rows = bars.map((figure, i) => ({ key: figure.id, name: names[i] ?? figure.label, value: figure.value }));
  const animate = props.isAnimationActive ?? !reducedMotion;
  return (
    <ChartFrame
      title={title}
      description={props.description ?? describeWomenShare(view)}
      theme={props.theme}
      className={props.className}
      headingLevel={props.headingLevel}
      sources={bars.flatMap((figure) => figure.sources)}
      notes={bars.flatMap((figure) => figure.notes ?? [])}
      table={<DataTable caption={`Data of “${title}”`} columns={figureColumns} rows={bars} rowKey={(figure) => figure.id} />}
    >
      <HatchPattern id={hatchId} />
      <PlotArea
        height={height}
        width={props.width}
        label={`Shares of women in “${title}”`}
        points={bars.map((figure, i) => ({ key: figure.id, label: figureSentence(figure, names[i]) }))}
        renderChart={(activeIndex, setActiveIndex) =>
          fitChart(props.width, height, (size) => (
            <BarChart {...size} data={rows} layout="vertical" barSize={20} margin={{ top: 28, right: 56, bottom: 8, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid horizontal={false} {...gridStyle} />
              <XAxis type="number" domain={[0, 'auto']} tickFormatter={(value: number) => `${formatNumber(value)}%`} {...axisStyle} />
              <YAxis type="category" dataKey="key" hide />
              <Bar
                dataKey="value"
                isAnimationActive={animate}
                shape={barMark(activeIndex, (index) => (index === 0 ? { color: 'mark1' } : { color: 'mark5', hatchId }))}
                onClick={(_, index) => setActiveIndex(index)}
                onMouseEnter={(_, index) => setActiveIndex(index)}
              >
                <LabelList dataKey="name" content={labelAbove(names)} />
                <LabelList dataKey="value" position="right" fill="var(--vnm-text)" formatter={(value) => (typeof value === 'number' ? `${formatNumber(value)}%` : value)} />
              </Bar>
            </BarChart>
          ))
        }
      />
      {view.averages.length === 0 ? null : <p className="vnm-legend">Solid bar: Vietnam. Hatched bars: UN averages.</p>}
    </ChartFrame>
  );
}
