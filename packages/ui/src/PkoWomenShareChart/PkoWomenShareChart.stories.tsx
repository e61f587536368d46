import type { Meta, StoryObj } from '@storybook/react-vite';
import { pkoFigures } from '@vn-mediation/data/pko';
import { PkoWomenShareChart } from './PkoWomenShareChart';
import type { PkoFigureShape } from '../pko/pkoData';
import { chartArgTypes, darkThemeState, keyboardFocusState, mobileState, wideState } from '../storyStates/chartStoryStates';

// The Error story hands the chart what its types forbid, on purpose.
const malformed: unknown = [{ id: 'broken', value: Number.NaN }];

const meta = {
  title: 'Charts/PkoWomenShareChart',
  component: PkoWomenShareChart,
  // Level 2: in a docs page the chart's title follows the page's h1.
  args: { theme: 'auto', isAnimationActive: false, headingLevel: 2 },
  argTypes: chartArgTypes,
} satisfies Meta<typeof PkoWomenShareChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Vietnam’s share of female officers against the UN averages. */
export const Default: Story = {};

/** Try every prop from the controls panel. */
export const Playground: Story = { args: { title: 'PkoWomenShareChart', width: 640, headingLevel: 2 } };

/** Forced dark theme, whatever the system asks for. */
export const DarkTheme: Story = darkThemeState;

/** A 360px phone. */
export const Mobile: Story = mobileState;

/** A wide page. */
export const Wide: Story = wideState;

/** No figures given: a labelled empty state that keeps the chart's height. */
export const Empty: Story = { args: { data: [] } };

/** Malformed data: a labelled error state (and a console warning in development). */
export const BadData: Story = { name: 'Error (bad data)', args: { data: malformed as readonly PkoFigureShape[] } };

/** Labels far longer than the dataset's. */
export const LongLabels: Story = {
  args: { data: pkoFigures.map((figure) => ({ ...figure, personnelType: figure.personnelType === undefined ? undefined : `${figure.personnelType}-of-a-much-longer-kind-than-the-dataset-has` })) },
};

/** The chart focused, its second data point announced and outlined. */
export const KeyboardFocus: Story = keyboardFocusState;
