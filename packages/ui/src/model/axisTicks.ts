// Axis tick labels laid out by the model, per chart width, with the project's one text-width
// estimate: recharts drops colliding ticks only where it can measure text (a browser, not jsdom),
// so a chart drawn at build time and the same chart drawn in a browser would show different
// ticks, and the narrow build-time drawings overprinted. The model picks the ticks and their
// lines; the chart draws exactly those.
import { estimateTextWidth, wrapText } from './textLayout';

/** Font size of axis tick labels, in pixels. */
export const AXIS_TICK_FONT_SIZE = 13;

/** Line height of a tick label on two lines, in pixels. */
export const AXIS_TICK_LINE_HEIGHT = 15;

/** A tick label takes at most this many lines. */
export const AXIS_TICK_MAX_LINES = 2;

/** Least blank between two tick labels, in pixels. */
export const TICK_LABEL_GAP = 6;

/** Distance from the axis line to its labels: recharts' tick (6 px) and tick margin (2 px). */
export const TICK_TEXT_OFFSET = 8;

/** One tick the model chose, with its label in the lines drawn. */
export interface AxisTickLabel {
  /** The tick's value on the axis: a category's name, or a number. */
  readonly value: string | number;
  /** The label in lines (one, or two for a long category). */
  readonly lines: readonly string[];
}

/** An estimated box of a label in the chart's pixels. */
export interface LabelBox {
  /** The label's text, lines joined by a space. */
  readonly text: string;
  /** Left edge. */
  readonly left: number;
  /** Right edge. */
  readonly right: number;
  /** Top edge. */
  readonly top: number;
  /** Bottom edge. */
  readonly bottom: number;
}

/** Estimated width of a label's widest line at the axis font size, in pixels. */
export function tickLabelWidth(lines: readonly string[]): number {
  return Math.max(0, ...lines.map((line) => estimateTextWidth(line, AXIS_TICK_FONT_SIZE)));
}

/** Pieces of a label a line may end after: words, and a range's first year with its dash ("2000–" / "2012"). */
function breakPieces(label: string): string[] {
  return label.split(/\s+/).flatMap((word) => word.split(/(?<=[–-])(?=\S)/u)).filter((piece) => piece !== '');
}

/**
 * A tick label in lines no wider than `width` pixels: one line when it fits, else broken at
 * spaces or after a dash, at most {@link AXIS_TICK_MAX_LINES}. `undefined` when it cannot fit
 * without cutting a word or a number.
 */
export function tickLabelLines(label: string, width: number): string[] | undefined {
  if (estimateTextWidth(label, AXIS_TICK_FONT_SIZE) <= width) return [label];
  const lines: string[] = [];
  let line = '';
  for (const piece of breakPieces(label)) {
    const joined = line === '' ? piece : line.endsWith('–') || line.endsWith('-') ? `${line}${piece}` : `${line} ${piece}`;
    if (estimateTextWidth(joined, AXIS_TICK_FONT_SIZE) <= width) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    line = piece;
  }
  if (line !== '') lines.push(line);
  const fits = lines.length <= AXIS_TICK_MAX_LINES && lines.every((part) => estimateTextWidth(part, AXIS_TICK_FONT_SIZE) <= width);
  return fits ? lines : undefined;
}

/** The labels of a category axis at a plot width: every `step`-th one drawn, each in its lines. */
export interface CategoryTicks {
  /** Draw every `step`-th category's label, starting with the first (1 draws them all). */
  readonly step: number;
  /** The labels drawn, in axis order. */
  readonly ticks: readonly AxisTickLabel[];
}

/**
 * Labels of a category axis whose categories share `plotWidth` pixels in equal bands, each label
 * centred on its band: all of them when each fits its band (on two lines if it must), else every
 * second, third… label, with the room of that many bands. The last resort is the first label
 * alone, cut to the plot's width.
 */
export function categoryTicks(labels: readonly string[], plotWidth: number): CategoryTicks {
  const band = labels.length === 0 ? plotWidth : plotWidth / labels.length;
  for (let step = 1; step <= Math.max(1, labels.length); step += 1) {
    const shown = labels.filter((_, index) => index % step === 0);
    const lines = shown.map((label) => tickLabelLines(label, step * band - TICK_LABEL_GAP));
    if (lines.every((line) => line !== undefined)) return { step, ticks: shown.map((label, i) => ({ value: label, lines: lines[i] ?? [label] })) };
  }
  const first = labels[0];
  return { step: Math.max(1, labels.length), ticks: first === undefined ? [] : [{ value: first, lines: wrapText(first, plotWidth, AXIS_TICK_FONT_SIZE, AXIS_TICK_MAX_LINES) }] };
}

/** The ticks of a count axis from zero: their values and the axis's end. */
export interface CountTicks {
  /** The axis ends at this value (a multiple of the step, at least the largest count). */
  readonly top: number;
  /** The labels drawn, from zero up. */
  readonly ticks: readonly AxisTickLabel[];
}

/** Least distance between two ticks of a count axis, in pixels, so the grid does not crowd. */
export const MIN_TICK_SPACING = 48;

const NICE_STEPS = [1, 2, 5];

/**
 * Whole-number ticks from zero for a count axis `plotWidth` pixels long whose largest value is
 * `max`: the smallest step of 1, 2 or 5 times a power of ten whose labels keep
 * {@link TICK_LABEL_GAP} apart and ticks at least {@link MIN_TICK_SPACING} apart. `format` writes
 * a value as the label does.
 */
export function countTicks(max: number, plotWidth: number, format: (value: number) => string): CountTicks {
  const largest = Number.isFinite(max) && max > 0 ? max : 1;
  for (let power = 1; ; power *= 10) {
    for (const nice of NICE_STEPS) {
      const step = nice * power;
      const top = Math.ceil(largest / step) * step;
      const values = Array.from({ length: top / step + 1 }, (_, i) => i * step);
      const spacing = (step / top) * plotWidth;
      const widest = tickLabelWidth(values.map(format));
      // A last step as wide as the whole axis always fits: zero and the top at the two ends.
      if ((spacing >= widest + TICK_LABEL_GAP && spacing >= MIN_TICK_SPACING) || values.length <= 2) {
        return { top, ticks: values.map((value) => ({ value, lines: [format(value)] })) };
      }
    }
  }
}

/** Boxes of labels centred under ticks at `centres` (pixels across), their first line's top at `top`. */
export function labelBoxesBelow(ticks: readonly AxisTickLabel[], centres: readonly number[], top: number): LabelBox[] {
  return ticks.map((tick, i) => {
    const half = tickLabelWidth(tick.lines) / 2;
    const centre = centres[i] ?? 0;
    return { text: tick.lines.join(' '), left: centre - half, right: centre + half, top, bottom: top + tick.lines.length * AXIS_TICK_LINE_HEIGHT };
  });
}

/** Boxes of labels ending at `right`, their lines centred on ticks at `middles` (pixels down). */
export function labelBoxesLeft(ticks: readonly AxisTickLabel[], middles: readonly number[], right: number): LabelBox[] {
  return ticks.map((tick, i) => {
    const half = (tick.lines.length * AXIS_TICK_LINE_HEIGHT) / 2;
    const middle = middles[i] ?? 0;
    return { text: tick.lines.join(' '), left: right - tickLabelWidth(tick.lines), right, top: middle - half, bottom: middle + half };
  });
}

/** Pairs of boxes that overlap (sharing an edge is not overlapping), as "a / b" texts. */
export function overlappingLabels(boxes: readonly LabelBox[]): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      if (Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top)) found.push(`${a.text} / ${b.text}`);
    }
  });
  return found;
}
