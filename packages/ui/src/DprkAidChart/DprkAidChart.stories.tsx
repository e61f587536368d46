import type { Meta, StoryObj } from '@storybook/react-vite';
import { userEvent } from 'storybook/test';
import { aidFigures } from '@vn-mediation/data/aid';
import { DprkAidChart } from './DprkAidChart';
import type { AidFigureShape } from './aidData';

// The Error story hands the chart what its types forbid, on purpose.
const malformed: unknown = [{ id: 'broken', value: Number.NaN }];

const meta = {
  title: 'Charts/DprkAidChart',
  component: DprkAidChart,
  // Level 2: in a docs page the chart's title follows the page's h1.
  args: { theme: 'auto', isAnimationActive: false, headingLevel: 2 },
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    width: { control: { type: 'number', min: 240, max: 1200 } },
    height: { control: { type: 'number', min: 120, max: 800 } },
    // Stories keep animation off for stable screenshots; Storybook's boolean toggle also fails
    // axe colour contrast on docs pages, so the control is left out.
    isAnimationActive: { control: false },
  },
} satisfies Meta<typeof DprkAidChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Rice and money in separate panels; the unpaid rice of 1996 hatched. */
export const Default: Story = {};

/** Try every prop from the controls panel. */
export const Playground: Story = { args: { title: 'DprkAidChart', width: 640, headingLevel: 2 } };

/** Forced dark theme, whatever the system asks for. */
export const DarkTheme: Story = { args: { theme: 'dark' } };

/** A 360px phone. */
export const Mobile: Story = {
  // The real viewport, not a narrow wrapper, so the page's media and container queries apply.
  globals: { viewport: { value: 'mobile360' } },
};

/** A wide page. */
export const Wide: Story = {
  decorators: [(Story) => <div style={{ width: 1100 }}>{Story()}</div>],
};

/** No figures given: a labelled empty state that keeps the chart's height. */
export const Empty: Story = { args: { data: [] } };

/** Malformed data: a labelled error state (and a console warning in development). */
export const BadData: Story = { name: 'Error (bad data)', args: { data: malformed as readonly AidFigureShape[] } };

/** Labels far longer than the dataset's. */
export const LongLabels: Story = {
  args: { data: aidFigures.map((figure) => ({ ...figure, commodity: `${figure.commodity}-and-other-goods-with-a-long-name` })) },
};

/** The chart focused, its second data point announced and outlined. */
export const KeyboardFocus: Story = {
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLElement>('[role="listbox"]')?.focus();
    await userEvent.keyboard('{ArrowRight}');
  },
};
