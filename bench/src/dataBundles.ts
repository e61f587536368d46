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

/** A string only this dataset's records contain: its first record's first quote. */
function fingerprint(file: DatasetFile): string | undefined {
  const first: unknown = file.records[0];
  if (typeof first !== 'object' || first === null || !('sources' in first) || !Array.isArray(first.sources)) return undefined;
  const source: unknown = first.sources[0];
  if (typeof source !== 'object' || source === null || !('quote' in source) || typeof source.quote !== 'string') return undefined;
  return source.quote.slice(0, 40);
}

/** Measures every dataset named by the package's `DATASET_NAMES`. */
export async function measureDatasets(names: readonly string[]): Promise<DatasetCost[]> {
  const files = readDatasetFiles(names);
  const costs: DatasetCost[] = [];
  for (const file of files) {
    const bundle = await bundleEntry(`import * as dataset from '@vn-mediation/data/${file.name}';\nconsole.log(dataset);\n`, {
      resolveDir: benchRoot,
    });
    const jsonGzip = compressedBytes(readFileSync(`${dataDist}data/${file.name}.json`)).gzip;
    const leakedDatasets = files
      .filter((other) => other.name !== file.name)
      .filter((other) => {
        const mark = fingerprint(other);
        // The bundle escapes strings as JSON does; compare against that form.
        return mark !== undefined && bundle.code.includes(JSON.stringify(mark).slice(1, -1));
      })
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
