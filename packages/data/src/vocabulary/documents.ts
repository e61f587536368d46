/** Kinds of document the articles name. */
export const DOCUMENT_KINDS = ['directive', 'resolution', 'charter', 'sanctions', 'agreement', 'accords', 'chronicle', 'dictionary', 'report', 'statement'] as const;
