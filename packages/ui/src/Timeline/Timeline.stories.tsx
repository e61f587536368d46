import type { Meta, StoryObj } from '@storybook/react-vite';
import { userEvent } from 'storybook/test';
import { timelineEvents } from '@vn-mediation/data/timeline';
import { Timeline } from './Timeline';
import type { TimelineEventShape } from './timelineData';
import { darkThemeState, mobileState } from '../storyStates/chartStoryStates';

// The Error story hands the chart what its types forbid, on purpose.
const malformed: unknown = { events: 'not a list' };

const meta = {
  title: 'Charts/Timeline',
  component: Timeline,
  // Level 2: in a docs page the chart's title follows the page's h1.
  args: { theme: 'auto', layout: 'auto', headingLevel: 2 },
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    layout: { control: 'inline-radio', options: ['auto', 'vertical', 'horizontal'] },
    initialArticle: { control: 'inline-radio', options: ['all', 'iseas-2021-6', 'diplomat-2016'] },
  },
} satisfies Meta<typeof Timeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every event of both articles, eras side by side from 640px. */
export const Default: Story = {};

/** Try every prop from the controls panel. */
export const Playground: Story = {
  args: { title: 'Timeline', headingLevel: 2, eraOptions: { breakAfterYears: 25, maxEventsPerEra: 14 } },
};

/** Only the events with the topic Korean Peninsula, whatever their main topic (the Cold War episodes are history first). */
export const FilterByTopic: Story = { args: { initialTopics: ['korea'] } };

/** Only the events whose own article is The Diplomat (2016). */
export const FilterByArticle: Story = { args: { initialArticle: 'diplomat-2016' } };

/** Forced dark theme, whatever the system asks for. */
export const DarkTheme: Story = darkThemeState;

/** A 360px phone: eras stack vertically. */
export const Mobile: Story = mobileState;

/** A wide page: eras side by side, widths by number of events. */
export const Wide: Story = {
  decorators: [(Story) => <div style={{ width: 1200 }}>{Story()}</div>],
  args: { layout: 'horizontal' },
};

/** No events given: a labelled empty state. */
export const Empty: Story = { args: { data: [] } };

/** Malformed data: a labelled error state (and a console warning in development). */
export const BadData: Story = { name: 'Error (bad data)', args: { data: malformed as readonly TimelineEventShape[] } };

/** Titles and actor lists far longer than the dataset's. */
export const LongLabels: Story = {
  args: {
    data: timelineEvents.slice(0, 8).map((event) => ({
      ...event,
      title: `${event.title} — ${event.title}`,
      actors: [...event.actors, 'A very long name of an organisation that wraps over several lines'],
    })),
  },
};

/** The events list focused, the third event active and its source open. */
export const KeyboardFocus: Story = {
  play: async ({ canvasElement }) => {
    const listbox = canvasElement.querySelector<HTMLElement>('[role="listbox"]');
    listbox?.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{Enter}');
  },
};
