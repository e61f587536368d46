// The package root: every dataset, its schema and types, the validator, and the version.
// Importing from here loads zod and every dataset; import a subpath (`@vn-mediation/data/timeline`)
// to load one dataset without either.
export { articles } from './articles';
export type { ArticleCitation, PersonName } from './articles';
export { ARTICLE_IDS } from './schema/article';
export { DATA_VERSION } from './version';
export { DATASET_NAMES } from './dataset-names';
export type { DatasetName } from './dataset-names';
export { DATASETS } from './dataset-records';
export type { DatasetRecordMap } from './dataset-schemas';
export { validate } from './validate';
export type { ArticleTexts, ValidationContext, ValidationIssue, ValidationResult } from './validate';
export { cite, citeRecord, isRecordRef, CITATION_FORMATS, UnknownRecordError } from './cite';
export type { CitableRecord, CitableSource, CitationFormat, CiteOptions, CiteRecordOptions, CslItem, RecordRef } from './cite';
export { csvCell, toCsvText, FORMULA_TRIGGER } from './csv';
export type { CsvTextOptions, CsvValue } from './csv';
export { datePrecision } from './date-precision';
export type { DatePrecision } from './date-precision';
export * from './schemas';

export { timelineEvents, TIMELINE_TOPICS } from './datasets/timeline';
export { partnershipFigures, formerFoeFrameworks, partnershipPhrases, PARTNERSHIP_MEASURES, PARTNERSHIP_TIERS, RANK_SCOPES } from './datasets/partnerships';
export { pkoFigures, PKO_MEASURES, PKO_PERSONNEL_TYPES } from './datasets/pko';
export { aidFigures, AID_COMMODITIES, AID_FLOWS, AID_RECIPIENTS } from './datasets/aid';
export { economyFigures, ECONOMY_MEASURES } from './datasets/economy';
export { argumentItems, ARENAS, ARGUMENT_KINDS, KIND_STANCES, SPECTRUM_KINDS, STANCES } from './datasets/argument';
export type { Arena, ArgumentKind, Stance } from './datasets/argument';
export { documents, DOCUMENT_KINDS } from './datasets/documents';
export { people } from './datasets/people';
export { organisations, ORGANISATION_KINDS } from './datasets/organisations';
export { bibliography } from './datasets/bibliography';
export { UNITS, VALUE_QUALIFIERS } from './vocabulary/units';
export { COARSE_PRECISIONS, DATE_QUALIFIERS, MAX_YEAR, MIN_YEAR } from './vocabulary/dates';
