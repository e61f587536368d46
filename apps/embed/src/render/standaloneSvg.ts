// Turns the chart's live <svg> (styled by the chart's stylesheet and CSS custom properties) into
// a self-contained SVG file: every colour and font the stylesheet gave it is written onto the
// elements as presentation attributes, so print tools and rasterisers need no CSS at all.

/** Presentation properties worth carrying into a standalone file. */
const PRESENTATION = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'display',
  'color',
] as const;

/** Fonts a rasteriser or a print tool will find; the page's `system-ui` means nothing to them. */
export const STANDALONE_FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif";

/** What a standalone SVG says about itself. */
export interface StandaloneSvgOptions {
  /** Accessible title, written into `<title>`. */
  title: string;
  /** Accessible description, written into `<desc>`. */
  description: string;
  /** The source line, set under the chart. */
  source?: string;
}

/** The style rules that apply outside media queries, in document order. */
export function plainStyleRules(document: Document, view: Window & typeof globalThis): CSSStyleRule[] {
  const rules: CSSStyleRule[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    for (const rule of Array.from(sheet.cssRules)) {
      if (rule instanceof view.CSSStyleRule) rules.push(rule);
    }
  }
  return rules;
}

function matches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    // A selector jsdom cannot parse styles nothing we can inline.
    return false;
  }
}

/** Custom properties in effect on `element`: its ancestors' first, then its own, rule by rule. */
export function customProperties(element: Element, rules: readonly CSSStyleRule[]): Map<string, string> {
  const lineage: Element[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) lineage.unshift(node);
  const values = new Map<string, string>();
  for (const node of lineage) {
    for (const rule of rules) {
      if (!matches(node, rule.selectorText)) continue;
      for (const name of Array.from(rule.style)) {
        if (name.startsWith('--')) values.set(name, rule.style.getPropertyValue(name).trim());
      }
    }
  }
  return values;
}

const VAR_REFERENCE = /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g;

/**
 * Replaces every `var(--x)` / `var(--x, fallback)` in `value` by its value in `properties`,
 * then the fallback. Returns undefined when a reference resolves to nothing, so a missing
 * token fails the build instead of silently drawing black.
 */
export function resolveVariables(value: string, properties: ReadonlyMap<string, string>): string | undefined {
  let unresolved = false;
  let result = value;
  // Values may reference variables that reference variables: resolve until stable.
  for (let depth = 0; depth < 8 && result.includes('var('); depth += 1) {
    result = result.replace(VAR_REFERENCE, (_match, name: string, fallback: string | undefined) => {
      const found = properties.get(name) ?? fallback?.trim();
      if (found === undefined || found === '') {
        unresolved = true;
        return '';
      }
      return found;
    });
  }
  return unresolved || result.includes('var(') ? undefined : result;
}

/** Converts the chart's `font-size` to the unitless pixels SVG attributes want. */
function toPixels(value: string): string {
  const rem = /^([\d.]+)rem$/.exec(value);
  if (rem?.[1]) return String(Number(rem[1]) * 16);
  const px = /^([\d.]+)px$/.exec(value);
  return px?.[1] ?? value;
}

