// The one text-width estimate and line wrapping of the project, with no layout engine: the chart
// models wrap bar labels with it, and the embed sets its SVG cards with it, so a label wraps the
// same way in a browser, in jsdom and in a file that no browser ever measured.

/**
 * Average advance of one character of the charts' sans-serif (Liberation Sans, Arial, system-ui),
 * in ems. English text averages about 0.5 em; 0.56 errs wide, so a line wraps a little early
 * rather than run past its box, bold titles included.
 */
export const AVERAGE_CHARACTER_EM = 0.56;

/** What is put at the end of the last line when text is cut to a number of lines. */
export const ELLIPSIS = '…';

/** Estimated width of `text` set at `fontSize` pixels, in pixels. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * AVERAGE_CHARACTER_EM;
}

/** How many characters fit in `width` pixels at `fontSize` (at least one, so wrapping always advances). */
function charactersPerLine(width: number, fontSize: number): number {
  const fit = Math.floor(width / (fontSize * AVERAGE_CHARACTER_EM));
  return Number.isFinite(fit) && fit >= 1 ? fit : 1;
}

/** Cuts `line` so that it and the ellipsis fit in `limit` characters, at a space where one is near. */
function withEllipsis(line: string, limit: number): string {
  const characters = [...line];
  if (characters.length + 1 <= limit) return `${line}${ELLIPSIS}`;
  const cut = characters.slice(0, Math.max(0, limit - 1)).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length / 2 ? cut.slice(0, space) : cut).trimEnd()}${ELLIPSIS}`;
}

/**
 * Splits `text` into lines whose estimated width at `fontSize` fits `width` pixels: at spaces,
 * and inside a word only when the word alone is longer than a line. With `maxLines`, text that
 * needs more lines is cut on the last one, which ends in an ellipsis. Whitespace runs count as
 * one space; empty text has no lines.
 *
 * @example
 * wrapText('Officers sent (up to January 2020)', 120, 13); // ['Officers sent (up', 'to January 2020)']
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines = Number.POSITIVE_INFINITY): string[] {
  const limit = charactersPerLine(width, fontSize);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if ([...candidate].length <= limit) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    let rest = [...word];
    while (rest.length > limit) {
      lines.push(rest.slice(0, limit).join(''));
      rest = rest.slice(limit);
    }
    line = rest.join('');
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept.length - 1;
  kept[last] = withEllipsis(kept[last] ?? '', limit);
  return kept;
}
