import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { partnershipFigures } from '@vn-mediation/data/partnerships';
import { ChartFrame, UnavailableChart, useChartModel } from '../ChartFrame';
import type { ChartCommonProps } from '../ChartFrame';
import { DataTable } from '../DataTable';
import { FigureList } from '../FigureList';
import { axisTick } from '../marks/axisTick';
import { axisStyle, gridStyle } from '../marks/axisStyle';
import { barMark } from '../marks/barMark';
import { PlotArea, fitChart } from '../PlotArea';
import { useReducedMotion } from '../theme/useReducedMotion';
import type { PartnershipFigureShape } from './partnershipData';
import { PARTNERSHIP_COUNT_AXIS_HEIGHT, PARTNERSHIP_MARGIN, partnershipModel, partnershipReservedHeight } from './partnershipModel';

/** Props of `PartnershipTierChart`. */
export interface PartnershipTierChartProps extends ChartCommonProps {
  /** Partnership figures; defaults to `partnershipFigures` of `@vn-mediation/data`. Pass a filtered or updated copy freely. */
  data?: readonly PartnershipFigureShape[];
}

/**
 * Vietnam's partnerships by tier (comprehensive strategic, strategic, comprehensive) as bars,
 * with the number of diplomatic relations and the Lowy Institute Global Diplomacy Index ranks
 * given as context beside them rather than on the same axis.
 *
 * @example
 * <PartnershipTierChart theme="dark" />
 */
export function PartnershipTierChart({ data = partnershipFigures, title, description, ...props }: PartnershipTierChartProps) {
  // Without a fixed width, the names and counts are laid out for the width the plot measures.
  const [measuredWidth, setMeasuredWidth] = useState<number | undefined>(undefined);
  const model = useChartModel('PartnershipTierChart', partnershipModel, data, { title, description, width: props.width ?? measuredWidth });
  const reducedMotion = useReducedMotion();
  const height = props.height ?? partnershipReservedHeight(model);
  if (model.state !== 'ok') return <UnavailableChart {...props} model={model} reservedHeight={height} />;

  const { bars, factLists, nameColumnWidth, nameTicks, countAxis } = model.drawing;
  const animate = props.isAnimationActive ?? !reducedMotion;
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
      <PlotArea
        height={height}
        width={props.width}
        label={`Partnership tiers of “${model.title}”`}
        points={bars.map((bar) => ({ key: bar.key, label: bar.announcement }))}
        renderChart={(activeIndex, setActiveIndex) =>
          fitChart(props.width, height, (size) => (
            <BarChart {...size} data={bars} layout="vertical" margin={PARTNERSHIP_MARGIN} accessibilityLayer={false}>
              <CartesianGrid horizontal={false} {...gridStyle} />
              <XAxis
                type="number"
                domain={[0, countAxis.top]}
                ticks={countAxis.ticks.map((tick) => Number(tick.value))}
                interval={0}
                height={PARTNERSHIP_COUNT_AXIS_HEIGHT}
                {...axisStyle}
                tick={axisTick(countAxis.ticks, 'bottom')}
              />
              <YAxis type="category" dataKey="name" width={nameColumnWidth} interval={0} {...axisStyle} tick={axisTick(nameTicks, 'left')} />
              <Bar
                dataKey="value"
                isAnimationActive={animate}
                shape={barMark(activeIndex, () => ({ color: 'mark1' }))}
                onClick={(_, index) => setActiveIndex(index)}
                onMouseEnter={(_, index) => setActiveIndex(index)}
              >
                <LabelList dataKey="valueText" position="right" fill="var(--vnm-text)" />
              </Bar>
            </BarChart>
          ), setMeasuredWidth)
        }
      />
      {factLists.map((list) => (
        <FigureList key={list.heading} list={list} />
      ))}
    </ChartFrame>
  );
}
