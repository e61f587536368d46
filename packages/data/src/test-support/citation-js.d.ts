// The part of citation-js (which ships no types) that the tests use.
declare module '@citation-js/core' {
  /** citation-js's citation object: CSL data in, formatted text out. */
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibliography', options: { format: 'text'; template: string; lang: string }): string;
  }
  /** The plugin registry; `input.chain` parses text (BibTeX here) into CSL-JSON items. */
  export const plugins: {
    input: { chain(data: string, options: { forceType: string; generateGraph: boolean }): unknown[] };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
