import { ACTIVE_BAR_ATTRIBUTE } from '../client/enhance/markup';
import { drawingCss } from '../render/drawings';
import { PLAIN_ATTRIBUTE } from '../client/flags';

/** Hides an element visually while keeping it in the accessibility tree. */
const VISUALLY_HIDDEN =
  'position:absolute!important;width:1px!important;height:1px!important;padding:0!important;margin:-1px!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;white-space:nowrap!important;border:0!important';

/** The attribute marking an embed drawn without its interactivity script (the script embed). */
export const STATIC_ATTRIBUTE = 'data-vnm-static';

/**
 * Controls and hints that only work with the chart's script: the timeline's filters and its
 * detail panel, and the keyboard hint under a plot. A static embed hides them rather than show
 * controls that do nothing.
 */
const INTERACTIVE_ONLY = '.vnm-tl-controls,.vnm-tl-detail,.vnm-readout,.vnm-sp-detail';

/** For a page read without JavaScript: goes in a `<noscript>` in the head. */
export const noScriptCss = `${INTERACTIVE_ONLY}{display:none}`;

/**
 * The page's own stylesheet, on top of the one each chart carries: a bare document (the iframe
 * is as tall as its content, so margins would be cut off), the footnotes' references, and the `plain` flag. Plain hides the header and footer from
 * sight only: the title, description and source still name and describe the chart for
 * assistive technology.
 */
export const pageCss = [
  'html,body{margin:0;padding:0}',
  'body{display:flow-root}',
  '.vnm-caption a{color:inherit}',
  // References read as the source line's continuation, set apart from the bulleted notes.
  '.vnm-references{margin:.25rem 0;padding:0;list-style:none}',
  `[${STATIC_ATTRIBUTE}] :is(${INTERACTIVE_ONLY}){display:none}`,
  // The enhancement script marks the active bar; a ring apart from it, as the React chart draws one.
  `.vnm-bar[${ACTIVE_BAR_ATTRIBUTE}]>rect:first-child{outline:3px solid var(--vnm-focus);outline-offset:1.5px}`,
  `[${PLAIN_ATTRIBUTE}] :is(.vnm-title,.vnm-description,.vnm-caption){${VISUALLY_HIDDEN}}`,
].join('\n');

/** The page's stylesheet for a chart drawn at `drawingWidths` (none for an HTML chart): {@link pageCss} and the rules that pick a drawing per width. */
export function pageCssFor(drawingWidths: readonly number[]): string {
  return drawingWidths.length === 0 ? pageCss : `${pageCss}\n${drawingCss(drawingWidths)}`;
}
