import { aidFigures } from './datasets/aid';
import { argumentItems } from './datasets/argument';
import { bibliography } from './datasets/bibliography';
import { documents } from './datasets/documents';
import { economyFigures } from './datasets/economy';
import { organisations } from './datasets/organisations';
import { formerFoeFrameworks, partnershipFigures, partnershipPhrases } from './datasets/partnerships';
import { people } from './datasets/people';
import { pkoFigures } from './datasets/pko';
import { timelineEvents } from './datasets/timeline';
import type { DatasetName } from './dataset-names';
import type { DatasetRecordMap } from './dataset-schemas';

/** Every published dataset's records, by dataset name (loads all datasets). */
export const DATASETS: { readonly [N in DatasetName]: readonly DatasetRecordMap[N][] } = {
  timeline: timelineEvents,
  partnerships: partnershipFigures,
  'former-foes': formerFoeFrameworks,
  'partnership-phrases': partnershipPhrases,
  pko: pkoFigures,
  aid: aidFigures,
  economy: economyFigures,
  argument: argumentItems,
  documents,
  people,
  organisations,
  bibliography,
};
