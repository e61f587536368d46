import { readFileSync } from 'node:fs';
import { bundleEntry, compressedBytes } from './bundleSize';
import { benchRoot, dataDist } from './paths';

/** What a consumer bundle gains by importing one dataset through its subpath. */
export interface DatasetCost {
  /** Dataset name, as in `@vn-mediation/data/<name>`. */
  dataset: string;
  /** Records in the dataset. */
  records: number;
  /** Minified bundle bytes, gzip and brotli. */
  bundle: { raw: number; gzip: number; brotli: number };
  /** The dataset's own emitted JSON file, gzip: the baseline. */
  jsonGzip: number;
  /** bundle gzip / JSON gzip: the overhead of our packaging (1.0 = none). */
  ratio: number;
  /** Other datasets whose records leaked into this bundle (must be empty). */
  leakedDatasets: string[];
  /** Whether zod reached the bundle (must be false). */
  includesZod: boolean;
}

interface DatasetFile {
  name: string;
  records: unknown[];
}

function readDatasetFiles(names: readonly string[]): DatasetFile[] {
  return names.map((name) => {
    const parsed: unknown = JSON.parse(readFileSync(`${dataDist}data/${name}.json`, 'utf8'));
    if (!Array.isArray(parsed)) throw new Error(`dist/data/${name}.json is not an array of records`);
    return { name, records: parsed };
  });
}

function quotesOf(file: DatasetFile): string[] {
  const quotes: string[] = [];
  for (const record of file.records) {
    const sources: unknown = typeof record === 'object' && record !== null ? Reflect.get(record, 'sources') : undefined;
    if (!Array.isArray(sources)) continue;
    for (const source of sources) {
      const quote: unknown = typeof source === 'object' && source !== null ? Reflect.get(source, 'quote') : undefined;
      if (typeof quote === 'string') quotes.push(quote);
    }
  }
  return quotes;
}

// The bundle escapes strings as JSON does; compare in that form.
const escaped = (text: string) => JSON.stringify(text).slice(1, -1);

/**
 * Whether `other`'s records reached `code`: datasets may quote the same passage, or part of it
 * (a timeline event and a peacekeeping figure cite one sentence), so only quotes that appear
 * nowhere in `own`'s records count as evidence.
 */
function leaked(code: string, own: DatasetFile, other: DatasetFile): boolean {
  const ownText = JSON.stringify(own.records);
  return quotesOf(other)
    .map(escaped)
    .filter((quote) => !ownText.includes(quote))
    .some((quote) => code.includes(quote));
}

/**
 * Measures every dataset named by the package's `DATASET_NAMES` that has a subpath of its own.
 * A dataset published inside another's subpath (e.g. former foes inside partnerships) is not
 * counted as leaking into that one.
 */
export async function measureDatasets(names: readonly string[], subpaths: readonly string[]): Promise<DatasetCost[]> {
  const files = readDatasetFiles(names.filter((name) => subpaths.includes(name)));
  const costs: DatasetCost[] = [];
  for (const file of files) {
    const bundle = await bundleEntry(`import * as dataset from '@vn-mediation/data/${file.name}';\nconsole.log(dataset);\n`, {
      resolveDir: benchRoot,
    });
    const jsonGzip = compressedBytes(readFileSync(`${dataDist}data/${file.name}.json`)).gzip;
    const leakedDatasets = files
      .filter((other) => other.name !== file.name)
      .filter((other) => leaked(bundle.code, file, other))
      .map((other) => other.name);
    costs.push({
      dataset: file.name,
      records: file.records.length,
      bundle: { raw: bundle.raw, gzip: bundle.gzip, brotli: bundle.brotli },
      jsonGzip,
      ratio: bundle.gzip / jsonGzip,
      leakedDatasets,
      includesZod: bundle.inputs.some((input) => input.includes('/zod/')),
    });
  }
  return costs;
}
