import { articles } from '../articles';
import type { DatasetName } from '../dataset-names';
import type { Column } from './columns';
import { LIST_DELIMITER } from './columns';

/** A Table Schema (Frictionless v2) field. */
export interface TableField {
  name: string;
  /** What the column means, with its unit or format. */
  description: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'list';
  delimiter?: string;
  itemType?: 'string';
  constraints?: { required?: true; enum?: string[] };
}

/** The Table Schema of a dataset's CSV, derived from the same columns the CSV is written with. */
export function tableSchemaFor(columns: readonly Column[]) {
  const fields: TableField[] = columns.map((column) => {
    const constraints = {
      ...(column.required ? { required: true as const } : {}),
      ...(column.enum !== undefined && column.type !== 'list' ? { enum: column.enum } : {}),
    };
    return {
      name: column.name,
      description: column.description,
      type: column.type,
      ...(column.type === 'list' ? { delimiter: LIST_DELIMITER, itemType: 'string' as const } : {}),
      ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    };
  });
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields,
    primaryKey: ['id'],
  };
}

/** What each dataset holds, for the Data Package and the README. */
export const DATASET_TITLES: Readonly<Record<DatasetName, string>> = {
  timeline: 'Dated events of both articles, with date precision, actors and topics',
  partnerships: 'Vietnam’s diplomatic network: relations, partnership tiers, Lowy Index 2019 ranks',
  'former-foes': 'Former foes with which Vietnam has high-level partnership frameworks',
  'partnership-phrases': 'Partnerships an article names in its own words (diplomat-2016’s “long-standing strategic partnership with North Korea”), kept apart from the tier counts',
  pko: 'Vietnam’s UN peacekeeping: deployments, personnel, field hospitals, women’s share',
  aid: 'Vietnam’s aid to the DPRK by year and commodity, and the unpaid rice of 1996',
  economy: 'Vietnam’s economic exposure to South Korea',
  concepts: 'The mediation vocabulary: roles, strategies, options, interests, challenges',
  documents: 'Documents the articles name',
  people: 'People the articles name, with their roles',
  organisations: 'Organisations, bodies, facilities and initiatives the articles name',
  bibliography: 'The references of the 48 footnotes of iseas-2021-6',
};

/** The Frictionless Data Package (v2) descriptor of every dataset. */
export function dataPackage(version: string, license: string, resources: readonly { name: DatasetName; columns: readonly Column[] }[]) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'vn-mediation-data',
    title: 'Vietnam’s mediation diplomacy: every fact of two policy articles',
    description:
      'Typed, sourced records of every checkable fact in two articles on Vietnam’s mediation diplomacy, partnerships and UN peacekeeping. Every record carries verbatim quotes from its article. Each resource is also published as JSON (data/<name>.json) with a JSON Schema (json-schema/<name>.schema.json).',
    version,
    licenses: [{ name: license, path: `https://opensource.org/licenses/${license}`, title: `${license} License` }],
    sources: Object.values(articles).map((article) => ({
      title: `${article.author}, “${article.title}”, ${article.publication}, ${article.published} (id: ${article.id})`,
    })),
    resources: resources.map(({ name, columns }) => ({
      name,
      title: DATASET_TITLES[name],
      type: 'table',
      path: `data/${name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json', delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', header: true },
      schema: tableSchemaFor(columns),
    })),
  };
}
