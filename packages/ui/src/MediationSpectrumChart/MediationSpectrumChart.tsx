import { useId } from 'react';
import type { CSSProperties } from 'react';
import { argumentItems } from '@vn-mediation/data/argument';
import { ChartFrame, UnavailableChart, useChartModel } from '../ChartFrame';
import type { ChartCommonProps } from '../ChartFrame';
import type { ArgumentItemShape } from '../argument/argumentData';
import { DataTable } from '../DataTable';
import { POINT_INDEX_ATTRIBUTE, usePointNavigation } from '../pointNavigation';
import { spectrumCss } from './spectrumCss';
import { mediationSpectrumModel, SPECTRUM_RESERVED_HEIGHT } from './spectrumModel';
import type { SpectrumDrawing, SpectrumLayout, SpectrumPoint } from './spectrumModel';

/** Props of `MediationSpectrumChart`. */
export interface MediationSpectrumChartProps extends Pick<ChartCommonProps, 'title' | 'description' | 'theme' | 'headingLevel' | 'className'> {
  /** Argument items; defaults to `argumentItems` of `@vn-mediation/data`. Pass a filtered or updated copy freely. */
  data?: readonly ArgumentItemShape[];
  /** Fixed width in pixels: the rows lie along the axis from 560px, stacked below. Default: the container's width decides. */
  width?: number;
  /** `auto` (default): along the axis where the chart is 560px wide or more, stacked below; or force one. */
  layout?: SpectrumLayout;
}

// Grid positions travel as custom properties, so the stylesheet can turn a row down the page.
type Placed = CSSProperties & Partial<Record<'--vnm-sp-at' | '--vnm-sp-from' | '--vnm-sp-to' | '--vnm-sp-count', number>>;

/**
 * The spectrum of third-party engagement as the ISEAS article lays it out: the third-party roles
 * and Touval and Zartman's mediation strategies, each ranked from the least to the most engaged,
 * with a "start here" span over the items the article's conclusions point at, the reasons for
 * starting there, and the places it names to begin. Drawn in HTML: it server-renders whole, and
 * its labels wrap instead of shrinking. One tab stop: arrow keys walk the items, each announced
 * with its rank and quote.
 *
 * @example
 * <MediationSpectrumChart theme="auto" headingLevel={2} />
 */
export function MediationSpectrumChart({ data = argumentItems, title, description, width, layout, ...props }: MediationSpectrumChartProps) {
  const model = useChartModel('MediationSpectrumChart', mediationSpectrumModel, data, { title, description, width });
  if (model.state !== 'ok') return <UnavailableChart {...props} model={model} reservedHeight={SPECTRUM_RESERVED_HEIGHT} />;
  return (
    <ChartFrame
      title={model.title}
      description={model.description}
      theme={props.theme}
      className={props.className}
      headingLevel={props.headingLevel}
      maxWidth={width}
      css={spectrumCss}
      sourceLine={model.sourceLine}
      notes={model.notes}
      table={<DataTable table={model.table} />}
    >
      <SpectrumView drawing={model.drawing} title={model.title} layout={layout ?? model.drawing.layout} />
    </ChartFrame>
  );
}

interface SpectrumViewProps {
  drawing: SpectrumDrawing;
  title: string;
  layout: SpectrumLayout;
}

