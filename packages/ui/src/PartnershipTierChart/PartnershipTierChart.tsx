import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { partnershipFigures } from '@vn-mediation/data/partnerships';
import { ChartFrame, UnavailableChart, useChartData } from '../ChartFrame';
import type { ChartCommonProps } from '../ChartFrame';
import { DataTable } from '../DataTable';
import { figureColumns } from '../DataTable/figureColumns';
import { FigureList, figureSentence } from '../FigureList';
import { axisStyle, gridStyle } from '../marks/axisStyle';
import { barMark } from '../marks/barMark';
import { PlotArea, fitChart } from '../PlotArea';
import { useReducedMotion } from '../theme/useReducedMotion';
import { checkPartnershipFigures } from './partnershipData';
import type { PartnershipFigureShape } from './partnershipData';
import { describePartnerships, partnershipView, tierWords } from './partnershipLayout';

/** Props of `PartnershipTierChart`. */
export interface PartnershipTierChartProps extends ChartCommonProps {
  /** Partnership figures; defaults to `partnershipFigures` of `@vn-mediation/data`. Pass a filtered or updated copy freely. */
  data?: readonly PartnershipFigureShape[];
}

const DEFAULT_TITLE = 'Vietnam’s partnerships by tier';

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Vietnam's partnerships by tier (comprehensive strategic, strategic, comprehensive) as bars,
 * with the number of diplomatic relations and the Lowy Institute Global Diplomacy Index ranks
 * given as context beside them rather than on the same axis.
 *
 * @example
 * <PartnershipTierChart theme="dark" />
 */
export function PartnershipTierChart({ data = partnershipFigures, title = DEFAULT_TITLE, ...props }: PartnershipTierChartProps) {
  const state = useChartData('PartnershipTierChart', data, checkPartnershipFigures, partnershipView, 'no partnership-tier figure in the data');
  const reducedMotion = useReducedMotion();
  const tiersShown = state.kind === 'ok' ? state.view.tiers.length : 3;
  const height = props.height ?? Math.max(140, tiersShown * 52 + 56);
  if (state.kind !== 'ok') return <UnavailableChart {...props} title={title} kind={state.kind} problems={state.problems} reservedHeight={height} />;

  const { view } = state;
  const rows = view.tiers.map((figure) => ({ key: figure.id, name: capitalise(tierWords(figure.tier ?? 'comprehensive')), value: figure.value }));
  const context = [...(view.relations === undefined ? [] : [view.relations]), ...view.ranks];
  const animate = props.isAnimationActive ?? !reducedMotion;
  return (
    <ChartFrame
      title={title}
      description={props.description ?? describePartnerships(view)}
      theme={props.theme}
      className={props.className}
      headingLevel={props.headingLevel}
      sources={[...view.tiers, ...context].flatMap((figure) => figure.sources)}
      notes={[...view.tiers, ...context].flatMap((figure) => figure.notes ?? [])}
      table={<DataTable caption={`Data of “${title}”`} columns={figureColumns} rows={[...view.tiers, ...context]} rowKey={(figure) => figure.id} />}
    >
      <PlotArea
        height={height}
        width={props.width}
        label={`Partnership tiers of “${title}”`}
        points={view.tiers.map((figure, i) => ({ key: figure.id, label: figureSentence(figure, rows[i]?.name ?? figure.label) }))}
        renderChart={(activeIndex, setActiveIndex) =>
          fitChart(props.width, height, (size) => (
            <BarChart {...size} data={rows} layout="vertical" margin={{ top: 8, right: 48, bottom: 8, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid horizontal={false} {...gridStyle} />
              <XAxis type="number" allowDecimals={false} {...axisStyle} />
              <YAxis type="category" dataKey="name" width={170} {...axisStyle} />
              <Bar
                dataKey="value"
                isAnimationActive={animate}
                shape={barMark(activeIndex, () => ({ color: 'mark1' }))}
                onClick={(_, index) => setActiveIndex(index)}
                onMouseEnter={(_, index) => setActiveIndex(index)}
              >
                <LabelList dataKey="value" position="right" fill="var(--vnm-text)" />
              </Bar>
            </BarChart>
          ))
        }
      />
      <FigureList heading="Context" figures={context} />
    </ChartFrame>
  );
}
