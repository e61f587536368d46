/**
 * `@vn-mediation/data/cite`: a citation of the source article of any record, naming the record,
 * its quoted passages and footnotes, and the dataset version, in APA, Chicago, BibTeX or CSL-JSON.
 * Free of zod. `cite` loads every dataset to find the record a reference names; `citeRecord`
 * cites a record you already hold and loads none.
 *
 * @example
 * import { cite } from '@vn-mediation/data/cite';
 * cite('pko/officers-sent', { format: 'bibtex' });
 */
import type { DatasetName } from './dataset-names';
import { DATASET_NAMES, isDatasetName } from './dataset-names';
import { CITATION_FORMATS, formatCitation } from './citation/formats';
import type { CitableRecord, CitationFormat } from './citation/formats';
import { resolveRecord, resolveReference } from './citation/resolve';
import type { RecordRef } from './citation/resolve';
import { articles } from './articles';
import { DATA_VERSION } from './version';

export { CITATION_FORMATS } from './citation/formats';
export type { CitableRecord, CitableSource, CitationFormat, CslItem } from './citation/formats';
export { UnknownRecordError } from './citation/resolve';
export type { RecordRef } from './citation/resolve';
export type { DatasetName } from './dataset-names';

/** Options of `cite`. */
export interface CiteOptions {
  /** The citation format; `apa` when absent. */
  format?: CitationFormat;
  /** The dataset of a record object, when the same id could be in two datasets. */
  dataset?: DatasetName;
}

/** Options of `citeRecord`. */
export interface CiteRecordOptions {
  /** The citation format; `apa` when absent. */
  format?: CitationFormat;
}

/** True when `text` is written as a reference to a record of a dataset of this package (`'pko/officers-sent'`); it does not look the record up. */
export function isRecordRef(text: string): text is RecordRef {
  const slash = text.indexOf('/');
  return slash > 0 && slash < text.length - 1 && isDatasetName(text.slice(0, slash));
}

function formatOf(format: unknown): CitationFormat {
  const found = CITATION_FORMATS.find((known) => known === (format ?? 'apa'));
  if (found === undefined) throw new RangeError(`unknown citation format "${String(format)}"; expected one of ${CITATION_FORMATS.join(', ')}`);
  return found;
}

/**
 * Cites the source article of a published record: `ref` is a reference (`'pko/officers-sent'`)
 * or the record object itself. Throws `UnknownRecordError`, naming the dataset, the id and the
 * closest existing ids, when the reference or record names no published record.
 */
export function cite(ref: RecordRef | CitableRecord, options: CiteOptions = {}): string {
  const format = formatOf(options.format);
  const { dataset, record } = typeof ref === 'string' ? resolveReference(ref) : resolveRecord(ref, options.dataset);
  return formatCitation(dataset, record, format, DATA_VERSION);
}

/**
 * Cites a record of this package that you already hold (imported from its dataset subpath),
 * without loading any dataset: the bundle carries only the two articles' metadata. It does not
 * check that the record is the published one; `cite` does.
 */
export function citeRecord(dataset: DatasetName, record: CitableRecord, options: CiteRecordOptions = {}): string {
  const format = formatOf(options.format);
  if (!isDatasetName(dataset)) throw new RangeError(`unknown dataset "${String(dataset)}"; expected one of ${DATASET_NAMES.join(', ')}`);
  if (typeof record !== 'object' || record === null || typeof record.id !== 'string' || !Array.isArray(record.sources) || record.sources.length === 0) {
    throw new TypeError(`citeRecord expects a record with a string id and at least one source (dataset ${dataset})`);
  }
  record.sources.forEach((source, index) => {
    if (!Object.hasOwn(articles, source.article) || typeof source.quote !== 'string') {
      throw new TypeError(`record "${record.id}" of ${dataset}: sources[${index}] needs an article id (${Object.keys(articles).join(' or ')}) and a quote`);
    }
  });
  return formatCitation(dataset, record, format, DATA_VERSION);
}
