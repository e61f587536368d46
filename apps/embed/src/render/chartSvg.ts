// Turns the chart's live panels (recharts' <svg>s, styled by the chart's stylesheet and CSS custom
// properties) into standalone SVG: every colour and font the stylesheet gave them is written onto
// the elements as presentation attributes, so print tools and rasterisers need no CSS at all.
// The panels are found through the ui package's own markup (`.vnm-plot-graphic`), never recharts'.
import type { EmbedModel } from '../model/chartModels';
import { panelTitles } from '../model/chartModels';
import { cardSvg } from './card';
import type { CardBlock, CardTheme } from './card';

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

/** The outermost `<svg>`s under `root`: a panel's own drawing, not an SVG nested inside one. */
function outermostSvgs(root: Element): SVGSVGElement[] {
  return Array.from(root.querySelectorAll<SVGSVGElement>('svg')).filter((svg) => svg.parentElement?.closest('svg') === null);
}

/** Class of the box a chart draws its marks in (PlotArea's), the one place panels are looked for. */
export const PLOT_GRAPHIC_SELECTOR = '.vnm-plot-graphic';

/**
 * The chart of `figure` as a standalone SVG card in `theme`: its panels (each under its title from
 * the model) with every stylesheet-driven presentation property inlined and its custom properties
 * resolved for the theme in effect where `figure` sits, the figure's shared `<defs>` (patterns)
 * carried, and the model's title, description and source line around them. Throws when the
 * figure has no panel or a colour cannot be resolved.
 */
export function chartCardSvg(figure: Element, model: EmbedModel, theme: CardTheme, contentWidth: number): string {
  const document = figure.ownerDocument;
  const view = document.defaultView;
  if (!view) throw new Error('the chart is not in a window');
  const rules = plainStyleRules(document, view);
  const properties = customProperties(figure, rules);
  const graphic = figure.querySelector(PLOT_GRAPHIC_SELECTOR);
  const panelSvgs = graphic === null ? [] : outermostSvgs(graphic);
  if (panelSvgs.length === 0) throw new Error(`${model.title}: the figure has no chart SVG under ${PLOT_GRAPHIC_SELECTOR}`);
  // SVGs outside the plot hold what the panels share: pattern and gradient definitions.
  const defs = outermostSvgs(figure)
    .filter((svg) => !svg.closest(PLOT_GRAPHIC_SELECTOR))
    .flatMap((svg) => Array.from(inlinedClone(svg, rules, properties, view).querySelectorAll('defs > *')));
  const titles = panelTitles(model);
  const blocks: CardBlock[] = panelSvgs.flatMap((svg, i): CardBlock[] => {
    const clone = inlinedClone(svg, rules, properties, view);
    const width = Number(svg.getAttribute('width') ?? 0);
    const height = Number(svg.getAttribute('height') ?? 0);
    if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${String(width)} ${String(height)}`);
    const title = titles[i];
    const graphicBlock: CardBlock = { kind: 'graphic', svg: clone, width, height, gapBefore: title === undefined ? 12 : 4 };
    return title === undefined ? [graphicBlock] : [{ kind: 'text', text: title, size: 14, bold: true, gapBefore: 12, indent: 0 }, graphicBlock];
  });
  return cardSvg(document, { title: model.title, description: model.description, blocks, source: model.sourceLine, contentWidth, defs }, theme);
}
