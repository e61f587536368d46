import { z } from 'zod';
import { DATASET_NAMES } from '../dataset-names';
import { RecordId } from './source';

/** A typed reference to one record of any dataset, as `<dataset>/<id>` (`timeline/hanoi-summit-2019`). */
export const RecordRef = z
  .templateLiteral([z.enum(DATASET_NAMES), '/', RecordId], { error: `a reference is "<dataset>/<id>": one of ${DATASET_NAMES.join(', ')}, a slash, a kebab-case id` })
  .meta({ description: 'A record of this package as `<dataset>/<id>`, e.g. `timeline/hanoi-summit-2019`; the validator checks that it exists' });
/** A typed reference to one record of any dataset, as `<dataset>/<id>`. */
export type RecordRef = z.infer<typeof RecordRef>;
