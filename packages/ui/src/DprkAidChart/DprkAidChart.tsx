import { Fragment, useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { aidFigures } from '@vn-mediation/data/aid';
import { formatNumber } from '@vn-mediation/data/format';
import { ChartFrame, UnavailableChart, useChartModel } from '../ChartFrame';
import type { ChartCommonProps } from '../ChartFrame';
import { DataTable } from '../DataTable';
import { FigureList } from '../FigureList';
import { axisTick } from '../marks/axisTick';
import { axisStyle, gridStyle } from '../marks/axisStyle';
import { HatchPattern, barMark, svgSafeId } from '../marks/barMark';
import { PlotArea, fitChart } from '../PlotArea';
import { useReducedMotion } from '../theme/useReducedMotion';
import type { AidFigureShape } from './aidData';
import { AID_AMOUNT_AXIS_WIDTH, AID_PANEL_MARGIN, aidModel, aidReservedHeight } from './aidModel';
import type { AidPanel } from './aidModel';

/** Props of `DprkAidChart`. */
export interface DprkAidChartProps extends ChartCommonProps {
  /** Aid figures; defaults to `aidFigures` of `@vn-mediation/data`. Pass a filtered or updated copy freely. */
  data?: readonly AidFigureShape[];
}

/**
 * Vietnam's aid to the DPRK by year in two panels that never share an axis: rice in tonnes and
 * money in US$. The rice North Korea failed to pay for in 1996 is hatched and labelled, so it
 * does not read as aid and does not rest on colour alone.
 *
 * @example
 * <DprkAidChart width={640} isAnimationActive={false} />
 */
export function DprkAidChart({ data = aidFigures, title, description, ...props }: DprkAidChartProps) {
  const hatchId = svgSafeId(useId());
  // Without a fixed width, the period labels are laid out for the width the plot measures.
  const [measuredWidth, setMeasuredWidth] = useState<number | undefined>(undefined);
  const model = useChartModel('DprkAidChart', aidModel, data, { title, description, width: props.width ?? measuredWidth });
  const reducedMotion = useReducedMotion();
  const natural = aidReservedHeight(model);
  const height = props.height ?? natural;
  if (model.state !== 'ok') return <UnavailableChart {...props} model={model} reservedHeight={height} />;

  const { panels, bars, legend, factLists } = model.drawing;
  const animate = props.isAnimationActive ?? !reducedMotion;
  // A fixed height is shared between the panels in proportion to their natural heights.
  const scale = height / natural;

  const panelChart = (panel: AidPanel, offset: number, activeIndex: number, setActiveIndex: (index: number) => void) =>
    fitChart(props.width, Math.round(panel.height * scale), (size) => (
      <BarChart {...size} data={panel.bars} margin={AID_PANEL_MARGIN} accessibilityLayer={false}>
        <CartesianGrid vertical={false} {...gridStyle} />
        <XAxis dataKey="period" {...axisStyle} height={panel.axisHeight} interval={panel.periodTicks.step - 1} tick={axisTick(panel.periodTicks.ticks, 'bottom')} />
        <YAxis width={AID_AMOUNT_AXIS_WIDTH} tickFormatter={formatNumber} {...axisStyle} />
        <Bar
          dataKey="value"
          isAnimationActive={animate}
          shape={barMark(activeIndex - offset, (index) => {
            const tone = panel.bars[index]?.tone;
            if (tone === 'unpaid') return { color: 'mark2', hatchId };
            return { color: tone === 'money' ? 'mark3' : 'mark1' };
          })}
          onClick={(_, index) => setActiveIndex(index + offset)}
          onMouseEnter={(_, index) => setActiveIndex(index + offset)}
        >
          <LabelList dataKey="valueText" position="top" fill="var(--vnm-text)" />
        </Bar>
      </BarChart>
    ), setMeasuredWidth);

  return (
    <ChartFrame
      title={model.title}
      description={model.description}
      theme={props.theme}
      className={props.className}
      headingLevel={props.headingLevel}
      sourceLine={model.sourceLine}
      notes={model.notes}
      table={<DataTable table={model.table} />}
    >
      <HatchPattern id={hatchId} />
      <PlotArea
        height={height}
        width={props.width}
        label={`Aid amounts of “${model.title}”`}
        points={bars.map((bar) => ({ key: bar.key, label: bar.announcement }))}
        renderChart={(activeIndex, setActiveIndex) => (
          <>
            {panels.map((panel, i) => (
              <Fragment key={panel.kind}>
                <p className="vnm-panel-title">{panel.title}</p>
                {panelChart(panel, panels.slice(0, i).reduce((sum, before) => sum + before.bars.length, 0), activeIndex, setActiveIndex)}
              </Fragment>
            ))}
          </>
        )}
      />
      {legend === undefined ? null : <p className="vnm-legend">{legend}</p>}
      {factLists.map((list) => (
        <FigureList key={list.heading} list={list} />
      ))}
    </ChartFrame>
  );
}
