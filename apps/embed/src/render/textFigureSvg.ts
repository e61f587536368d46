// Some charts (the Timeline) are HTML, not SVG: there is no drawing to copy. Their print and
// social image is the card set with the model's text: each era's heading and its events.
import type { ChartModelBase } from '@vn-mediation/ui/model';
import { cardSvg } from './card';
import type { CardBlock, CardTheme } from './card';

/** One group of the text card: a heading and its lines (an era and its events). */
export interface TextGroup {
  /** The group's heading. */
  readonly heading: string;
  /** One line of text per item, in order. */
  readonly lines: readonly string[];
}

/** The card of a chart drawn as text: title, description, each group and its lines, source line. */
export function textCardSvg(document: Document, model: Pick<ChartModelBase, 'title' | 'description' | 'sourceLine'>, groups: readonly TextGroup[], theme: CardTheme, contentWidth: number): string {
  const blocks = groups.flatMap((group): CardBlock[] => [
    { kind: 'text', text: group.heading, size: 16, bold: true, gapBefore: 14, indent: 0 },
    ...group.lines.map((line): CardBlock => ({ kind: 'text', text: line, size: 14, bold: false, gapBefore: 4, indent: 12 })),
  ]);
  return cardSvg(document, { title: model.title, description: model.description, blocks, source: model.sourceLine, contentWidth }, theme);
}
