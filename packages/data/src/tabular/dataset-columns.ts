import { z } from 'zod';
import type { DatasetName } from '../dataset-names';
import { DATASETS } from '../dataset-records';
import { DATASET_SCHEMAS } from '../dataset-schemas';
import { ID_REFERENCES } from '../references';
import { columnsFor } from './columns';
import type { Column } from './columns';

/** The CSV columns of a published dataset, from its zod schema and its records (loads zod). */
export function datasetColumns(name: DatasetName): Column[] {
  return columnsFor(z.toJSONSchema(DATASET_SCHEMAS[name]), DATASETS[name], { indexedLists: ID_REFERENCES.map((reference) => reference.field) });
}
