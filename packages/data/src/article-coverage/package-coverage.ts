import { DATASET_NAMES } from '../dataset-names';
import { DATASETS } from '../dataset-records';
import { ARTICLE_IDS } from '../schema/article';
import { articleText } from '../test-support/articles-text';
import { UNCITED_SENTENCES } from './allowlist';
import { coverageOf } from './coverage';
import type { CitingRecord, SentenceCoverage } from './coverage';

/** Every record of every dataset, as coverage reads it. */
export function packageRecords(): CitingRecord[] {
  return DATASET_NAMES.flatMap((name) => DATASETS[name].map((record: { id: string; sources: CitingRecord['sources'] }) => ({ ref: `${name}/${record.id}`, sources: record.sources })));
}

/** Every sentence of both articles (read from ../shared/articles), with the package's records that cite it. */
export function packageCoverage(): SentenceCoverage[] {
  const records = packageRecords();
  return ARTICLE_IDS.flatMap((article) => coverageOf(article, articleText[article], records, UNCITED_SENTENCES));
}
