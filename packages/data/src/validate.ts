/**
 * Runtime validation of a dataset: the zod schema of its record type, then the checks that
 * span records (duplicate ids, footnotes that exist in the bibliography, references to other
 * datasets that resolve, an argument map without circles). This entry loads zod and every
 * dataset; the dataset entries do not.
 */
import { DATASET_NAMES, isDatasetName } from './dataset-names';
import type { DatasetName } from './dataset-names';
import { DATASET_SCHEMAS } from './dataset-schemas';
import type { DatasetRecordMap } from './dataset-schemas';
import { DATASETS } from './dataset-records';
import { FOOTNOTE_TARGET, ID_REFERENCES } from './references';
import { evidenceIssues } from './evidence/evidence-issues';
import type { ArticleTexts } from './evidence/evidence-issues';
import { ARTICLE_IDS } from './schema/article';

/** One problem found in the input: where (dataset, record index and id, field path) and why. */
export interface ValidationIssue {
  /** The dataset name validated against, as given. */
  dataset: string;
  /** Index of the offending record in the input array, or null when the input as a whole is wrong. */
  index: number | null;
  /** The record's id, when it has a string one. */
  id?: string;
  /** Path of the offending field inside the record (`['sources', 0, 'quote']`). */
  path: (string | number)[];
  /** Why the value is rejected. */
  message: string;
}

/** The outcome of `validate`: the typed records, or every issue found. */
export type ValidationResult<N extends DatasetName> =
  | { ok: true; data: DatasetRecordMap[N][] }
  | { ok: false; issues: ValidationIssue[] };

/**
 * Records that references resolve against, by dataset name (defaults to the package's own
 * datasets; pass replacements to validate a set of edited datasets together), and the articles'
 * texts for the evidence checks.
 */
