import { SPECTRUM_SPREAD_MIN_WIDTH } from './spectrumModel';

// Marks and spans are placed by custom properties (`--vnm-sp-at`, `--vnm-sp-from`, `--vnm-sp-to`)
// rather than inline grid positions, so one stylesheet lays a row along the axis when the chart is
// wide and down the page when it is narrow: the text never shrinks, the layout turns.
const SPREAD_RULES: readonly (readonly [string, string])[] = [
  ['.vnm-sp-axis', 'display:flex'],
  ['.vnm-sp-axis-down', 'display:none'],
  ['.vnm-sp-track', 'grid-template-columns:repeat(var(--vnm-sp-count),minmax(0,1fr));padding-top:1.9rem'],
  ['.vnm-sp-track::before', 'left:0;right:0;top:calc(1.9rem + .4rem + 6px);bottom:auto;width:auto;height:2px'],
  ['.vnm-sp-mark', 'grid-row:1;grid-column:var(--vnm-sp-at);flex-direction:column;align-items:center;text-align:center;gap:.2rem;padding:.4rem .25rem .5rem'],
  ['.vnm-sp-start', 'grid-row:1;grid-column:var(--vnm-sp-from)/var(--vnm-sp-to);margin-top:-1.9rem;justify-content:flex-start'],
  ['.vnm-sp-sections', 'grid-template-columns:repeat(3,minmax(0,1fr))'],
  ['.vnm-sp-start-label', 'display:block'],
  ['.vnm-sp-tag-start', 'display:none'],
];

/** The spread rules under a layout selector. */
function spreadUnder(scope: string): string {
  return SPREAD_RULES.map(([selector, declarations]) => `${scope} ${selector}{${declarations}}`).join('');
}

/** The mediation spectrum's own styles: rows along one axis from 560px of chart width, stacked below. */
export const spectrumCss = [
  `.vnm-sp-axis{align-items:center;gap:.5rem;margin:0 0 .5rem;font-size:.875rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em}`,
  `.vnm-sp-axis-line{flex:1;height:2px;background:var(--vnm-text);position:relative}`,
  `.vnm-sp-axis-line::after{content:"";position:absolute;right:-2px;top:-5px;border:6px solid transparent;border-left:9px solid var(--vnm-text);border-right:0}`,
  `.vnm-sp-axis-down{margin:0 0 .5rem;font-size:.875rem;font-weight:700}`,
  `.vnm-sp-list{display:flex;flex-direction:column;gap:.75rem;padding:.25rem;border-radius:4px}`,
  `.vnm-sp-list:focus{outline:none}`,
  `.vnm-sp-list:focus-visible{outline:3px solid var(--vnm-focus);outline-offset:2px}`,
  `.vnm-sp-row-heading,.vnm-sp-section-heading{display:block;font-weight:700;margin:0 0 .25rem}`,
  `.vnm-sp-track{display:grid;position:relative;gap:.25rem}`,
  // The row's line, behind the dots: horizontal along the axis, vertical when stacked.
  `.vnm-sp-track::before{content:"";position:absolute;background:var(--vnm-border);left:calc(.5rem + 6px);top:0;bottom:0;width:2px}`,
  `.vnm-sp-mark{grid-row:var(--vnm-sp-at);grid-column:1;display:flex;flex-direction:row;align-items:baseline;gap:.5rem;position:relative;z-index:1;padding:.35rem .5rem;border-radius:6px;cursor:pointer;min-width:0}`,
  `.vnm-sp-mark[aria-selected="true"],.vnm-sp-item[aria-selected="true"]{box-shadow:inset 0 0 0 2px var(--vnm-focus);background:var(--vnm-surface)}`,
  `.vnm-sp-dot{flex:none;width:14px;height:14px;border-radius:50%;background:var(--vnm-sp-colour);border:2px solid var(--vnm-sp-colour);align-self:center}`,
  `.vnm-sp-mark[data-held-back="true"] .vnm-sp-dot{background:var(--vnm-background);border-style:dashed;border-color:var(--vnm-mark2)}`,
  `.vnm-sp-rank{font-size:.8rem;color:var(--vnm-textMuted);font-variant-numeric:tabular-nums}`,
  `.vnm-sp-label{font-size:.9rem;font-weight:600;overflow-wrap:anywhere;hyphens:auto}`,
  `.vnm-sp-tag{display:block;font-size:.8rem;color:var(--vnm-textMuted)}`,
  // Stacked, a span's label would sit on its first mark's label: each mark says "start here" instead.
  `.vnm-sp-start-label{display:none}`,
  `.vnm-sp-tag-start{color:var(--vnm-text);font-weight:700;text-transform:uppercase;letter-spacing:.04em}`,
  `.vnm-sp-row[data-kind="role"]{--vnm-sp-colour:var(--vnm-mark1)}`,
  `.vnm-sp-row[data-kind="strategy"]{--vnm-sp-colour:var(--vnm-mark4)}`,
  // The "start here" span sits behind the marks it covers, tinted, with its own label.
  `.vnm-sp-start{grid-column:1;grid-row:var(--vnm-sp-from)/var(--vnm-sp-to);border:2px solid var(--vnm-mark3);border-radius:8px;background:color-mix(in srgb,var(--vnm-mark3) 18%,transparent);position:relative;z-index:0;padding:.2rem .5rem;font-size:.8rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;display:flex;justify-content:flex-end;align-items:flex-start}`,
  `.vnm-sp-note{margin:0;font-size:.875rem;color:var(--vnm-textMuted)}`,
  `.vnm-sp-sections{display:grid;gap:.75rem 1.25rem;grid-template-columns:minmax(0,1fr);margin-top:.25rem}`,
  `.vnm-sp-section{display:flex;flex-direction:column;gap:.25rem;min-width:0;border-top:3px solid var(--vnm-border);padding-top:.4rem}`,
  `.vnm-sp-section[data-section="start"]{border-top-color:var(--vnm-mark3)}`,
  `.vnm-sp-item{display:block;padding:.3rem .5rem;border-radius:6px;cursor:pointer;font-size:.9rem}`,
  `.vnm-sp-item-kind{display:block;font-size:.8rem;color:var(--vnm-textMuted)}`,
  `.vnm-sp-item q{font-style:italic}`,
  `.vnm-sp-arena{display:block;font-size:.8rem;font-weight:700;color:var(--vnm-textMuted);margin:.35rem 0 0 .5rem}`,
  `.vnm-sp-detail{margin-top:.75rem;padding:.75rem;border:1px solid var(--vnm-border);border-radius:4px;background:var(--vnm-surface)}`,
  `.vnm-sp-detail p{margin:0 0 .35rem}`,
  `.vnm-sp-detail blockquote{margin:.5rem 0;padding-left:.75rem;border-left:3px solid var(--vnm-border)}`,
  `.vnm-sp-axis{display:none}`,
  spreadUnder('.vnm-sp[data-layout="spread"]'),
  `@container (min-width: ${SPECTRUM_SPREAD_MIN_WIDTH}px){${spreadUnder('.vnm-sp[data-layout="auto"]')}}`,
].join('\n');
