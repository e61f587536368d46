// The card every standalone SVG is: title, description, the chart's panels or its text, and the
// source line under it (an image shared alone must carry its source), on the theme's background.
// Written once for the recharts charts' SVG and the timeline's text SVG. Text is set with DOM
// methods, so data stays text; lines are wrapped by the models' own text layout.
import { wrapText } from '@vn-mediation/ui/model';
import { darkTheme, lightTheme } from '@vn-mediation/ui/theme';
import { keepValidSvgAttributes } from './svgAttributes';

const NAMESPACE = 'http://www.w3.org/2000/svg';

/** Padding around the card's content, in pixels. */
export const CARD_PADDING = 24;

/** Fonts a rasteriser or a print tool will find; the page's `system-ui` means nothing to them. */
export const STANDALONE_FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif";

/** The theme a card is drawn in. */
export type CardTheme = 'light' | 'dark';

/** A paragraph of the card's body. */
export interface CardText {
  /** Draws text. */
  readonly kind: 'text';
  /** The words, wrapped to the card's width. */
  readonly text: string;
  /** Font size in pixels. */
  readonly size: number;
  /** Bold for headings. */
  readonly bold: boolean;
  /** Space above it, in pixels. */
  readonly gapBefore: number;
  /** Indent from the card's left padding, in pixels. */
  readonly indent: number;
}

/** A drawing of the card's body: a chart panel, already standalone (styles inlined). */
export interface CardGraphic {
  /** Draws an SVG. */
  readonly kind: 'graphic';
  /** The panel's `<svg>`, in the document the card is built in. */
  readonly svg: Element;
  /** Its width in pixels. */
  readonly width: number;
  /** Its height in pixels. */
  readonly height: number;
  /** Space above it, in pixels. */
  readonly gapBefore: number;
}

/** What goes between the description and the source line. */
export type CardBlock = CardText | CardGraphic;

/** What a card shows. */
export interface CardContent {
  /** Title: the first line and the SVG's `<title>`. */
  readonly title: string;
  /** Description: set under the title and the SVG's `<desc>`. */
  readonly description: string;
  /** The chart's panels or its text. */
  readonly blocks: readonly CardBlock[];
  /** The source line, set last. */
  readonly source: string;
  /** Width of the content, in pixels (the card adds its padding). */
  readonly contentWidth: number;
  /** Definitions the graphics share (hatch patterns), already standalone. */
  readonly defs?: readonly Element[];
}

const TITLE: Omit<CardText, 'text'> = { kind: 'text', size: 20, bold: true, gapBefore: 0, indent: 0 };
const DESCRIPTION: Omit<CardText, 'text'> = { kind: 'text', size: 14, bold: false, gapBefore: 6, indent: 0 };
const SOURCE: Omit<CardText, 'text'> = { kind: 'text', size: 12, bold: false, gapBefore: 16, indent: 0 };

/** Line height of text at a size, in pixels. */
function lineHeight(size: number): number {
  return Math.round(size * 1.35);
}

/**
 * The card as an SVG document string, in the theme's colours (the ui package's own tokens): a
 * file any viewer, rasteriser or print tool opens with no CSS and no script.
 */
export function cardSvg(document: Document, content: CardContent, theme: CardTheme): string {
  const colours = theme === 'dark' ? darkTheme : lightTheme;
  const view = document.defaultView;
  if (!view) throw new Error('the card’s document has no window');
  const width = content.contentWidth + 2 * CARD_PADDING;
  const svg = document.createElementNS(NAMESPACE, 'svg');
  const element = (name: string, attributes: Readonly<Record<string, string>>, text?: string): Element => {
    const node = document.createElementNS(NAMESPACE, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const defs = element('defs', {});
  defs.append(...(content.defs ?? []));
  svg.append(element('title', {}, content.title), element('desc', {}, content.description), defs, element('rect', { width: '100%', height: '100%', fill: colours.background }));

  let y = CARD_PADDING;
  const setText = (block: CardText, fill: string): void => {
    const height = lineHeight(block.size);
    y += block.gapBefore;
    const text = element('text', { 'font-size': String(block.size), fill, ...(block.bold ? { 'font-weight': 'bold' } : {}) });
    for (const line of wrapText(block.text, content.contentWidth - block.indent, block.size)) {
      y += height;
      // The baseline sits a quarter of a line above the line's bottom.
      text.append(element('tspan', { x: String(CARD_PADDING + block.indent), y: String(y - Math.round(height * 0.25)) }, line));
    }
    svg.append(text);
  };
  setText({ ...TITLE, text: content.title }, colours.text);
  setText({ ...DESCRIPTION, text: content.description }, colours.textMuted);
  for (const block of content.blocks) {
    if (block.kind === 'text') {
      setText(block, colours.text);
      continue;
    }
    y += block.gapBefore;
    for (const [key, value] of Object.entries({ x: CARD_PADDING, y, width: block.width, height: block.height })) block.svg.setAttribute(key, String(value));
    // Axis labels may reach past the plot's box; the card's padding has room for them.
    block.svg.setAttribute('overflow', 'visible');
    svg.append(block.svg);
    y += block.height;
  }
  setText({ ...SOURCE, text: content.source }, colours.textMuted);
  const height = y + CARD_PADDING;
  // No xmlns attribute: the serialiser writes the namespace of an element created in it.
  for (const [key, value] of Object.entries({
    role: 'img',
    width: String(width),
    height: String(height),
    viewBox: `0 0 ${String(width)} ${String(height)}`,
    'font-family': STANDALONE_FONT_FAMILY,
    'font-size': '16',
    fill: colours.text,
    color: colours.text,
  })) {
    svg.setAttribute(key, value);
  }
  keepValidSvgAttributes(svg);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new view.XMLSerializer().serializeToString(svg)}\n`;
}