/** `svg` cloned with every stylesheet-driven presentation property written onto its elements. */
function inlinedClone(svg: SVGSVGElement, rules: readonly CSSStyleRule[], properties: ReadonlyMap<string, string>, view: Window & typeof globalThis): SVGSVGElement {
  const clone = svg.cloneNode(true);
  if (!(clone instanceof view.SVGSVGElement)) throw new Error('cloning the chart SVG failed');
  // Match rules against the live tree (ancestors included), write onto the clone's twin.
  const originals = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  const problems: string[] = [];
  originals.forEach((original, index) => {
    const copy = copies[index];
    if (!copy) return;
    const declared = new Map<string, string>();
    for (const rule of rules) {
      if (!matches(original, rule.selectorText)) continue;
      for (const name of PRESENTATION) {
        const value = rule.style.getPropertyValue(name);
        if (value) declared.set(name, value.trim());
      }
    }
    const inline = original.getAttribute('style') ?? '';
    for (const declaration of inline.split(';')) {
      const colon = declaration.indexOf(':');
      if (colon < 0) continue;
      const name = declaration.slice(0, colon).trim();
      if ((PRESENTATION as readonly string[]).includes(name)) declared.set(name, declaration.slice(colon + 1).trim());
    }
    copy.removeAttribute('style');
    for (const [name, value] of declared) copy.setAttribute(name, value);
    for (const attribute of Array.from(copy.attributes)) {
      if (!attribute.value.includes('var(')) continue;
      const resolved = resolveVariables(attribute.value, properties);
      if (resolved === undefined) problems.push(`<${copy.tagName} ${attribute.name}="${attribute.value}">`);
      else copy.setAttribute(attribute.name, resolved);
    }
    const fontSize = copy.getAttribute('font-size');
    if (fontSize) copy.setAttribute('font-size', toPixels(fontSize));
    // Interaction belongs to the page; a file has nothing to focus.
    copy.removeAttribute('tabindex');
  });
  if (problems.length > 0) throw new Error(`unresolved CSS variables in the chart SVG: ${problems.join(', ')}`);
  for (const name of ['role', 'class', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-hidden', 'focusable']) clone.removeAttribute(name);
  for (const old of Array.from(clone.children)) {
    if (old.tagName === 'title' || old.tagName === 'desc') old.remove();
  }
  return clone;
}

/**
 * The chart's SVG as a standalone SVG document string: title above, every recharts panel of the
 * figure (with its panel title) in order, the source line below, on the theme's background;
 * every stylesheet-driven presentation property inlined with its custom properties resolved for
 * the theme in effect where `figure` sits, and the figure's shared `<defs>` (patterns) carried.
 * Throws when a colour cannot be resolved.
 */
export function toStandaloneSvg(figure: Element, options: StandaloneSvgOptions): string {
  const document = figure.ownerDocument;
  const view = document.defaultView;
  if (!view) throw new Error('the chart is not in a window');
  const rules = plainStyleRules(document, view);
  const properties = customProperties(figure, rules);
  const panelSvgs = Array.from(figure.querySelectorAll<SVGSVGElement>('.recharts-wrapper > svg'));
  if (panelSvgs.length === 0) throw new Error('the figure has no chart SVG');
  // SVGs outside the panels hold what the panels share: pattern and gradient definitions.
  const defs = Array.from(figure.querySelectorAll<SVGSVGElement>('svg'))
    .filter((svg) => !svg.closest('.recharts-wrapper'))
    .flatMap((svg) => Array.from(inlinedClone(svg, rules, properties, view).querySelectorAll('defs > *')));
  const panels = panelSvgs.map((svg) => {
    const clone = inlinedClone(svg, rules, properties, view);
    const wrapper = svg.parentElement;
    const previous = wrapper?.previousElementSibling;
    const label = previous?.classList.contains('vnm-panel-title') ? (previous.textContent?.trim() ?? '') : '';
    const width = Number(svg.getAttribute('width') ?? 0);
    const height = Number(svg.getAttribute('height') ?? 0);
    if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${String(width)} ${String(height)}`);
    return { svg: clone, label, width, height };
  });
  const colour = (token: string, fallback: string): string => resolveVariables(`var(--vnm-${token}, ${fallback})`, properties) ?? fallback;
  return composeCard(document, view, panels, defs, {
    ...options,
    colours: { text: colour('text', '#1a1a1a'), muted: colour('textMuted', '#4d4d4d'), background: colour('background', '#ffffff') },
  });
}

const NAMESPACE = 'http://www.w3.org/2000/svg';
const CARD_PADDING = 24;
/** Average advance of Liberation Sans, in ems: wrapped lines stay inside the card. */
const AVERAGE_ADVANCE = 0.54;

/** Splits `text` into lines of at most `maxChars` characters, at spaces where possible. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= maxChars) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (rest.length > maxChars) {
      lines.push(rest.slice(0, maxChars));
      rest = rest.slice(maxChars);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

interface CardLayout extends StandaloneSvgOptions {
  colours: { text: string; muted: string; background: string };
}

interface Panel {
  svg: SVGSVGElement;
  label: string;
  width: number;
  height: number;
}

/** A `<text>` of wrapped lines starting at baseline area `top`; returns it and the height it takes. */
function textBlock(document: Document, text: string, top: number, width: number, size: number, fill: string, bold: boolean): { element: SVGTextElement; height: number } {
  const lineHeight = Math.round(size * 1.3);
  const element = document.createElementNS(NAMESPACE, 'text');
  element.setAttribute('font-size', String(size));
  element.setAttribute('fill', fill);
  if (bold) element.setAttribute('font-weight', 'bold');
  const lines = wrapText(text, Math.max(10, Math.floor(width / (size * AVERAGE_ADVANCE))));
  lines.forEach((line, i) => {
    const span = document.createElementNS(NAMESPACE, 'tspan');
    span.setAttribute('x', String(CARD_PADDING));
    span.setAttribute('y', String(top + (i + 1) * lineHeight - Math.round(lineHeight * 0.25)));
    span.textContent = line;
    element.append(span);
  });
  return { element, height: lines.length * lineHeight };
}

/**
 * The file a reader shares or a designer prints: title above, the chart's panels, and the source
 * line below (a chart image must carry its source), on the theme's background.
 */
function composeCard(document: Document, view: Window & typeof globalThis, panels: readonly Panel[], defs: readonly Element[], layout: CardLayout): string {
  const inner = Math.max(...panels.map((panel) => panel.width));
  const width = inner + 2 * CARD_PADDING;
  const svg = document.createElementNS(NAMESPACE, 'svg');
  const titleElement = document.createElementNS(NAMESPACE, 'title');
  titleElement.textContent = layout.title;
  const descElement = document.createElementNS(NAMESPACE, 'desc');
  descElement.textContent = layout.description;
  const defsElement = document.createElementNS(NAMESPACE, 'defs');
  defsElement.append(...defs);
  const backdrop = document.createElementNS(NAMESPACE, 'rect');
  backdrop.setAttribute('width', '100%');
  backdrop.setAttribute('height', '100%');
  backdrop.setAttribute('fill', layout.colours.background);
  svg.append(titleElement, descElement, defsElement, backdrop);

  let y = CARD_PADDING;
  const heading = textBlock(document, layout.title, y, inner, 20, layout.colours.text, true);
  svg.append(heading.element);
  y += heading.height + 12;
  for (const panel of panels) {
    if (panel.label) {
      const label = textBlock(document, panel.label, y, inner, 14, layout.colours.text, true);
      svg.append(label.element);
      y += label.height + 4;
    }
    panel.svg.setAttribute('x', String(CARD_PADDING));
    panel.svg.setAttribute('y', String(y));
    panel.svg.setAttribute('width', String(panel.width));
    panel.svg.setAttribute('height', String(panel.height));
    // Axis labels may reach past the plot's box; the card's padding has room for them.
    panel.svg.setAttribute('overflow', 'visible');
    svg.append(panel.svg);
    y += panel.height + 12;
  }
  if (layout.source) {
    const source = textBlock(document, layout.source, y, inner, 12, layout.colours.muted, false);
    svg.append(source.element);
    y += source.height;
  }
  const height = y + CARD_PADDING;
  svg.setAttribute('xmlns', NAMESPACE);
  svg.setAttribute('role', 'img');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${String(width)} ${String(height)}`);
  svg.setAttribute('font-family', STANDALONE_FONT_FAMILY);
  svg.setAttribute('font-size', '16');
  svg.setAttribute('fill', layout.colours.text);
  svg.setAttribute('color', layout.colours.text);
  const serializer = new view.XMLSerializer();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializer.serializeToString(svg)}\n`;
}
