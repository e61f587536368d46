import { useId, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import { argumentItems } from '@vn-mediation/data/argument';
import { ChartFrame, UnavailableChart, useChartModel } from '../ChartFrame';
import type { ChartCommonProps, HeadingLevel } from '../ChartFrame';
import { DEFAULT_HEADING_LEVEL } from '../ChartFrame/ChartFrame';
import { DataTable } from '../DataTable';
import { useIsClient } from '../PlotArea/useIsClient';
import { nextPointIndex, POINT_INDEX_ATTRIBUTE } from '../pointNavigation';
import type { ArgumentItemShape } from '../argument/argumentData';
import { argumentMapCss } from './argumentMapCss';
import { argumentMapModel, STANCE_MARKS } from './argumentMapModel';
import type { ArgumentMapDrawing, ArgumentMapItem } from './argumentMapModel';

/** Props of `ArgumentMapChart`. */
export interface ArgumentMapChartProps extends Pick<ChartCommonProps, 'title' | 'description' | 'theme' | 'width' | 'headingLevel' | 'className'> {
  /** Argument items; defaults to `argumentItems` of `@vn-mediation/data`. The map weighs the items of iseas-2021-6; pass a filtered or updated copy freely. */
  data?: readonly ArgumentItemShape[];
}

// An empty or error state keeps about the height of a phone screen's worth of items.
const RESERVED_HEIGHT = 320;

function headingAt(level: HeadingLevel, below: number): `h${HeadingLevel}` {
  const deeper = Math.min(level + below, 6);
  return deeper === 1 ? 'h1' : deeper === 2 ? 'h2' : deeper === 3 ? 'h3' : deeper === 4 ? 'h4' : deeper === 5 ? 'h5' : 'h6';
}

type LinkToActive = 'supports' | 'opposes' | 'supported-by' | 'opposed-by';

// What the tag on a linked item says, from the item's side of the link: words, not only an outline.
const LINK_TAGS: Readonly<Record<LinkToActive, string>> = {
  supports: 'Supported by the focused item',
  opposes: 'Weighed against by the focused item',
  'supported-by': 'Supports the focused item',
  'opposed-by': 'Weighs against the focused item',
};

// How an item is related to the focused one, so the map can show its links without a line per link.
function linkTo(active: ArgumentMapItem | undefined, key: string): LinkToActive | undefined {
  if (active === undefined || active.key === key) return undefined;
  if (active.supports.some((link) => link.key === key)) return 'supports';
  if (active.opposes.some((link) => link.key === key)) return 'opposes';
  if (active.supportedBy.some((link) => link.key === key)) return 'supported-by';
  if (active.opposedBy.some((link) => link.key === key)) return 'opposed-by';
  return undefined;
}

interface ArgumentMapProps {
  drawing: ArgumentMapDrawing;
  headingLevel: HeadingLevel;
}

/** The map itself: a nested list (sides, groups, items), each item a native disclosure of its quotes; one tab stop, arrow keys between items. */
function ArgumentMap({ drawing, headingLevel }: ArgumentMapProps) {
  const id = useId();
  const isClient = useIsClient();
  const root = useRef<HTMLUListElement>(null);
  const [storedIndex, setStoredIndex] = useState(0);
  const [hasFocus, setHasFocus] = useState(false);
  const { items } = drawing;
  // Derived, not synced: when the data shrinks the active item moves to the last one left.
  const activeIndex = Math.min(storedIndex, items.length - 1);
  const active = items[activeIndex];
  const indexOf = new Map(items.map((item, i) => [item.key, i]));
  const summaryId = (index: number) => `${id}-item-${index}`;
  const SideHeading = headingAt(headingLevel, 1);
  const GroupHeading = headingAt(headingLevel, 2);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      // Toggled here rather than left to the browser, so every engine (and jsdom) behaves alike;
      // the default is stopped so the native toggle does not undo ours.
      const details = event.currentTarget.parentElement;
      if (details instanceof HTMLDetailsElement) {
        event.preventDefault();
        details.open = !details.open;
      }
      return;
    }
    const next = nextPointIndex(event.key, activeIndex, items.length);
    if (next === null) return;
    event.preventDefault();
    setStoredIndex(next);
    event.currentTarget.ownerDocument.getElementById(summaryId(next))?.focus();
  };
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const index = Number(event.currentTarget.getAttribute(POINT_INDEX_ATTRIBUTE));
    if (Number.isInteger(index)) setStoredIndex(index);
    setHasFocus(true);
  };
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || root.current === null || !root.current.contains(next)) setHasFocus(false);
  };

  return (
    <>
      <ul className="vnm-am" ref={root}>
        {drawing.columns.map((column) => (
          <li key={column.key} className="vnm-am-side" data-side={column.key}>
            {column.key === 'so' && drawing.columns.length > 1 ? (
              // Decorative: the two sides meeting in "So" at wide widths, one arrow down on a phone.
              <svg className="vnm-am-connector" viewBox="0 0 100 24" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <path className="vnm-am-wide" d="M25 0 C25 14 50 8 50 24 M75 0 C75 14 50 8 50 24" />
                <path className="vnm-am-narrow" d="M50 0 L50 24" />
              </svg>
            ) : null}
            <SideHeading className="vnm-am-side-heading">
              <span className="vnm-am-glyph" aria-hidden="true">
                {column.key === 'for' ? STANCE_MARKS.for.glyph : column.key === 'against' ? STANCE_MARKS.against.glyph : STANCE_MARKS.conclusion.glyph}
              </span>
              {column.heading}
            </SideHeading>
            <ul className="vnm-am-groups">
              {column.groups.map((group) => (
                <li key={group.key} className="vnm-am-group" data-group={group.key}>
                  <GroupHeading className="vnm-am-group-heading">{group.heading}</GroupHeading>
                  <ul className="vnm-am-items">
                    {group.items.map((item) => {
                      const index = indexOf.get(item.key) ?? 0;
                      const linksId = `${id}-links-${index}`;
                      const mark = STANCE_MARKS[item.stance];
                      const linked = hasFocus ? linkTo(active, item.key) : undefined;
                      return (
                        <li key={item.key} className="vnm-am-item" data-stance={item.stance} data-link={linked} data-active={hasFocus && index === activeIndex ? '' : undefined}>
                          {linked === undefined ? null : (
                            // Screen readers hear the links as the focused item's description; this tag is for the eye.
                            <span className="vnm-am-linktag" aria-hidden="true">
                              {LINK_TAGS[linked]}
                            </span>
                          )}
                          <details>
                            <summary
                              id={summaryId(index)}
                              // On the server every summary is a tab stop, so the list works before (or without) hydration; then one tab stop, arrows between.
                              tabIndex={isClient ? (index === activeIndex ? 0 : -1) : undefined}
                              aria-describedby={item.linksText === '' ? undefined : linksId}
                              onKeyDown={onKeyDown}
                              onFocus={onFocus}
                              onBlur={onBlur}
                              {...{ [POINT_INDEX_ATTRIBUTE]: index }}
                            >
                              <span className="vnm-am-badge">
                                <span className="vnm-am-glyph" aria-hidden="true">
                                  <span>{mark.glyph}</span>
                                </span>
                                {mark.word}
                              </span>
                              <span className="vnm-sr-only">: </span>
                              <span className="vnm-am-label">{item.label}</span>
                              <span className="vnm-sr-only">, </span>
                              <span className="vnm-am-kind">{item.kindText}</span>
                            </summary>
                            <div className="vnm-am-body">
                              {item.quotes.map((quote, i) => (
                                <blockquote key={`${i}-${quote.quote}`}>
                                  <p>“{quote.quote}”</p>
                                  <cite>{quote.citation}</cite>
                                </blockquote>
                              ))}
                              {item.supportedBy.length === 0 ? null : <p>Backed by: {item.supportedBy.map((link) => link.label).join('; ')}.</p>}
                              {item.opposedBy.length === 0 ? null : <p>Weighed against by: {item.opposedBy.map((link) => link.label).join('; ')}.</p>}
                            </div>
                          </details>
                          {item.linksText === '' ? null : (
                            <p id={linksId} className="vnm-am-links">
                              {item.linksText}
                            </p>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <p className="vnm-readout" aria-hidden="true">
        {hasFocus && active !== undefined ? active.announcement : 'Tab to the map, then use the arrow keys to move between items; Enter or Space shows an item’s quote.'}
      </p>
    </>
  );
}

/**
 * "The case, weighed": iseas-2021-6's argument as a map. Vietnam's assets and interests (the case
 * for) stand against its challenges and the reasons for a modest role (the case against), and
 * meet in the article's thesis and recommendations (so). It is an HTML nested list (headings per
 * side and group, an item per step with its quotes and footnotes one disclosure away), which is
 * also its screen-reader and no-picture version; words, glyphs and border styles mark for and
 * against besides colour. One tab stop: arrow keys, Home and End walk the items, Enter or Space
 * opens an item's quotes, and the items it supports or opposes are outlined.
 *
 * @example
 * <ArgumentMapChart theme="auto" headingLevel={2} />
 */
export function ArgumentMapChart({ data = argumentItems, title, description, theme, width, headingLevel = DEFAULT_HEADING_LEVEL, className }: ArgumentMapChartProps) {
  const model = useChartModel('ArgumentMapChart', argumentMapModel, data, { title, description });
  if (model.state !== 'ok') return <UnavailableChart model={model} reservedHeight={RESERVED_HEIGHT} theme={theme} className={className} headingLevel={headingLevel} />;
  return (
    <ChartFrame
      title={model.title}
      description={model.description}
      theme={theme}
      className={className}
      maxWidth={width}
      headingLevel={headingLevel}
      css={argumentMapCss}
      sourceLine={model.sourceLine}
      notes={model.notes}
      table={<DataTable table={model.table} />}
    >
      <ArgumentMap drawing={model.drawing} headingLevel={headingLevel} />
    </ChartFrame>
  );
}
