// Which records cite each sentence of an article: a record cites a sentence when one of its
// quotes, found in the article text, shares a character with it (white space aside). A quote that
// the article prints twice cites both places.
import { createHash } from 'node:crypto';
import type { ArticleId } from '../schema/article';
import { sentencesOf } from './sentences';
import type { Sentence } from './sentences';

/** A record's evidence, as coverage reads it: its `<dataset>/<id>` and its sources. */
export interface CitingRecord {
  /** The record as `<dataset>/<id>`. */
  ref: string;
  /** Its sources; those of other articles are ignored. */
  sources: readonly { article: ArticleId; quote: string }[];
}

/** A sentence kept uncited on purpose, with why; matched by its key. */
export interface AllowlistEntry {
  /** The article the sentence is in. */
  article: ArticleId;
  /** The sentence's key (`sentenceKey`): its first words and a hash of its text. */
  key: string;
  /** Why the sentence states no fact, figure, date, name or claim that a record should hold. */
  reason: string;
}

/** Whether a sentence is cited by a record, allowlisted with a reason, or neither. */
export type CoverageStatus = 'cited' | 'allowlisted' | 'uncited';

/** One sentence of an article, with the records that cite it. */
export interface SentenceCoverage extends Sentence {
  /** The article the sentence is in. */
  article: ArticleId;
  /** Its position in the article, from 1. */
  number: number;
  /** Its stable key (`sentenceKey`). */
  key: string;
  /** The records whose quotes fall in it, as `<dataset>/<id>`, sorted. */
  citedBy: string[];
  /** Share of its characters (white space and list bullets aside) that some quote covers, from 0 to 1. */
  quoted: number;
  /** The allowlist's reason, when an entry names this sentence. */
  allowlistReason?: string;
  /** Cited, else allowlisted, else uncited. */
  status: CoverageStatus;
}

/** Counts of one article's sentences by status. */
export interface CoverageSummary {
  article: ArticleId;
  sentences: number;
  cited: number;
  allowlisted: number;
  uncited: number;
  /** Cited sentences every character of which (white space aside) lies in some quote. */
  quotedInFull: number;
}

/**
 * A key that names a sentence across edits elsewhere in the article: its first six words, then
 * the first eight hex digits of the SHA-256 of its text, so a changed sentence gets a new key.
 */
export function sentenceKey(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 8);
  return `${(words ?? []).slice(0, 6).join('-')}#${hash}`;
}

/** Every place `quote` occurs in `text`, overlapping occurrences included. */
function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** Each sentence of `text` with the records among `records` that cite it and the allowlist entry that names it. */
export function coverageOf(article: ArticleId, text: string, records: readonly CitingRecord[], allowlist: readonly AllowlistEntry[]): SentenceCoverage[] {
  const quotedChars = new Uint8Array(text.length);
  const spans: { start: number; end: number; ref: string }[] = [];
  for (const record of records) {
    for (const source of record.sources) {
      if (source.article !== article || source.quote === '') continue;
      for (const start of occurrences(text, source.quote)) {
        const end = start + source.quote.length;
        spans.push({ start, end, ref: record.ref });
        quotedChars.fill(1, start, end);
      }
    }
  }
  const reasons = new Map(allowlist.filter((entry) => entry.article === article).map((entry) => [entry.key, entry.reason]));
  return sentencesOf(text).map((sentence, index) => {
    // A list bullet is layout, not text a record could quote.
    const solid = (at: number): boolean => /[^\s•]/.test(text.charAt(at));
    const citedBy = new Set<string>();
    for (const span of spans) {
      const from = Math.max(span.start, sentence.start);
      const to = Math.min(span.end, sentence.end);
      for (let at = from; at < to; at += 1) {
        if (solid(at)) {
          citedBy.add(span.ref);
          break;
        }
      }
    }
    let characters = 0;
    let covered = 0;
    for (let at = sentence.start; at < sentence.end; at += 1) {
      if (!solid(at)) continue;
      characters += 1;
      covered += quotedChars[at] ?? 0;
    }
    const key = sentenceKey(sentence.text);
    const allowlistReason = reasons.get(key);
    const status: CoverageStatus = citedBy.size > 0 ? 'cited' : allowlistReason === undefined ? 'uncited' : 'allowlisted';
    return {
      ...sentence,
      article,
      number: index + 1,
      key,
      citedBy: [...citedBy].sort(),
      quoted: characters === 0 ? 0 : covered / characters,
      ...(allowlistReason === undefined ? {} : { allowlistReason }),
      status,
    };
  });
}

/** Counts the sentences of one article by status. */
export function summarise(article: ArticleId, coverage: readonly SentenceCoverage[]): CoverageSummary {
  const own = coverage.filter((sentence) => sentence.article === article);
  const count = (status: CoverageStatus): number => own.filter((sentence) => sentence.status === status).length;
  return {
    article,
    sentences: own.length,
    cited: count('cited'),
    allowlisted: count('allowlisted'),
    uncited: count('uncited'),
    quotedInFull: own.filter((sentence) => sentence.status === 'cited' && sentence.quoted === 1).length,
  };
}
