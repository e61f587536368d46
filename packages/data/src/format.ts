// One way to write what the datasets hold, shared by the charts, the embeds, Storybook and any
// reader's own page: dates at their precision, quantities with their units, citations, ordinals
// and lists. Without zod or any dataset.
export { dateSortKey, formatEventDate, formatPartialDate, machineDate, yearRange } from './format/dates';
export { formatHedgedQuantity, formatNumber, formatQuantity } from './format/quantities';
export { capitalise, countWords, listWords, ordinal, vocabularyWords } from './format/words';
export { citationText, citedSources, footnoteWords, publicationYear, referenceText, shortCitation, shortCitations, sourceLineParts, sourceLineText } from './format/citations';
export type { CitableSource, CitedSource, ReferenceFields, SourceLinePart } from './format/citations';