function SpectrumView({ drawing, title, layout }: SpectrumViewProps) {
  const id = useId();
  const { activeIndex, listboxProps, optionId } = usePointNavigation(drawing.points.length);
  const active = drawing.points[activeIndex];
  // Each option's name is the model's announcement: label, rank, and the quote, said in one go.
  const option = (point: SpectrumPoint) => ({
    id: optionId(point.pointIndex),
    role: 'option' as const,
    'aria-label': point.announcement,
    'aria-selected': point.pointIndex === activeIndex,
    [POINT_INDEX_ATTRIBUTE]: point.pointIndex,
  });
  return (
    <div className="vnm-sp" data-layout={layout}>
      <div className="vnm-sp-axis" aria-hidden="true">
        <span>{drawing.ends.least}</span>
        <span className="vnm-sp-axis-line" />
        <span>{drawing.ends.most}</span>
      </div>
      <p className="vnm-sp-axis-down" aria-hidden="true">{`↓ From ${drawing.ends.least.toLowerCase()} to ${drawing.ends.most.toLowerCase()}`}</p>
      <div {...listboxProps} aria-label={`Items of “${title}”, from the least to the most engaged`} className="vnm-sp-list">
        {drawing.rows.map((row) => {
          const track: Placed = { '--vnm-sp-count': row.marks.length };
          return (
            <div key={row.kind} role="group" aria-labelledby={`${id}-${row.kind}`} className="vnm-sp-row" data-kind={row.kind}>
              <span id={`${id}-${row.kind}`} className="vnm-sp-row-heading">
                {row.heading}
              </span>
              <div className="vnm-sp-track" style={track}>
                {row.startSpans.map(([from, to]) => {
                  const span: Placed = { '--vnm-sp-from': from, '--vnm-sp-to': to + 1 };
                  return (
                    <span key={`${from}-${to}`} className="vnm-sp-start" style={span} aria-hidden="true">
                      <span className="vnm-sp-start-label">Start here</span>
                    </span>
                  );
                })}
                {row.marks.map((mark) => {
                  const place: Placed = { '--vnm-sp-at': mark.position };
                  return (
                    <div key={mark.key} {...option(mark)} className="vnm-sp-mark" style={place} data-start={mark.isStart} data-held-back={mark.heldBackBy.length > 0}>
                      <span className="vnm-sp-dot" />
                      <span className="vnm-sp-rank">{mark.position}</span>
                      <span className="vnm-sp-label">
                        {mark.name}
                        {mark.isStart ? (
                          <span className="vnm-sp-tag vnm-sp-tag-start" aria-hidden="true">
                            start here
                          </span>
                        ) : null}
                        {mark.heldBackBy.length > 0 ? (
                          <span className="vnm-sp-tag" aria-hidden="true">
                            advised against
                          </span>
                        ) : null}
                      </span>
                    </div>
                  );
                })}
              </div>
            </div>
          );
        })}
        {drawing.alignmentNote === undefined ? null : (
          <p className="vnm-sp-note" aria-hidden="true">
            {drawing.alignmentNote}
          </p>
        )}
        <div className="vnm-sp-sections">
          {drawing.start.length === 0 ? null : (
            <div role="group" aria-labelledby={`${id}-start`} className="vnm-sp-section" data-section="start">
              <span id={`${id}-start`} className="vnm-sp-section-heading">
                Start here
              </span>
              {drawing.start.map((marker) => (
                <div key={marker.key} {...option(marker)} className="vnm-sp-item">
                  <span className="vnm-sp-item-kind">{`The article’s ${marker.kindText}`}</span>
                  {marker.quote === undefined ? marker.name : <q>{marker.quote.quote}</q>}
                </div>
              ))}
            </div>
          )}
          {drawing.reasons.length === 0 ? null : (
            <div role="group" aria-labelledby={`${id}-reasons`} className="vnm-sp-section" data-section="reasons">
              <span id={`${id}-reasons`} className="vnm-sp-section-heading">
                {drawing.reasons.length === 1 ? 'Why: the reason' : `Why: ${drawing.reasons.length} reasons`}
              </span>
              {drawing.reasons.map((reason, i) => (
                <div key={reason.key} {...option(reason)} className="vnm-sp-item">
                  <span className="vnm-sp-item-kind">{`Reason ${i + 1}`}</span>
                  {reason.name}
                </div>
              ))}
            </div>
          )}
          {drawing.arenas.length === 0 ? null : (
            <div role="group" aria-labelledby={`${id}-arenas`} className="vnm-sp-section" data-section="arenas">
              <span id={`${id}-arenas`} className="vnm-sp-section-heading">
                Where to begin
              </span>
              {drawing.arenas.map((arena) => (
                <div key={arena.key}>
                  <span className="vnm-sp-arena" aria-hidden="true">
                    {arena.name}
                  </span>
                  {arena.items.map((item) => (
                    <div key={item.key} {...option(item)} className="vnm-sp-item">
                      {item.name}
                    </div>
                  ))}
                </div>
              ))}
            </div>
          )}
        </div>
      </div>
      <div className="vnm-sp-detail" aria-hidden="true">
        {active === undefined ? (
          <p>Tab to the spectrum and use the arrow keys, or click an item, to read its rank and the article’s words.</p>
        ) : (
          <>
            <p className="vnm-sp-item-kind">{active.heading}</p>
            <p>
              <strong>{active.name}</strong>
            </p>
            {active.quotes.map((quote) => (
              <blockquote key={quote.quote}>
                <p>{`“${quote.quote}”`}</p>
                <p>{`— ${quote.citation}`}</p>
              </blockquote>
            ))}
          </>
        )}
      </div>
    </div>
  );
}
