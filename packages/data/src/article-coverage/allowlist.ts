import type { AllowlistEntry } from './coverage';

/**
 * Sentences of the two articles that no record cites, reviewed one by one: each states no fact,
 * figure, date, name or claim about the subject that a record should hold. Every other sentence,
 * the footnotes included, is cited by a record. A test fails when an entry's sentence is gone or
 * a record now cites it.
 */
export const UNCITED_SENTENCES: readonly AllowlistEntry[] = [
  {
    article: 'iseas-2021-6',
    key: 'iseas-perspective-2021-6-27-january#6fbe2d9a',
    reason:
      'The article’s own dateline, its issue and date of publication: the package keeps them as the article’s citation (`articles` in src/articles.ts, checked against this line by a test), not as a fact of the subject.',
  },
  {
    article: 'iseas-2021-6',
    key: 'please-click-here-supportiseas-yusof-ishak#71e8c475',
    reason: 'The publisher’s boilerplate: a link for supporting the institute, and its disclaimer of responsibility for the facts and views.',
  },
  {
    article: 'iseas-2021-6',
    key: 'responsibility-rests-exclusively-with-the-individual#e9486e4e',
    reason: 'The publisher’s boilerplate: responsibility rests with the author.',
  },
  {
    article: 'iseas-2021-6',
    key: 'no-part-of-this-publication-may#5449d4a4',
    reason: 'The publisher’s copyright notice.',
  },
  {
    article: 'iseas-2021-6',
    key: 'download-pdf-version#af92ca68',
    reason: 'A link label left from the web page.',
  },
  {
    article: 'diplomat-2016',
    key: 'can-vietnam-help-mediate-with-north#eace5095',
    reason:
      'The title, printed twice (page title and headline): a question, which asserts nothing; the package keeps it as the article’s citation (`articles` in src/articles.ts, checked against the text by a test).',
  },
  {
    article: 'diplomat-2016',
    key: 'recent-features#3d14c09e',
    reason: 'A navigation label left from the web page.',
  },
  {
    article: 'diplomat-2016',
    key: 'he-can-be-followed-on-twitter#08dd8e06',
    reason:
      'The author’s social-media handles: contact details, not a fact of the subject. The author, his studies and the outlets he writes for are recorded from the sentences before it (people/samuel-ramani, organisations).',
  },
];