export type ValidationContext = Partial<{ readonly [N in DatasetName]: readonly unknown[] }> & {
  /**
   * The full text of the articles you have, by id. Turns on the evidence checks: every quote of
   * those articles is found verbatim in its text, and every number a record stores is written in
   * one of its quotes. The package does not ship the texts (copyright).
   */
  readonly articles?: ArticleTexts;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idOf(value: unknown): string | undefined {
  return isRecord(value) && typeof value.id === 'string' ? value.id : undefined;
}

function idsIn(records: readonly unknown[] | undefined): Set<string> {
  const ids = new Set<string>();
  for (const record of records ?? []) {
    const id = idOf(record);
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

function footnotesIn(records: readonly unknown[] | undefined): Set<number> {
  const numbers = new Set<number>();
  for (const record of records ?? []) {
    if (isRecord(record) && typeof record.footnote === 'number') numbers.add(record.footnote);
  }
  return numbers;
}

function stringsAt(record: Record<string, unknown>, field: string): { value: string; position: number }[] {
  const list = record[field];
  if (!Array.isArray(list)) return [];
  const out: { value: string; position: number }[] = [];
  list.forEach((value: unknown, position) => {
    if (typeof value === 'string') out.push({ value, position });
  });
  return out;
}

/** Problems of `context.articles` itself: an unknown article id, or a text that is not a string. */
function articleTextIssues(dataset: DatasetName, texts: unknown): ValidationIssue[] {
  if (texts === undefined) return [];
  if (!isRecord(texts)) return [{ dataset, index: null, path: ['articles'], message: 'context.articles must map article ids to the articles’ texts' }];
  return Object.entries(texts).flatMap(([id, text]: [string, unknown]): ValidationIssue[] => {
    if (!ARTICLE_IDS.some((known) => known === id)) return [{ dataset, index: null, path: ['articles', id], message: `no article "${id}"; expected ${ARTICLE_IDS.join(' or ')}` }];
    return typeof text === 'string' ? [] : [{ dataset, index: null, path: ['articles', id], message: `the text of ${id} must be a string` }];
  });
}

/** Cross-record checks, run on the raw input so they report even when a record fails its schema. */
function crossRecordIssues(dataset: DatasetName, input: readonly unknown[], context: ValidationContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const pool = (name: DatasetName): readonly unknown[] => (name === dataset ? input : (context[name] ?? DATASETS[name]));
  const footnotes = footnotesIn(pool(FOOTNOTE_TARGET.dataset));
  const firstIndexOfId = new Map<string, number>();
  const texts = context.articles;

  input.forEach((record, index) => {
    if (!isRecord(record)) return;
    const id = idOf(record);
    const at = (path: (string | number)[], message: string): void => {
      issues.push({ dataset, index, ...(id === undefined ? {} : { id }), path, message });
    };

    if (id !== undefined) {
      const first = firstIndexOfId.get(id);
      if (first === undefined) firstIndexOfId.set(id, index);
      else at(['id'], `duplicate id "${id}" (first used by the record at index ${first})`);
    }

    const sources = record.sources;
    if (Array.isArray(sources)) {
      sources.forEach((source: unknown, position) => {
        if (!isRecord(source) || source.footnote === undefined) return;
        if (source.article !== 'iseas-2021-6') {
          at(['sources', position, 'footnote'], 'only iseas-2021-6 has numbered footnotes');
        } else if (typeof source.footnote === 'number' && !footnotes.has(source.footnote)) {
          at(['sources', position, 'footnote'], `footnote ${source.footnote} is not in the bibliography`);
        }
      });
    }

    // Cross-dataset references, and the argument's links between its own items.
    const references = [...ID_REFERENCES, { field: 'supports', target: dataset }, { field: 'opposes', target: dataset }];
    for (const { field, target } of references) {
      const known = idsIn(pool(target));
      for (const { value, position } of stringsAt(record, field)) {
        if (!known.has(value)) at([field, position], `no record "${value}" in the ${target} dataset`);
      }
    }

    if (texts !== undefined) for (const issue of evidenceIssues(record, texts)) at(issue.path, issue.message);

    for (const field of ['citedBy', 'about']) {
      for (const { value, position } of stringsAt(record, field)) {
        const [target, targetId] = value.split('/');
        if (!isDatasetName(target) || targetId === undefined || !idsIn(pool(target)).has(targetId)) {
          at([field, position], `"${value}" does not name a record of a dataset`);
        }
      }
    }
  });
  issues.push(...circleIssues(dataset, input));
  return issues;
}

/**
 * An argument map must read from premises to conclusions: following `supports` and `opposes`
 * links must never lead back to where it started. Reports each circle once, on the record whose
 * link closes it, naming the whole circle.
 */
function circleIssues(dataset: DatasetName, input: readonly unknown[]): ValidationIssue[] {
  const links = new Map<string, { index: number; targets: { field: string; position: number; id: string }[] }>();
  input.forEach((record, index) => {
    const id = idOf(record);
    if (!isRecord(record) || id === undefined || links.has(id)) return;
    const targets = ['supports', 'opposes'].flatMap((field) => stringsAt(record, field).map(({ value, position }) => ({ field, position, id: value })));
    links.set(id, { index, targets });
  });
  const issues: ValidationIssue[] = [];
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (id: string): void => {
    const node = links.get(id);
    if (node === undefined || done.has(id)) return;
    onPath.push(id);
    for (const target of node.targets) {
      // A link to itself is the schema's to report.
      if (target.id === id) continue;
      const start = onPath.indexOf(target.id);
      if (start >= 0) {
        const circle = [...onPath.slice(start), target.id].join(' → ');
        issues.push({ dataset, index: node.index, id, path: [target.field, target.position], message: `links in a circle: ${circle}` });
      } else {
        visit(target.id);
      }
    }
    onPath.pop();
    done.add(id);
  };
  for (const id of links.keys()) visit(id);
  return issues;
}

/**
 * Validates `input` as the dataset `dataset`: every record against its schema, then ids,
 * footnotes and references across records, and, when `context.articles` holds the articles'
 * texts, the quotes and the numbers against them. Never throws; returns every issue found.
 * It does not check that a quote supports what the record says, nor our labels and notes.
 *
 * @example
 * const result = validate('pko', JSON.parse(text), { articles: { 'iseas-2021-6': iseasText } });
 * if (!result.ok) for (const issue of result.issues) console.error(issue.index, issue.path, issue.message);
 */
export function validate<N extends DatasetName>(dataset: N, input: unknown, context: ValidationContext = {}): ValidationResult<N> {
  if (!isDatasetName(dataset)) {
    return {
      ok: false,
      issues: [{ dataset: String(dataset), index: null, path: [], message: `unknown dataset; expected one of ${DATASET_NAMES.join(', ')}` }],
    };
  }
  if (!Array.isArray(input)) {
    return { ok: false, issues: [{ dataset, index: null, path: [], message: 'expected an array of records' }] };
  }
  const articleIssues = articleTextIssues(dataset, context.articles);
  if (articleIssues.length > 0) return { ok: false, issues: articleIssues };
  const schema = DATASET_SCHEMAS[dataset];
  const issues: ValidationIssue[] = [];
  const data: DatasetRecordMap[N][] = [];
  input.forEach((record: unknown, index) => {
    const id = idOf(record);
    try {
      const parsed = schema.safeParse(record);
      if (parsed.success) {
        data.push(parsed.data);
        return;
      }
      for (const issue of parsed.error.issues) {
        issues.push({
          dataset,
          index,
          ...(id === undefined ? {} : { id }),
          path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
          message: issue.message,
        });
      }
    } catch (error: unknown) {
      // A hostile input (a throwing getter, a proxy) must become an issue, not an exception.
      issues.push({ dataset, index, ...(id === undefined ? {} : { id }), path: [], message: `record could not be read: ${String(error)}` });
    }
  });
  try {
    issues.push(...crossRecordIssues(dataset, input, context));
  } catch (error: unknown) {
    issues.push({ dataset, index: null, path: [], message: `records could not be cross-checked: ${String(error)}` });
  }
  return issues.length === 0 ? { ok: true, data } : { ok: false, issues };
}

export { DATASET_NAMES } from './dataset-names';
export type { DatasetName } from './dataset-names';
export type { DatasetRecordMap } from './dataset-schemas';
export type { ArticleTexts } from './evidence/evidence-issues';
