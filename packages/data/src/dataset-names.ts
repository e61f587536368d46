/**
 * Every dataset the package publishes, in the order of the Data Package. Each name is the
 * resource name in `datapackage.json` and the file name under `dist/data/`.
 */
export const DATASET_NAMES = [
  'timeline',
  'partnerships',
  'former-foes',
  'partnership-phrases',
  'pko',
  'aid',
  'economy',
  'argument',
  'documents',
  'people',
  'organisations',
  'bibliography',
] as const;

/** Name of one published dataset. */
export type DatasetName = (typeof DATASET_NAMES)[number];

/** True when `name` is the name of a published dataset. */
export function isDatasetName(name: unknown): name is DatasetName {
  return DATASET_NAMES.some((known) => known === name);
}
