// Some charts (the Timeline) are HTML, not SVG: there is no drawing to copy, and no layout
// engine at build time. For their print and social image we set the figure's text, read from
// the same render, in an SVG of its own: title, description, each group of points, source.
import { customProperties, plainStyleRules, resolveVariables, STANDALONE_FONT_FAMILY, wrapText } from './standaloneSvg';

/** Options of {@link textFigureSvg}. */
export interface TextFigureOptions {
  /** Accessible title and first line. */
  title: string;
  /** Accessible description, set under the title. */
  description: string;
  /** Image width in pixels. */
  width: number;
}

/** Average advance of Liberation Sans, in ems: wide enough that wrapped lines never overflow. */
const AVERAGE_ADVANCE = 0.54;
const PADDING = 24;

interface Block {
  text: string;
  size: number;
  weight: 'normal' | 'bold';
  colour: 'text' | 'textMuted';
  gapBefore: number;
  indent: number;
}

/** The figure's text as blocks: groups of points with their labels when the chart has groups. */
function blocksOf(figure: Element, options: TextFigureOptions): Block[] {
  const blocks: Block[] = [
    { text: options.title, size: 22, weight: 'bold', colour: 'text', gapBefore: 0, indent: 0 },
    { text: options.description, size: 14, weight: 'normal', colour: 'textMuted', gapBefore: 6, indent: 0 },
  ];
  const listbox = figure.querySelector('[role="listbox"]');
  const groups = listbox ? Array.from(listbox.querySelectorAll('[role="group"]')) : [];
  const document = figure.ownerDocument;
  const option = (element: Element): Block => ({
    text: element.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    size: 14,
    weight: 'normal',
    colour: 'text',
    gapBefore: 4,
    indent: 12,
  });
  if (groups.length > 0) {
    for (const group of groups) {
      const labelId = group.getAttribute('aria-labelledby');
      const label = labelId ? document.getElementById(labelId)?.textContent?.trim() : undefined;
      if (label) blocks.push({ text: label, size: 16, weight: 'bold', colour: 'text', gapBefore: 14, indent: 0 });
      for (const element of group.querySelectorAll('[role="option"]')) blocks.push(option(element));
    }
  } else if (listbox) {
    for (const element of listbox.querySelectorAll('[role="option"]')) blocks.push(option(element));
  }
  const source = figure.querySelector('.vnm-source')?.textContent?.trim();
  if (source) blocks.push({ text: source, size: 12, weight: 'normal', colour: 'textMuted', gapBefore: 16, indent: 0 });
  return blocks;
}

/**
 * An SVG document of the figure's text, coloured with the theme in effect where `figure` sits.
 * Text is set with DOM methods, so data stays text.
 */
export function textFigureSvg(figure: Element, options: TextFigureOptions): string {
  const document = figure.ownerDocument;
  const view = document.defaultView;
  if (!view) throw new Error('the figure is not in a window');
  const properties = customProperties(figure, plainStyleRules(document, view));
  const colour = (token: 'text' | 'textMuted' | 'background'): string => {
    const value = resolveVariables(`var(--vnm-${token})`, properties);
    if (value === undefined) throw new Error(`theme token --vnm-${token} is not defined on the chart`);
    return value;
  };
  const namespace = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(namespace, 'svg');
  const titleElement = document.createElementNS(namespace, 'title');
  titleElement.textContent = options.title;
  const descElement = document.createElementNS(namespace, 'desc');
  descElement.textContent = options.description;
  const backdrop = document.createElementNS(namespace, 'rect');
  backdrop.setAttribute('width', '100%');
  backdrop.setAttribute('height', '100%');
  backdrop.setAttribute('fill', colour('background'));
  svg.append(titleElement, descElement, backdrop);

  let y = PADDING;
  for (const block of blocksOf(figure, options)) {
    const lineHeight = Math.round(block.size * 1.35);
    const maxChars = Math.floor((options.width - 2 * PADDING - block.indent) / (block.size * AVERAGE_ADVANCE));
    y += block.gapBefore;
    const text = document.createElementNS(namespace, 'text');
    text.setAttribute('font-size', String(block.size));
    text.setAttribute('fill', colour(block.colour));
    if (block.weight === 'bold') text.setAttribute('font-weight', 'bold');
    for (const line of wrapText(block.text, maxChars)) {
      y += lineHeight;
      const span = document.createElementNS(namespace, 'tspan');
      span.setAttribute('x', String(PADDING + block.indent));
      span.setAttribute('y', String(y - Math.round(lineHeight * 0.25)));
      span.textContent = line;
      text.append(span);
    }
    svg.append(text);
  }
  const height = y + PADDING;
  svg.setAttribute('xmlns', namespace);
  svg.setAttribute('role', 'img');
  svg.setAttribute('width', String(options.width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${String(options.width)} ${String(height)}`);
  svg.setAttribute('font-family', STANDALONE_FONT_FAMILY);
  const serializer = new view.XMLSerializer();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializer.serializeToString(svg)}\n`;
}
