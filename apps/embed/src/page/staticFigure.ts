// Adjustments that make the chart's client render right as a static page, done on the
// build-time DOM with DOM methods (text through textContent, never markup from strings).

/** Files of one embed, relative to its page. */
export interface EmbedFiles {
  /** The records shown, as CSV. */
  csv: string;
  /** The records shown, as JSON. */
  json: string;
  /** The chart as a standalone SVG. */
  svg: string;
  /** The chart as PNG. */
  png: string;
  /** The events in TimelineJS's JSON format, for timelines. */
  timelineJs?: string;
}

/** Class of the list of the references the source line's footnotes link to (see sourceLine.ts). */
export const REFERENCES_CLASS = 'vnm-references';

/** Class of the paragraph of download links the build adds to the figure's caption. */
export const DOWNLOADS_CLASS = 'vnm-downloads';

function link(document: Document, href: string, text: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.setAttribute('download', '');
  anchor.textContent = text;
  return anchor;
}

/**
 * Adds the "get the data" and image download links to the end of the figure's caption,
 * where the source line is (a reader looks for both in the same place).
 */
export function addDownloadLinks(figure: Element, files: EmbedFiles): void {
  const document = figure.ownerDocument;
  const caption = figure.querySelector('figcaption') ?? figure;
  const paragraph = document.createElement('p');
  paragraph.className = DOWNLOADS_CLASS;
  paragraph.append(
    'Get the data: ',
    link(document, files.csv, 'CSV'),
    ', ',
    link(document, files.json, 'JSON'),
    ...(files.timelineJs === undefined ? [] : [', ', link(document, files.timelineJs, 'TimelineJS')]),
    '. Download the chart: ',
    link(document, files.svg, 'SVG'),
    ', ',
    link(document, files.png, 'PNG'),
    '.',
  );
  caption.append(paragraph);
}

/**
 * Makes the chart's title the page's level-one heading. The chart renders an `<h2>`–`<h6>`
 * to fit a host page's outline; alone in its page (the iframe) it is the page's main heading,
 * and the headings under it (the argument map's sides and groups) move up with it, so the
 * outline skips no level.
 */
export function makeTitleTopHeading(figure: Element): void {
  const title = figure.querySelector('.vnm-title');
  if (title === null) return;
  const shift = headingLevel(title) - 1;
  title.setAttribute('aria-level', '1');
  if (shift <= 0) return;
  for (const heading of figure.querySelectorAll('h1,h2,h3,h4,h5,h6')) {
    if (heading !== title) heading.setAttribute('aria-level', String(Math.max(2, headingLevel(heading) - shift)));
  }
}

function headingLevel(element: Element): number {
  const level = /^H([1-6])$/.exec(element.tagName.toUpperCase())?.[1];
  return level === undefined ? 1 : Number(level);
}
