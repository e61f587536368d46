import { useId } from 'react';
import type { ReactNode } from 'react';
import { FRAME_CLASS, MODE_ATTRIBUTE, baseCss } from '../theme/themeCss';
import type { ThemeMode } from '../theme/tokens';

/** Heading levels a chart title may take, so it fits the host page's outline. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** The title's heading level when none is given: 2, which follows a page's `h1` without skipping a level. */
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

/** Props of the frame every chart draws inside. */
export interface ChartFrameProps {
  /** Visible title, also the figure's accessible name. */
  title: string;
  /** Text description generated from the data; the figure's accessible description. */
  description: string;
  /** `auto` follows `prefers-color-scheme` and a host's `data-vnm-theme`; `light`/`dark` force one. */
  theme?: ThemeMode;
  /** Extra class on the root `<figure>`. */
  className?: string;
  /** Maximum width of the figure in pixels (default: its container's width). */
  maxWidth?: number;
  /** Level of the title's heading element (default 2; 1 when the chart is the page). */
  headingLevel?: HeadingLevel;
  /** The chart's own stylesheet, appended to the shared one. */
  css?: string;
  /** The source line (articles, footnotes, dataset version), as the chart's model writes it. */
  sourceLine: string;
  /** Our remarks on the data (caveats, derivations), each once, listed under the source line. */
  notes?: readonly string[];
  /** The data table alternative, shown in a disclosure under the chart. */
  table?: ReactNode;
  /** The chart itself, or its empty or error state. */
  children: ReactNode;
}

/**
 * The figure every chart draws inside: title, generated description, chart, data table
 * disclosure, then a caption with the source line (articles, footnotes, dataset version) and notes.
 * Its `<style>` carries the theme, so a server render or an embed needs no stylesheet.
 */
export function ChartFrame({
  title,
  description,
  theme = 'auto',
  className,
  maxWidth,
  headingLevel = DEFAULT_HEADING_LEVEL,
  css = '',
  sourceLine,
  notes = [],
  table,
  children,
}: ChartFrameProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  const Heading = `h${headingLevel}` as const;
  const modeAttribute = { [MODE_ATTRIBUTE]: theme };
  return (
    <figure
      className={className === undefined ? FRAME_CLASS : `${FRAME_CLASS} ${className}`}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      style={maxWidth === undefined ? undefined : { maxWidth }}
      {...modeAttribute}
    >
      <style>{`${baseCss}\n${css}`}</style>
      <Heading id={titleId} className="vnm-title">
        {title}
      </Heading>
      <p id={descriptionId} className="vnm-description">
        {description}
      </p>
      {children}
      {table === undefined ? null : (
        <details className="vnm-table-disclosure">
          <summary>Show the data as a table</summary>
          {table}
        </details>
      )}
      <figcaption className="vnm-caption">
        <p className="vnm-source">{sourceLine}</p>
        {notes.length === 0 ? null : (
          <ul className="vnm-notes" aria-label="Notes">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </figcaption>
    </figure>
  );
}
