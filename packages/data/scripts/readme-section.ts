// Generates the "Datasets" section of README.md from the zod schemas and the data, so the
// documented fields, their descriptions (the schemas' `.meta({ description })`) and the counts
// cannot drift from the code, and the coverage section from the articles, the records and the
// allowlist. `node --import tsx scripts/readme-section.ts --write` rewrites both sections; a test
// fails when either is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { DATASET_NAMES } from '../src/dataset-names';
import type { DatasetName } from '../src/dataset-names';
import { DATASETS } from '../src/dataset-records';
import { DATASET_SCHEMAS } from '../src/dataset-schemas';
import { toSchemaNode } from '../src/tabular/columns';
import type { JsonSchemaNode } from '../src/tabular/columns';
import { DATASET_TITLES } from '../src/tabular/datapackage';
import { packageCoverage } from '../src/article-coverage/package-coverage';
import { allowlistTable, coverageSummaryTable } from './coverage';

/** Where each dataset is exported from, and under which name. */
export const DATASET_EXPORTS: Readonly<Record<DatasetName, { subpath: string; name: string; type: string }>> = {
  timeline: { subpath: 'timeline', name: 'timelineEvents', type: 'TimelineEvent' },
  partnerships: { subpath: 'partnerships', name: 'partnershipFigures', type: 'PartnershipFigure' },
  'former-foes': { subpath: 'partnerships', name: 'formerFoeFrameworks', type: 'FormerFoeFramework' },
  'partnership-phrases': { subpath: 'partnerships', name: 'partnershipPhrases', type: 'PartnershipPhrase' },
  pko: { subpath: 'pko', name: 'pkoFigures', type: 'PkoFigure' },
  aid: { subpath: 'aid', name: 'aidFigures', type: 'AidFigure' },
  economy: { subpath: 'economy', name: 'economyFigures', type: 'EconomyFigure' },
  argument: { subpath: 'argument', name: 'argumentItems', type: 'ArgumentItem' },
  documents: { subpath: 'documents', name: 'documents', type: 'DocumentRecord' },
  people: { subpath: 'people', name: 'people', type: 'Person' },
  organisations: { subpath: 'organisations', name: 'organisations', type: 'Organisation' },
  bibliography: { subpath: 'bibliography', name: 'bibliography', type: 'BibliographyEntry' },
};

/** A field's type in a few words; nested fields get rows of their own, so objects stay "object". */
function typeOf(node: JsonSchemaNode): string {
  const branches = node.oneOf ?? node.anyOf;
  if (branches !== undefined) return [...new Set(branches.map(typeOf))].join(' or ');
  if (node.enum !== undefined) return node.enum.map((value) => `\`${String(value)}\``).join(', ');
  if (node.const !== undefined) return `\`${String(node.const)}\``;
  if (node.type === 'array' && node.items !== undefined) {
    const item = typeOf(node.items);
    return item === 'object' ? 'list of objects' : `list of ${item}`;
  }
  return node.type ?? 'any';
}

/** One row of a dataset's field table: a field at any depth, named by its path. */
interface FieldRow {
  path: string;
  /** Present whenever its parent is. */
  required: boolean;
  /** Its type in a few words. */
  type: string;
  description: string;
}

/**
 * Every field of a record, depth first: nested object fields as `date.start.year`, fields of list
 * items as `sources[].quote`. The branches of a union (a point or a span date) are merged: a field
 * directly inside the union is required only when every branch requires it, and a field both
 * branches have (`kind`) lists the types of both.
 */
function fieldRows(node: JsonSchemaNode, prefix: string): FieldRow[] {
  const branches = node.oneOf ?? node.anyOf;
  if (branches !== undefined) {
    const perBranch = branches.map((branch) => fieldRows(branch, prefix));
    const merged = new Map<string, FieldRow>();
    for (const row of perBranch.flat()) {
      const known = merged.get(row.path);
      if (known !== undefined) {
        if (!known.type.split(' or ').includes(row.type)) known.type = `${known.type} or ${row.type}`;
        continue;
      }
      const direct = !row.path.slice(prefix.length + 1).includes('.');
      const everywhere = perBranch.every((rows) => rows.some((candidate) => candidate.path === row.path && candidate.required));
      merged.set(row.path, { ...row, required: direct ? everywhere : row.required });
    }
    return [...merged.values()];
  }
  if (node.type === 'array' && node.items !== undefined) return fieldRows(node.items, `${prefix}[]`);
  if (node.type !== 'object' || node.properties === undefined) return [];
  const required = node.required ?? [];
  return Object.entries(node.properties).flatMap(([key, child]) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    return [{ path, required: required.includes(key), type: typeOf(child), description: child.description ?? '' }, ...fieldRows(child, path)];
  });
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The README's dataset section, generated. */
export function readmeSection(): string {
  const parts = ['<!-- datasets:start (generated by scripts/readme-section.ts; do not edit by hand) -->', ''];
  parts.push('| dataset | records | import | CSV / JSON |', '| --- | --- | --- | --- |');
  for (const name of DATASET_NAMES) {
    const where = DATASET_EXPORTS[name];
    parts.push(`| [${name}](#${name}) | ${DATASETS[name].length} | \`${where.name}\` from \`@vn-mediation/data/${where.subpath}\` | \`dist/data/${name}.csv\`, \`dist/data/${name}.json\` |`);
  }
  parts.push('', `Total: ${DATASET_NAMES.reduce((sum, name) => sum + DATASETS[name].length, 0)} records.`, '');
  parts.push(
    'Each table lists every field, nested ones under their parent (`date.start.year`; `sources[].quote` for the fields of each list item). *Required* means present whenever its parent is. The descriptions come from the zod schemas and also appear in each JSON Schema and in the Table Schema of `datapackage.json`.',
    '',
  );
  for (const name of DATASET_NAMES) {
    const where = DATASET_EXPORTS[name];
    const schema = toSchemaNode(z.toJSONSchema(DATASET_SCHEMAS[name]));
    parts.push(`### ${name}`, '', `${DATASET_TITLES[name]}. ${DATASETS[name].length} records of type \`${where.type}\`.`, '');
    parts.push('| field | required | type | description |', '| --- | --- | --- | --- |');
    for (const row of fieldRows(schema, '')) {
      parts.push(`| \`${row.path}\` | ${row.required ? 'yes' : 'no'} | ${cell(row.type)} | ${cell(row.description)} |`);
    }
    parts.push('');
  }
  parts.push('<!-- datasets:end -->');
  return parts.join('\n');
}

/** The README's coverage section, generated: sentences per article by status, and the allowlist with its reasons. */
export function coverageSection(): string {
  return [
    '<!-- coverage:start (generated by scripts/readme-section.ts; do not edit by hand) -->',
    '',
    ...coverageSummaryTable(packageCoverage()),
    '',
    'The allowlisted sentences, each with its reason:',
    '',
    ...allowlistTable(),
    '',
    '<!-- coverage:end -->',
  ].join('\n');
}

const SECTION = /<!-- datasets:start[\s\S]*?<!-- datasets:end -->/;
const COVERAGE_SECTION = /<!-- coverage:start[\s\S]*?<!-- coverage:end -->/;

/** README text with its dataset and coverage sections replaced by the generated ones. */
export function withSection(readme: string): string {
  return readme.replace(SECTION, readmeSection()).replace(COVERAGE_SECTION, coverageSection());
}

if (process.argv.includes('--write')) {
  const path = new URL('../README.md', import.meta.url);
  writeFileSync(path, withSection(readFileSync(path, 'utf8')));
}
