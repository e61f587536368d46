import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { aidFigures } from '@vn-mediation/data/aid';
import { ChartFrame, UnavailableChart, useChartData } from '../ChartFrame';
import type { ChartCommonProps } from '../ChartFrame';
import { DataTable } from '../DataTable';
import { figureColumns } from '../DataTable/figureColumns';
import { FigureList } from '../FigureList';
import { axisStyle, gridStyle } from '../marks/axisStyle';
import { HatchPattern, barMark, svgSafeId } from '../marks/barMark';
import { PlotArea, fitChart } from '../PlotArea';
import { formatNumber, formatQuantity } from '@vn-mediation/data/format';
import { useReducedMotion } from '../theme/useReducedMotion';
import { checkAidFigures } from './aidData';
import type { AidFigureShape } from './aidData';
import { aidBarSentence, aidView, describeAid } from './aidLayout';
import type { AidBar } from './aidLayout';

/** Props of `DprkAidChart`. */
export interface DprkAidChartProps extends ChartCommonProps {
  /** Aid figures; defaults to `aidFigures` of `@vn-mediation/data`. Pass a filtered or updated copy freely. */
  data?: readonly AidFigureShape[];
}

const DEFAULT_TITLE = 'Vietnam’s aid to the DPRK by year, and the rice left unpaid';
const RICE_HEIGHT = 220;
const MONEY_HEIGHT = 180;
const PANEL_TITLE_HEIGHT = 28;

/**
 * Vietnam's aid to the DPRK by year in two panels that never share an axis: rice in tonnes and
 * money in US$. The rice North Korea failed to pay for in 1996 is hatched and labelled, so it
 * does not read as aid and does not rest on colour alone.
 *
 * @example
 * <DprkAidChart width={640} isAnimationActive={false} />
 */
export function DprkAidChart({ data = aidFigures, title = DEFAULT_TITLE, ...props }: DprkAidChartProps) {
  const hatchId = svgSafeId(useId());
  const state = useChartData('DprkAidChart', data, checkAidFigures, aidView, 'no rice amount in tonnes and no aid in US$ in the data');
  const reducedMotion = useReducedMotion();
  const natural =
    state.kind === 'ok'
      ? (state.view.rice.length > 0 ? RICE_HEIGHT + PANEL_TITLE_HEIGHT : 0) + (state.view.money.length > 0 ? MONEY_HEIGHT + PANEL_TITLE_HEIGHT : 0)
      : RICE_HEIGHT + MONEY_HEIGHT + 2 * PANEL_TITLE_HEIGHT;
  const height = props.height ?? natural;
  if (state.kind !== 'ok') return <UnavailableChart {...props} title={title} kind={state.kind} problems={state.problems} reservedHeight={height} />;

  const { view } = state;
  const bars: readonly AidBar[] = [...view.rice, ...view.money];
  const shown = [...bars.flatMap((bar) => (bar.worth === undefined ? [bar.figure] : [bar.figure, bar.worth])), ...view.other];
  const animate = props.isAnimationActive ?? !reducedMotion;
  // A fixed height is shared between the panels in proportion to their natural heights.
  const scale = height / natural;
  const riceUnits = [...new Set(view.rice.map((bar) => bar.figure.unit))].join(' or ');
  const hasUnpaid = view.rice.some((bar) => bar.figure.flow === 'unpaid-sale');

  const panel = (panelBars: readonly AidBar[], offset: number, panelHeight: number, activeIndex: number, setActiveIndex: (index: number) => void) => {
    const rows = panelBars.map((bar) => ({
      key: bar.figure.id,
      period: bar.period,
      value: bar.figure.value,
      valueText: `${bar.figure.unit === 'usd' ? formatQuantity(bar.figure.value, 'usd') : formatNumber(bar.figure.value)}${bar.figure.flow === 'unpaid-sale' ? ' unpaid' : ''}`,
    }));
    return fitChart(props.width, panelHeight, (size) => (
      <BarChart {...size} data={rows} margin={{ top: 24, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} {...gridStyle} />
        <XAxis dataKey="period" {...axisStyle} />
        <YAxis width={72} tickFormatter={formatNumber} {...axisStyle} />
        <Bar
          dataKey="value"
          isAnimationActive={animate}
          shape={barMark(activeIndex - offset, (index) => {
            const bar = panelBars[index];
            if (bar?.figure.flow === 'unpaid-sale') return { color: 'mark2', hatchId };
            return { color: bar?.figure.unit === 'usd' ? 'mark3' : 'mark1' };
          })}
          onClick={(_, index) => setActiveIndex(index + offset)}
          onMouseEnter={(_, index) => setActiveIndex(index + offset)}
        >
          <LabelList dataKey="valueText" position="top" fill="var(--vnm-text)" />
        </Bar>
      </BarChart>
    ));
  };

  return (
    <ChartFrame
      title={title}
      description={props.description ?? describeAid(view)}
      theme={props.theme}
      className={props.className}
      headingLevel={props.headingLevel}
      sources={shown.flatMap((figure) => figure.sources)}
      notes={shown.flatMap((figure) => figure.notes ?? [])}
      table={<DataTable caption={`Data of “${title}”`} columns={figureColumns} rows={shown} rowKey={(figure) => figure.id} />}
    >
      <HatchPattern id={hatchId} />
      <PlotArea
        height={height}
        width={props.width}
        label={`Aid amounts of “${title}”`}
        points={bars.map((bar) => ({ key: bar.figure.id, label: aidBarSentence(bar) }))}
        renderChart={(activeIndex, setActiveIndex) => (
          <>
            {view.rice.length === 0 ? null : (
              <>
                <p className="vnm-panel-title">{`Rice (${riceUnits})`}</p>
                {panel(view.rice, 0, Math.round(RICE_HEIGHT * scale), activeIndex, setActiveIndex)}
              </>
            )}
            {view.money.length === 0 ? null : (
              <>
                <p className="vnm-panel-title">Money given (US$)</p>
                {panel(view.money, view.rice.length, Math.round(MONEY_HEIGHT * scale), activeIndex, setActiveIndex)}
              </>
            )}
          </>
        )}
      />
      {hasUnpaid ? <p className="vnm-legend">Hatched bar, labelled “unpaid”: rice sold and not paid for, not aid.</p> : null}
      <FigureList heading="Other aid" figures={view.other} />
    </ChartFrame>
  );
}
