// The timeline's page, enhanced: the events' listbox and the detail panel of the active event with
// its source, from the texts the build wrote into the island from the chart's model. The topic and
// article filters load ./timelineRedraw (the model and its data) the first time a reader uses one.
import type { TimelineModelOptions } from '@vn-mediation/ui/model';
import { element } from './dom';
import { readTimelineDetails, readTimelineText } from './island';
import type { TimelineEventDetail, TimelineText } from './island';
import { enhanceListbox } from './listbox';
import { LISTBOX_SELECTOR } from './markup';

/** The timeline's part of the page's JSON island. */
export interface TimelineIsland {
  /** The events, when the embed does not draw the default dataset. */
  data: unknown;
  /** The model's options: title, description override, era options. */
  options: TimelineModelOptions;
  /** Topics ticked at first (undefined: every topic). */
  initialTopics: readonly string[] | undefined;
  /** Article shown at first. */
  initialArticle: string;
  /** Topic values in the order of the page's checkboxes. */
  topics: readonly string[];
  /** The detail panel's text of each event the page shows at first. */
  details: readonly TimelineEventDetail[];
  /** The timeline's fixed wording. */
  text: TimelineText;
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item): item is string => typeof item === 'string') ? value : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function numbers(value: unknown): Record<string, number> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}

/** The timeline's part of the island, or what is wrong with it (which field, why). */
export type TimelineIslandResult = { ok: true; island: TimelineIsland } | { ok: false; problem: string };

/** Reads the timeline's part of the island (its props and the build's texts). */
export function readTimelineIsland(props: Readonly<Record<string, unknown>>, extra: Readonly<Record<string, unknown>>): TimelineIslandResult {
  const details = readTimelineDetails(extra.details);
  const topics = strings(extra.topics);
  const wording = readTimelineText(extra.text);
  if (details === undefined) return { ok: false, problem: 'enhance.details is not a list of { title, detailText, quotes, notes }' };
  if (topics === undefined) return { ok: false, problem: 'enhance.topics is not a list of strings' };
  if (wording === undefined) return { ok: false, problem: 'enhance.text lacks one of the timeline’s texts' };
  const island: TimelineIsland = {
    data: props.data,
    options: { title: text(props.title), description: text(props.description), eraOptions: numbers(props.eraOptions) },
    initialTopics: strings(props.initialTopics),
    initialArticle: text(props.initialArticle) ?? 'all',
    topics,
    details,
    text: wording,
  };
  return { ok: true, island };
}

function detailOf(wording: TimelineText, event: TimelineEventDetail | undefined, sourceId: string, sourceOpen: boolean, toggle: () => void): Node[] {
  if (event === undefined) return [element('p', {}, [wording.detailHint])];
  const button = element('button', { type: 'button', 'aria-expanded': String(sourceOpen), 'aria-controls': sourceId }, [
    sourceOpen ? wording.hideSource : wording.showSource,
  ]);
  button.addEventListener('click', toggle);
  const source = element(
    'div',
    { id: sourceId, class: 'vnm-tl-source' },
    event.quotes.map((quote) =>
      element('blockquote', {}, [element('p', {}, [quote.quote]), element('p', {}, [quote.lead, element('cite', {}, [quote.work]), quote.rest])]),
    ),
  );
  if (event.notes.length > 0) source.append(element('ul', { 'aria-label': wording.eventNotes }, event.notes.map((note) => element('li', {}, [note]))));
  source.hidden = !sourceOpen;
  return [element('p', {}, [element('strong', {}, [event.title])]), element('p', {}, [event.detailText]), button, source];
}

/** Makes the timeline in `content` interactive; returns what is missing when the page holds no timeline's markup. */
export function enhanceTimeline(content: Element, island: TimelineIsland): string | undefined {
  const listbox = content.querySelector(`.vnm-tl-list${LISTBOX_SELECTOR}`);
  const detail = content.querySelector('.vnm-tl-detail');
  const count = content.querySelector('.vnm-tl-count');
  if (!(listbox instanceof HTMLElement)) return 'the page has no timeline listbox (.vnm-tl-list)';
  if (!(detail instanceof HTMLElement)) return 'the page has no detail panel (.vnm-tl-detail)';
  if (count === null) return 'the page has no event count (.vnm-tl-count)';
  // Redrawn options keep the ids' pattern of the build's (`<prefix>-point-<n>`), under a prefix of their own.
  const prefix = `${listbox.querySelector('[role="option"]')?.id.replace(/-point-\d+$/, '') ?? 'vnm-tl'}-live`;
  const sourceId = `${prefix}-source`;
  let details: readonly TimelineEventDetail[] = island.details;
  let sourceOpen = false;
  let ticked = island.initialTopics;
  let article = island.initialArticle;

  const showDetail = (): void => {
    detail.replaceChildren(
      ...detailOf(island.text, details[navigation.active()], sourceId, sourceOpen, () => {
        sourceOpen = !sourceOpen;
        showDetail();
      }),
    );
  };
  const navigation = enhanceListbox(listbox, {
    onActive: () => showDetail(),
    onActivate: () => {
      sourceOpen = !sourceOpen;
      showDetail();
    },
  });

  // Filters change in the order the reader changes them, even while the model is still loading.
  let pending = Promise.resolve();
  const redraw = (change: (toggleTopic: (topics: readonly string[], current: readonly string[] | undefined, topic: string, on: boolean) => string[]) => void): void => {
    pending = pending.then(async () => {
      const { filteredModel, redrawTimeline, toggleTopic } = await import('./timelineRedraw');
      change(toggleTopic);
      const model = filteredModel(island.data, { ...island.options, topics: ticked, article });
      if (model.state !== 'ok') return;
      redrawTimeline({ content, listbox, detail, count, prefix }, model);
      details = model.drawing.events;
      navigation.refresh();
      showDetail();
    });
  };

  const checkboxes = Array.from(content.querySelectorAll('.vnm-tl-controls fieldset input[type="checkbox"]')).filter(
    (input): input is HTMLInputElement => input instanceof HTMLInputElement,
  );
  checkboxes.forEach((checkbox, i) => {
    const topic = island.topics[i];
    if (topic === undefined) return;
    checkbox.addEventListener('change', () => {
      const on = checkbox.checked;
      redraw((toggleTopic) => {
        ticked = toggleTopic(island.topics, ticked, topic, on);
      });
    });
  });
  const select = content.querySelector('.vnm-tl-controls select');
  if (select instanceof HTMLSelectElement) {
    select.addEventListener('change', () => {
      const chosen = select.value;
      redraw(() => {
        article = chosen;
      });
    });
  }
  return undefined;
}
