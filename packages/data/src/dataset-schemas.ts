import type { z } from 'zod';
import type { DatasetName } from './dataset-names';
import { AidFigure } from './schema/aid';
import { ArgumentItem } from './schema/argument-item';
import { BibliographyEntry } from './schema/bibliography-entry';
import { DocumentRecord } from './schema/document';
import { EconomyFigure } from './schema/economy';
import { Organisation } from './schema/organisation';
import { FormerFoeFramework, PartnershipFigure, PartnershipPhrase } from './schema/partnership';
import { Person } from './schema/person';
import { PkoFigure } from './schema/pko';
import { TimelineEvent } from './schema/timeline-event';

/** The record type of each dataset, by dataset name. */
export interface DatasetRecordMap {
  timeline: TimelineEvent;
  partnerships: PartnershipFigure;
  'former-foes': FormerFoeFramework;
  'partnership-phrases': PartnershipPhrase;
  pko: PkoFigure;
  aid: AidFigure;
  economy: EconomyFigure;
  argument: ArgumentItem;
  documents: DocumentRecord;
  people: Person;
  organisations: Organisation;
  bibliography: BibliographyEntry;
}

/** The record schema of each dataset, by dataset name. */
export const DATASET_SCHEMAS: { readonly [N in DatasetName]: z.ZodType<DatasetRecordMap[N]> } = {
  timeline: TimelineEvent,
  partnerships: PartnershipFigure,
  'former-foes': FormerFoeFramework,
  'partnership-phrases': PartnershipPhrase,
  pko: PkoFigure,
  aid: AidFigure,
  economy: EconomyFigure,
  argument: ArgumentItem,
  documents: DocumentRecord,
  people: Person,
  organisations: Organisation,
  bibliography: BibliographyEntry,
};
