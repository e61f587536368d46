// Every controlled vocabulary of the datasets and the rules a date obeys, without zod or any
// dataset: what a chart or a form needs to narrow user data the way the schemas do.
export * from './vocabulary/aid';
export * from './vocabulary/articles';
export * from './vocabulary/argument';
export * from './vocabulary/dates';
export * from './vocabulary/documents';
export * from './vocabulary/economy';
export * from './vocabulary/organisations';
export * from './vocabulary/partnerships';
export * from './vocabulary/pko';
export * from './vocabulary/timeline';
export * from './vocabulary/units';
