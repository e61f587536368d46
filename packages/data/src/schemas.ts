// The zod schemas, one per record type: the single definition every type, JSON Schema, Table
// Schema and CSV column derives from. Importing this entry loads zod.
export { ArticleId } from './schema/article';
export { MAX_QUOTE_LENGTH, Notes, RecordId, Source, Sources } from './schema/source';
export { EventDate, PartialDate, PointDate, SpanDate } from './schema/date';
export { Derivation, Figure, Quantity, Unit } from './schema/quantity';
export { TimelineEvent, TimelineTopic, TimelineTopics } from './schema/timeline-event';
export { FormerFoeFramework, PartnershipFigure, PartnershipPhrase } from './schema/partnership';
export { PkoFigure } from './schema/pko';
export { AidFigure } from './schema/aid';
export { EconomyFigure } from './schema/economy';
export { ArgumentItem } from './schema/argument-item';
export { RecordRef } from './schema/record-ref';
export { DocumentRecord } from './schema/document';
export { Person } from './schema/person';
export { Organisation } from './schema/organisation';
export { BibliographyEntry } from './schema/bibliography-entry';
export { DATASET_SCHEMAS } from './dataset-schemas';
