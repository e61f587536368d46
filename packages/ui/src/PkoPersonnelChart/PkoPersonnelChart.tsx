import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { pkoFigures } from '@vn-mediation/data/pko';
import { ChartFrame, UnavailableChart, useChartData } from '../ChartFrame';
import type { ChartCommonProps } from '../ChartFrame';
import { DataTable } from '../DataTable';
import { figureColumns } from '../DataTable/figureColumns';
import { FigureList, figureSentence } from '../FigureList';
import { axisStyle, gridStyle } from '../marks/axisStyle';
import { barMark } from '../marks/barMark';
import { labelAbove } from '../marks/labelAbove';
import { PlotArea, fitChart } from '../PlotArea';
import { checkPkoFigures } from '../pko/pkoData';
import type { PkoFigureShape } from '../pko/pkoData';
import { formatNumber } from '@vn-mediation/data/format';
import { useReducedMotion } from '../theme/useReducedMotion';
import { describePkoPersonnel, personnelBarName, pkoPersonnelView } from './pkoPersonnelLayout';

/** Props of `PkoPersonnelChart`. */
export interface PkoPersonnelChartProps extends ChartCommonProps {
  /** Peacekeeping figures; defaults to `pkoFigures` of `@vn-mediation/data`. Pass a filtered or updated copy freely. */
  data?: readonly PkoFigureShape[];
}

const DEFAULT_TITLE = 'Vietnam’s UN peacekeepers by type, with the date of each figure';
const ROW_HEIGHT = 64;

/**
 * Vietnam's UN peacekeeping personnel by type (officers, medical personnel, engineers ready…),
 * each bar named with the as-of date the article gives; field hospitals and the start of
 * deployments listed beside it, since they count something else.
 *
 * @example
 * <PkoPersonnelChart width={600} isAnimationActive={false} />
 */
export function PkoPersonnelChart({ data = pkoFigures, title = DEFAULT_TITLE, ...props }: PkoPersonnelChartProps) {
  const state = useChartData('PkoPersonnelChart', data, checkPkoFigures, pkoPersonnelView, 'no personnel figure (personnel-sent or personnel-ready, in persons) in the data');
  const reducedMotion = useReducedMotion();
  const rowsShown = state.kind === 'ok' ? state.view.personnel.length : 5;
  const height = props.height ?? rowsShown * ROW_HEIGHT + 48;
  if (state.kind !== 'ok') return <UnavailableChart {...props} title={title} kind={state.kind} problems={state.problems} reservedHeight={height} />;

  const { view } = state;
  const names = view.personnel.map(personnelBarName);
  const rows = view.personnel.map((figure, i) => ({ key: figure.id, name: names[i] ?? figure.label, value: figure.value }));
  const shown = [...view.personnel, ...view.hospitals, ...view.start];
  const animate = props.isAnimationActive ?? !reducedMotion;
  return (
    <ChartFrame
      title={title}
      description={props.description ?? describePkoPersonnel(view)}
      theme={props.theme}
      className={props.className}
      headingLevel={props.headingLevel}
      sources={shown.flatMap((figure) => figure.sources)}
      notes={shown.flatMap((figure) => figure.notes ?? [])}
      table={<DataTable caption={`Data of “${title}”`} columns={figureColumns} rows={shown} rowKey={(figure) => figure.id} />}
    >
      <PlotArea
        height={height}
        width={props.width}
        label={`Personnel figures of “${title}”`}
        points={view.personnel.map((figure) => ({ key: figure.id, label: figureSentence(figure) }))}
        renderChart={(activeIndex, setActiveIndex) =>
          fitChart(props.width, height, (size) => (
            <BarChart {...size} data={rows} layout="vertical" barSize={20} margin={{ top: 28, right: 56, bottom: 8, left: 8 }} accessibilityLayer={false}>
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
                <LabelList dataKey="name" content={labelAbove(names)} />
                <LabelList dataKey="value" position="right" fill="var(--vnm-text)" formatter={(value) => (typeof value === 'number' ? formatNumber(value) : value)} />
              </Bar>
            </BarChart>
          ))
        }
      />
      <FigureList heading="Field hospitals" figures={view.hospitals} />
      <FigureList heading="Deployments" figures={view.start} />
    </ChartFrame>
  );
}
