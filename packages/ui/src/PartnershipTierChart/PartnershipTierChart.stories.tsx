import type { Meta, StoryObj } from '@storybook/react-vite';
import { partnershipFigures } from '@vn-mediation/data/partnerships';
import { PartnershipTierChart } from './PartnershipTierChart';
import type { PartnershipFigureShape } from './partnershipData';
import { chartArgTypes, darkThemeState, keyboardFocusState, mobileState, wideState } from '../storyStates/chartStoryStates';

// The Error story hands the chart what its types forbid, on purpose.
const malformed: unknown = [{ id: 'broken', value: Number.NaN }];

const meta = {
  title: 'Charts/PartnershipTierChart',
  component: PartnershipTierChart,
  // Level 2: in a docs page the chart's title follows the page's h1.
  args: { theme: 'auto', isAnimationActive: false, headingLevel: 2 },
  argTypes: chartArgTypes,
} satisfies Meta<typeof PartnershipTierChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The tiers, with relations and index ranks as context. */
export const Default: Story = {};

/** Try every prop from the controls panel. */
export const Playground: Story = { args: { title: 'PartnershipTierChart', width: 640, headingLevel: 2 } };

/** Forced dark theme, whatever the system asks for. */
export const DarkTheme: Story = darkThemeState;

/** A 360px phone. */
export const Mobile: Story = mobileState;

/** A wide page. */
export const Wide: Story = wideState;

/** No figures given: a labelled empty state that keeps the chart's height. */
export const Empty: Story = { args: { data: [] } };

/** Malformed data: a labelled error state (and a console warning in development). */
export const BadData: Story = { name: 'Error (bad data)', args: { data: malformed as readonly PartnershipFigureShape[] } };

/** Labels far longer than the dataset's. */
export const LongLabels: Story = {
  args: { data: partnershipFigures.map((figure) => ({ ...figure, label: `${figure.label}, a label much longer than any in the dataset` })) },
};

/** The chart focused, its second data point announced and outlined. */
export const KeyboardFocus: Story = keyboardFocusState;
