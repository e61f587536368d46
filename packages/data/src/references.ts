import type { DatasetName } from './dataset-names';

/** A field whose values are ids of records in another dataset. */
export interface IdReference {
  /** Top-level field of the referring record: a list of ids. */
  field: string;
  /** The dataset whose records the ids name. */
  target: DatasetName;
}

// The one list of cross-dataset references: `validate` resolves them, and the Data Package
// declares them as Table Schema foreign keys. A record of any dataset may carry these fields.
/** Fields of records that name records of another dataset by id. */
export const ID_REFERENCES: readonly IdReference[] = [
  { field: 'personIds', target: 'people' },
  { field: 'documentIds', target: 'documents' },
];

/** Every `sources[].footnote` names a footnote of iseas-2021-6, held by this dataset's `footnote` field. */
export const FOOTNOTE_TARGET = { dataset: 'bibliography', field: 'footnote' } as const satisfies { dataset: DatasetName; field: string };
