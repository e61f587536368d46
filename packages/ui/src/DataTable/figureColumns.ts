import { articles } from '@vn-mediation/data/provenance';
import type { FigureShape } from '../dataShape/shapes';
import { figureAsOfWords, figureValueWords } from '../FigureList/figureWords';
import type { DataTableColumn } from './DataTable';

/** The columns of every figure chart's table: what, how many, as of when, from where. */
export const figureColumns: readonly DataTableColumn<FigureShape>[] = [
  { key: 'label', header: 'Figure', cell: (figure) => figure.label },
  { key: 'value', header: 'Value', align: 'end', cell: (figure) => figureValueWords(figure) },
  { key: 'asOf', header: 'As of', cell: (figure) => figureAsOfWords(figure) ?? 'not given' },
  {
    key: 'source',
    header: 'Source',
    cell: (figure) =>
      figure.sources
        .map((source) => `${articles[source.article].author} (${articles[source.article].published.slice(0, 4)})${source.footnote === undefined ? '' : `, footnote ${source.footnote}`}`)
        .filter((text, i, all) => all.indexOf(text) === i)
        .join('; '),
  },
];
