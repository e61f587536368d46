import type { Meta, StoryObj } from '@storybook/react-vite';
import { ArgumentMapChart } from './ArgumentMapChart';
import type { ArgumentItemShape } from '../argument/argumentData';
import { chartArgTypes, darkThemeState, keyboardFocusState, mobileState, wideState } from '../storyStates/chartStoryStates';

// The Error story hands the chart what its types forbid, on purpose: an item whose link names no item.
const malformed: unknown = [
  { id: 'reason-neutrality', kind: 'reason', label: 'neutrality', stance: 'limits', supports: ['nowhere'], sources: [{ article: 'iseas-2021-6', quote: 'neutrality' }] },
];

const meta = {
  title: 'Charts/ArgumentMapChart',
  component: ArgumentMapChart,
  // Level 2: in a docs page the chart's title follows the page's h1.
  args: { theme: 'auto', headingLevel: 2 },
  argTypes: { theme: chartArgTypes.theme, width: chartArgTypes.width },
} satisfies Meta<typeof ArgumentMapChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** iseas-2021-6's case for and against Vietnam as a mediator, meeting in its thesis and recommendations. */
export const Default: Story = {};

/** Try every prop from the controls panel. */
export const Playground: Story = { args: { title: 'ArgumentMapChart', width: 960, headingLevel: 2 } };

/** Forced dark theme, whatever the system asks for. */
export const DarkTheme: Story = darkThemeState;

/** A 360px phone: one column in reading order. */
export const Mobile: Story = mobileState;

/** A wide page: the case for and the case against side by side, meeting in "So". */
export const Wide: Story = wideState;

/** No argument items given: a labelled empty state. */
export const Empty: Story = { args: { data: [] } };

/** Malformed data (a link to no item): a labelled error state naming the item and field (and a console warning in development). */
export const BadData: Story = { name: 'Error (bad data)', args: { data: malformed as readonly ArgumentItemShape[] } };

/** The map focused, its second item announced and outlined, the items it supports outlined too. */
export const KeyboardFocus: Story = keyboardFocusState;
