import type { Meta, StoryObj } from '@storybook/react-vite';
import { aidFigures } from '@vn-mediation/data/aid';
import { DprkAidChart } from './DprkAidChart';
import type { AidFigureShape } from './aidData';
import { chartArgTypes, darkThemeState, keyboardFocusState, mobileState, wideState } from '../storyStates/chartStoryStates';

// The Error story hands the chart what its types forbid, on purpose.
const malformed: unknown = [{ id: 'broken', value: Number.NaN }];

const meta = {
  title: 'Charts/DprkAidChart',
  component: DprkAidChart,
  // Level 2: in a docs page the chart's title follows the page's h1.
  args: { theme: 'auto', isAnimationActive: false, headingLevel: 2 },
  argTypes: chartArgTypes,
} satisfies Meta<typeof DprkAidChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Rice and money in separate panels; the unpaid rice of 1996 hatched. */
export const Default: Story = {};

/** Try every prop from the controls panel. */
export const Playground: Story = { args: { title: 'DprkAidChart', width: 640, headingLevel: 2 } };

/** Forced dark theme, whatever the system asks for. */
export const DarkTheme: Story = darkThemeState;

/** A 360px phone. */
export const Mobile: Story = mobileState;

/** A wide page. */
export const Wide: Story = wideState;

/** No figures given: a labelled empty state that keeps the chart's height. */
export const Empty: Story = { args: { data: [] } };

/** Malformed data: a labelled error state (and a console warning in development). */
export const BadData: Story = { name: 'Error (bad data)', args: { data: malformed as readonly AidFigureShape[] } };

/** Labels far longer than the dataset's. */
export const LongLabels: Story = {
  args: { data: aidFigures.map((figure) => ({ ...figure, commodity: `${figure.commodity}-and-other-goods-with-a-long-name` })) },
};

/** The chart focused, its second data point announced and outlined. */
export const KeyboardFocus: Story = keyboardFocusState;
