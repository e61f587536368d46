// The mediation spectrum's page, enhanced: its items' listbox (the keyboard map every chart
// shares) and the detail panel under it showing the active item's place, label and quotes, as the
// React chart does. The texts are the model's, written by the build into the island.
import { element } from './dom';
import { readSpectrumDetails } from './island';
import type { SpectrumDetail } from './island';
import { enhanceListbox } from './listbox';
import { LISTBOX_SELECTOR } from './markup';

/** The spectrum's detail panel, drawn by the ui chart under its items. */
export const SPECTRUM_DETAIL_SELECTOR = '.vnm-sp-detail';

function detailNodes(detail: SpectrumDetail): HTMLElement[] {
  return [
    element('p', { class: 'vnm-sp-item-kind' }, [detail.heading]),
    element('p', {}, [element('strong', {}, [detail.name])]),
    ...detail.quotes.map((quote) => element('blockquote', {}, [element('p', {}, [`“${quote.quote}”`]), element('p', {}, [`— ${quote.citation}`])])),
  ];
}

/** Enhances the spectrum in `content` from the island's `enhance` field; returns why it could not, if it could not. */
export function enhanceSpectrum(content: Element, enhance: Readonly<Record<string, unknown>>): string | undefined {
  const details = readSpectrumDetails(enhance.details);
  if (details === undefined) return 'the island’s enhance.details is not the list of { heading, name, quotes } the build writes';
  const listbox = content.querySelector(`.vnm-sp ${LISTBOX_SELECTOR}`);
  if (!(listbox instanceof HTMLElement)) return 'the page has no spectrum listbox in a .vnm-sp';
  const options = listbox.querySelectorAll('[role="option"]').length;
  if (options !== details.length) return `the spectrum has ${String(options)} items but the island describes ${String(details.length)}`;
  const panel = content.querySelector(SPECTRUM_DETAIL_SELECTOR);
  enhanceListbox(listbox, {
    onActive: (index) => {
      const detail = details[index];
      if (panel !== null && detail !== undefined) panel.replaceChildren(...detailNodes(detail));
    },
  });
  return undefined;
}
