import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@vn-mediation/data/format';
import { pkoFigures } from '@vn-mediation/data/pko';
import { ChartFrame, UnavailableChart, useChartModel } from '../ChartFrame';
import type { ChartCommonProps } from '../ChartFrame';
import { DataTable } from '../DataTable';
import { FigureList } from '../FigureList';
import { axisStyle, gridStyle } from '../marks/axisStyle';
import { barMark } from '../marks/barMark';
import { labelAbove } from '../marks/labelAbove';
import { LABELLED_BARS_MARGIN } from '../model/labelledBars';
import { PlotArea, fitChart } from '../PlotArea';
import type { PkoFigureShape } from '../pko/pkoData';
import { useReducedMotion } from '../theme/useReducedMotion';
import { pkoPersonnelModel, pkoPersonnelReservedHeight } from './pkoPersonnelModel';

/** Props of `PkoPersonnelChart`. */
export interface PkoPersonnelChartProps extends ChartCommonProps {
  /** Peacekeeping figures; defaults to `pkoFigures` of `@vn-mediation/data`. Pass a filtered or updated copy freely. */
  data?: readonly PkoFigureShape[];
}

/**
 * Vietnam's UN peacekeeping personnel by type (officers, medical personnel, engineers ready…),
 * each bar named with the as-of date the article gives; field hospitals and the start of
 * deployments listed beside it, since they count something else. Everything but the marks comes
 * from `pkoPersonnelModel`.
 *
 * @example
 * <PkoPersonnelChart width={600} isAnimationActive={false} />
 */
export function PkoPersonnelChart({ data = pkoFigures, title, description, ...props }: PkoPersonnelChartProps) {
  // Without a fixed width, the labels are wrapped for the width the plot measures.
  const [measuredWidth, setMeasuredWidth] = useState<number | undefined>(undefined);
  const model = useChartModel('PkoPersonnelChart', pkoPersonnelModel, data, { title, description, width: props.width ?? measuredWidth });
  const reducedMotion = useReducedMotion();
  const height = props.height ?? pkoPersonnelReservedHeight(model);
  if (model.state !== 'ok') return <UnavailableChart {...props} model={model} reservedHeight={height} />;

  const { bars, factLists } = model.drawing;
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
        label={`Personnel figures of “${model.title}”`}
        points={bars.map((bar) => ({ key: bar.key, label: bar.announcement }))}
        renderChart={(activeIndex, setActiveIndex) =>
          fitChart(props.width, height, (size) => (
            <BarChart {...size} data={bars} layout="vertical" barSize={20} margin={LABELLED_BARS_MARGIN} accessibilityLayer={false}>
              <CartesianGrid horizontal={false} {...gridStyle} />
              <XAxis type="number" allowDecimals={false} tickFormatter={formatNumber} {...axisStyle} />
              <YAxis type="category" dataKey="key" hide />
              <Bar
                dataKey="value"
                isAnimationActive={animate}
                shape={barMark(activeIndex, () => ({ color: 'mark1' }))}
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
      {factLists.map((list) => (
        <FigureList key={list.heading} list={list} />
      ))}
    </ChartFrame>
  );
}
