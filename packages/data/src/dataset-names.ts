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
  'concepts',
  'documents',
  'people',
  'organisations',
  'bibliography',
] as const;

/** Name of one published dataset. */
export type DatasetName = (typeof DATASET_NAMES)[number];
