// The timeline's filters, loaded the first time a reader changes one: the chart's model (the same
// function the build and the React chart call) and its dataset, and the redrawing of the events,
// the count, the description and the table from the model it returns.
import { timelineEvents } from '@vn-mediation/data/timeline';
import { CHART_STATUS_LABELS, cssVar, timelineModel } from '@vn-mediation/ui/model';
import type { ModelTable, TimelineDrawing, TimelineModel, TimelineModelEvent, TimelineModelOptions } from '@vn-mediation/ui/model';
import { POINT_INDEX_ATTRIBUTE } from '@vn-mediation/ui/navigation';
import { element } from './dom';

export { toggleTopic } from '@vn-mediation/ui/model';

/** The parts of the page a redraw replaces. */
export interface TimelineParts {
  /** The figure's content. */
  content: Element;
  /** The events' listbox. */
  listbox: HTMLElement;
  /** The detail panel. */
  detail: HTMLElement;
  /** The live region with the count of events shown. */
  count: Element;
  /** Prefix of the ids of the options drawn. */
  prefix: string;
}

/** The timeline's model for the reader's filters: the island's data, or the default dataset. */
export function filteredModel(data: unknown, options: TimelineModelOptions): TimelineModel {
  return timelineModel(data ?? timelineEvents, options);
}

function eventOption(event: TimelineModelEvent, id: string, index: number): HTMLElement {
  const date =
    event.dateTime === undefined
      ? element('span', { class: 'vnm-tl-date' }, [event.dateText])
      : element('time', { class: 'vnm-tl-date', datetime: event.dateTime }, [event.dateText]);
  const option = element('div', { id, role: 'option', 'aria-label': event.announcement, 'aria-selected': 'false', class: 'vnm-tl-event', [POINT_INDEX_ATTRIBUTE]: String(index) }, [
    date,
    element('span', {}, [`${event.title}.`]),
    element('span', { class: 'vnm-tl-meta' }, [event.metaText]),
  ]);
  option.style.borderLeftColor = cssVar(event.colorToken);
  return option;
}

function eraGroups(drawing: TimelineDrawing, prefix: string): HTMLElement[] {
  let index = 0;
  return drawing.eras.map((era) => {
    const labelId = `${prefix}-era-${era.key}`;
    const group = element('div', { role: 'group', 'aria-labelledby': labelId, class: 'vnm-tl-era' });
    group.style.flexGrow = String(era.events.length);
    if (era.gapText !== undefined) group.append(element('span', { class: 'vnm-tl-break', 'aria-hidden': 'true' }, [era.gapText]));
    group.append(element('span', { id: labelId, class: 'vnm-tl-era-label' }, [era.label]));
    for (const event of era.events) {
      group.append(eventOption(event, `${prefix}-point-${String(index)}`, index));
      index += 1;
    }
    return group;
  });
}

function tableRows(table: ModelTable): HTMLElement[] {
  const [first, ...rest] = table.columns;
  return table.rows.map((row) =>
    element('tr', {}, [
      ...(first === undefined ? [] : [element('th', { scope: 'row', 'data-align': first.align }, [row.cells[0] ?? ''])]),
      ...rest.map((column, i) => element('td', { 'data-align': column.align }, [row.cells[i + 1] ?? ''])),
    ]),
  );
}

/**
 * Redraws what the filters change from `model`, as the React chart renders it: the events in
 * their eras (or the empty state), the count its live region announces, the description, the table.
 */
export function redrawTimeline(parts: TimelineParts, model: TimelineModel): void {
  if (model.state !== 'ok') return;
  const { content, listbox, detail, count, prefix } = parts;
  const { drawing } = model;
  count.textContent = drawing.countText;
  const description = content.querySelector('.vnm-description');
  if (description) description.textContent = model.description;
  content.querySelector('.vnm-table tbody')?.replaceChildren(...tableRows(model.table));
  listbox.replaceChildren(...eraGroups(drawing, prefix));
  const empty = drawing.events.length === 0;
  // Not `hidden`: the chart's stylesheet sets the list's display, which would override it.
  listbox.style.display = empty ? 'none' : '';
  detail.style.display = empty ? 'none' : '';
  content.querySelector('.vnm-tl-empty')?.remove();
  if (empty) {
    listbox.before(
      element('div', { role: 'status', 'aria-label': CHART_STATUS_LABELS.empty, class: 'vnm-state vnm-tl-empty', 'data-state': 'empty' }, [
        element('p', {}, [element('strong', {}, [`${CHART_STATUS_LABELS.empty}.`]), ` ${drawing.noMatchMessage}`]),
      ]),
    );
  }
}
