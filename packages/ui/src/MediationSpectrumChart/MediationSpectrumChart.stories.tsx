import type { Meta, StoryObj } from '@storybook/react-vite';
import { argumentItems } from '@vn-mediation/data/argument';
import type { ArgumentItemShape } from '../argument/argumentData';
import { chartArgTypes, darkThemeState, keyboardFocusState, mobileState, wideState } from '../storyStates/chartStoryStates';
import { MediationSpectrumChart } from './MediationSpectrumChart';

// The Error story hands the chart what its types forbid, on purpose.
const malformed: unknown = [{ id: 'good-offices', kind: 'role', label: 'good offices', stance: 'context', engagement: 'lowest', sources: [] }];

const meta = {
  title: 'Charts/MediationSpectrumChart',
  component: MediationSpectrumChart,
  // Level 2: in a docs page the chart's title follows the page's h1.
  args: { theme: 'auto', layout: 'auto', headingLevel: 2 },
  argTypes: {
    theme: chartArgTypes.theme,
    width: chartArgTypes.width,
    layout: { control: 'inline-radio', options: ['auto', 'spread', 'stacked'] },
  },
} satisfies Meta<typeof MediationSpectrumChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The roles and strategies from the least to the most engaged, the start the article marks, its reasons and places. */
export const Default: Story = {};

/** Try every prop from the controls panel. */
export const Playground: Story = { args: { title: 'MediationSpectrumChart', width: 720, headingLevel: 2 } };

/** Forced dark theme, whatever the system asks for. */
export const DarkTheme: Story = darkThemeState;

/** A 360px phone: the rows stack, least engaged at the top, and no text shrinks. */
export const Mobile: Story = mobileState;

/** A wide page. */
export const Wide: Story = wideState;

/** The chart focused, its second item made active and announced. */
export const KeyboardFocus: Story = keyboardFocusState;

/** The roles alone: one row, so no word about how two rows line up. */
export const RolesOnly: Story = { args: { data: argumentItems.filter((item) => item.kind !== 'strategy') } };

/** No role or strategy in the data: a labelled empty state that keeps the chart's height. */
export const Empty: Story = { args: { data: argumentItems.filter((item) => item.kind === 'reason') } };

/** Malformed data: a labelled error state naming the record and field (and a console warning in development). */
export const BadData: Story = { name: 'Error (bad data)', args: { data: malformed as readonly ArgumentItemShape[] } };
