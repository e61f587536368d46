// Runs after tsup: writes the datasets as JSON and CSV, a JSON Schema per dataset, and the
// Frictionless datapackage.json under dist/. Everything derives from the zod schemas in src/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { DATASET_NAMES } from '../src/dataset-names';
import { DATASETS } from '../src/dataset-records';
import { DATASET_SCHEMAS } from '../src/dataset-schemas';
import { toCsv } from '../src/tabular/csv';
import { dataPackage } from '../src/tabular/datapackage';
import { datasetColumns } from '../src/tabular/dataset-columns';
import { validate } from '../src/validate';

/** Writes the data files, JSON Schemas and datapackage.json into `outDir` (a directory path). */
export function emitData(outDir: string): string {
  const dist = pathToFileURL(outDir.endsWith('/') ? outDir : `${outDir}/`);
  const pkg: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const version = typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string' ? pkg.version : '';
  const license = typeof pkg === 'object' && pkg !== null && 'license' in pkg && typeof pkg.license === 'string' ? pkg.license : '';
  if (version === '' || license === '') throw new Error('package.json needs a version and a license');

  mkdirSync(new URL('data/', dist), { recursive: true });
  mkdirSync(new URL('json-schema/', dist), { recursive: true });

  const resources = DATASET_NAMES.map((name) => {
    const records = DATASETS[name];
    const result = validate(name, records);
    if (!result.ok) throw new Error(`${name} does not validate:\n${JSON.stringify(result.issues, null, 2)}`);
    const { $schema, ...items } = z.toJSONSchema(DATASET_SCHEMAS[name]);
    const columns = datasetColumns(name);
    writeFileSync(
      new URL(`json-schema/${name}.schema.json`, dist),
      `${JSON.stringify({ $schema, $id: `https://unpkg.com/@vn-mediation/data@${version}/dist/json-schema/${name}.schema.json`, title: name, type: 'array', items }, null, 2)}\n`,
    );
    writeFileSync(new URL(`data/${name}.json`, dist), `${JSON.stringify(records, null, 2)}\n`);
    writeFileSync(new URL(`data/${name}.csv`, dist), toCsv(records, columns));
    return { name, columns, count: records.length };
  });

  writeFileSync(new URL('datapackage.json', dist), `${JSON.stringify(dataPackage(version, license, resources), null, 2)}\n`);
  return resources.map((r) => `${r.name} ${r.count}`).join(', ');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`emit-data: ${emitData(fileURLToPath(new URL('../dist/', import.meta.url)))}`);
}
