// The attributes a standalone SVG may carry on each element, from the SVG 1.1 / SVG 2 element
// definitions (geometry) and the presentation attributes. recharts passes its props through to
// the DOM (`angle`, `orientation`, `width` on a <line>, `offset` on a <text>…) and React leaves
// `tabindex` and `data-*`: valid to a browser's HTML parser, not to an SVG viewer. A file keeps
// only what its elements define.

const NAMESPACE = 'http://www.w3.org/2000/svg';

/** Presentation attributes (SVG 2 §6.6), valid on every element that renders or groups. */
const PRESENTATION: readonly string[] = [
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-dashoffset',
  'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style',
  'text-anchor', 'dominant-baseline', 'paint-order', 'visibility', 'display', 'color', 'clip-path', 'clip-rule', 'mask',
  'overflow', 'shape-rendering', 'text-rendering', 'letter-spacing', 'word-spacing', 'text-decoration', 'vector-effect',
];

/** Attributes every element may carry. */
const CORE: readonly string[] = ['id', 'class'];

/** Attributes of a shape or group that draws: core, presentation and its transform. */
const DRAWN: readonly string[] = [...CORE, ...PRESENTATION, 'transform'];

/** Valid attributes by element name. */
export const SVG_ATTRIBUTES: Readonly<Record<string, ReadonlySet<string>>> = {
  svg: new Set([...DRAWN, 'xmlns', 'x', 'y', 'width', 'height', 'viewBox', 'preserveAspectRatio', 'role']),
  g: new Set(DRAWN),
  defs: new Set(CORE),
  title: new Set(CORE),
  desc: new Set(CORE),
  line: new Set([...DRAWN, 'x1', 'y1', 'x2', 'y2']),
  rect: new Set([...DRAWN, 'x', 'y', 'width', 'height', 'rx', 'ry']),
  path: new Set([...DRAWN, 'd']),
  circle: new Set([...DRAWN, 'cx', 'cy', 'r']),
  ellipse: new Set([...DRAWN, 'cx', 'cy', 'rx', 'ry']),
  polyline: new Set([...DRAWN, 'points']),
  polygon: new Set([...DRAWN, 'points']),
  text: new Set([...DRAWN, 'x', 'y', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust']),
  tspan: new Set([...CORE, ...PRESENTATION, 'x', 'y', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust']),
  clipPath: new Set([...CORE, 'transform', 'clipPathUnits']),
  pattern: new Set([...CORE, ...PRESENTATION, 'x', 'y', 'width', 'height', 'patternUnits', 'patternContentUnits', 'patternTransform', 'viewBox', 'preserveAspectRatio']),
};

/**
 * Removes from `root` and its descendants every attribute their element does not define, and
 * every element that is not an SVG element this file format knows (it would not render anyway).
 */
export function keepValidSvgAttributes(root: Element): void {
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    const allowed = element.namespaceURI === NAMESPACE ? SVG_ATTRIBUTES[element.localName] : undefined;
    if (allowed === undefined) {
      element.remove();
      continue;
    }
    for (const attribute of Array.from(element.attributes)) {
      if (!allowed.has(attribute.name)) element.removeAttribute(attribute.name);
    }
  }
}
