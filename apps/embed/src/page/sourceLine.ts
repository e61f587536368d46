// The embed's source line with each footnote number linked to that footnote's reference, listed
// under it from the bibliography dataset. Written from the chart's model with DOM methods onto the
// figure the chart rendered (data stays text); the live chart keeps it (see client/live.ts).
import { bibliography } from '@vn-mediation/data/bibliography';
import { referenceText } from '@vn-mediation/data/format';
import type { SourceLinePart } from '@vn-mediation/data/format';
import type { ChartModelBase } from '@vn-mediation/ui/model';
import { REFERENCES_CLASS } from './staticFigure';


/** The only article whose footnotes the bibliography holds. */
const FOOTNOTED_ARTICLE = 'iseas-2021-6';

type FootnotePart = Extract<SourceLinePart, { kind: 'footnote' }>;

/** The id of a footnote's reference in the page. */
export function footnoteId(part: Pick<FootnotePart, 'article' | 'footnote'>): string {
  return `vnm-fn-${part.article}-${String(part.footnote)}`;
}

/** "Footnote 5: Lonicera Vu (2020), “…”, Vietnam Times, 30 May." with every reference the footnote prints. Throws for a footnote the bibliography lacks. */
export function footnoteReference(part: Pick<FootnotePart, 'article' | 'footnote'>): string {
  const entries = part.article === FOOTNOTED_ARTICLE ? bibliography.filter((entry) => entry.footnote === part.footnote) : [];
  if (entries.length === 0) throw new Error(`footnote ${String(part.footnote)} of ${part.article} has no entry in @vn-mediation/data/bibliography`);
  return `Footnote ${String(part.footnote)}: ${entries.map(referenceText).join(' ')}`;
}

/**
 * Writes the model's source line into the figure's `.vnm-source`, each footnote number a link to
 * its reference, and lists those references right under it. Throws when the figure has no
 * source line.
 */
export function linkFootnotes(figure: Element, model: Pick<ChartModelBase, 'title' | 'sourceLineParts'>): void {
  const document = figure.ownerDocument;
  const source = figure.querySelector('.vnm-source');
  if (source === null) throw new Error(`${model.title}: the chart rendered no source line (.vnm-source)`);
  const footnotes = new Map<string, FootnotePart>();
  source.replaceChildren(
    ...model.sourceLineParts.map((part) => {
      if (part.kind === 'text') return document.createTextNode(part.text);
      footnotes.set(footnoteId(part), part);
      const link = document.createElement('a');
      link.href = `#${footnoteId(part)}`;
      link.textContent = part.text;
      return link;
    }),
  );
  if (footnotes.size === 0) return;
  const list = document.createElement('ul');
  list.className = REFERENCES_CLASS;
  list.setAttribute('aria-label', 'References of the footnotes cited');
  for (const [id, part] of footnotes) {
    const item = document.createElement('li');
    item.id = id;
    // Focusable from a link, so a keyboard or screen-reader user lands on the reference.
    item.tabIndex = -1;
    item.textContent = footnoteReference(part);
    list.append(item);
  }
  source.after(list);
}
