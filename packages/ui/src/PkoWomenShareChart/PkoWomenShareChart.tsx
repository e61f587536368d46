import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { pkoFigures } from '@vn-mediation/data/pko';
import { ChartFrame, UnavailableChart, useChartModel } from '../ChartFrame';
import type { ChartCommonProps } from '../ChartFrame';
import { DataTable } from '../DataTable';
import { axisStyle, gridStyle } from '../marks/axisStyle';
import { HatchPattern, barMark, svgSafeId } from '../marks/barMark';
import { labelAbove } from '../marks/labelAbove';
import { LABELLED_BARS_MARGIN } from '../model/labelledBars';
import { PlotArea, fitChart } from '../PlotArea';
import type { PkoFigureShape } from '../pko/pkoData';
import { useReducedMotion } from '../theme/useReducedMotion';
import { shareText, womenShareModel, womenShareReservedHeight } from './womenShareModel';

/** Props of `PkoWomenShareChart`. */
export interface PkoWomenShareChartProps extends ChartCommonProps {
  /** Peacekeeping figures; defaults to `pkoFigures` of `@vn-mediation/data`. Pass a filtered or updated copy freely. */
  data?: readonly PkoFigureShape[];
}

/**
 * Vietnam's share of female officers in UN peacekeeping (the article's "23/166"), set against the UN
 * averages for military contingents and formed police units. The averages are hatched and named,
 * so the comparison never rests on colour alone.
 *
 * @example
 * <PkoWomenShareChart theme="light" />
 */
export function PkoWomenShareChart({ data = pkoFigures, title, description, ...props }: PkoWomenShareChartProps) {
  const hatchId = svgSafeId(useId());
  // Without a fixed width, the labels are wrapped for the width the plot measures.
  const [measuredWidth, setMeasuredWidth] = useState<number | undefined>(undefined);
  const model = useChartModel('PkoWomenShareChart', womenShareModel, data, { title, description, width: props.width ?? measuredWidth });
  const reducedMotion = useReducedMotion();
  const height = props.height ?? womenShareReservedHeight(model);
  if (model.state !== 'ok') return <UnavailableChart {...props} model={model} reservedHeight={height} />;

  const { bars, legend } = model.drawing;
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
      <HatchPattern id={hatchId} />
      <PlotArea
        height={height}
        width={props.width}
        label={`Shares of women in “${model.title}”`}
        points={bars.map((bar) => ({ key: bar.key, label: bar.announcement }))}
        renderChart={(activeIndex, setActiveIndex) =>
          fitChart(props.width, height, (size) => (
            <BarChart {...size} data={bars} layout="vertical" barSize={20} margin={LABELLED_BARS_MARGIN} accessibilityLayer={false}>
              <CartesianGrid horizontal={false} {...gridStyle} />
              <XAxis type="number" domain={[0, 'auto']} tickFormatter={shareText} {...axisStyle} />
              <YAxis type="category" dataKey="key" hide />
              <Bar
                dataKey="value"
                isAnimationActive={animate}
                shape={barMark(activeIndex, (index) => (bars[index]?.isVietnam === true ? { color: 'mark1' } : { color: 'mark5', hatchId }))}
                onClick={(_, index) => setActiveIndex(index)}
                onMouseEnter={(_, index) => setActiveIndex(index)}
              >
                <LabelList dataKey="name" content={labelAbove(bars)} />
                <LabelList dataKey="valueText" position="right" fill="var(--vnm-text)" />
              </Bar>
            </BarChart>
          ), setMeasuredWidth)
        }
      />
      {legend === undefined ? null : <p className="vnm-legend">{legend}</p>}
    </ChartFrame>
  );
}
