import { articles } from '../articles';
import type { DatasetName } from '../dataset-names';
import { FOOTNOTE_TARGET, ID_REFERENCES } from '../references';
import type { Column, ColumnLimits } from './columns';
import { LIST_DELIMITER } from './columns';

/** The value constraints of a Table Schema (Data Package v2) field. */
export interface FieldConstraints extends Omit<ColumnLimits, 'pattern'> {
  required?: true;
  enum?: string[];
  /** An XML Schema regular expression, implicitly anchored, as Table Schema requires. */
  pattern?: string;
}

/** A Table Schema (Data Package v2) field. */
export interface TableField {
  name: string;
  /** What the column means, with its unit or format. */
  description: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'list';
  delimiter?: string;
  itemType?: 'string';
  constraints?: FieldConstraints;
}

/** A Table Schema foreign key: a column whose values name rows of another resource (or of this one). */
export interface ForeignKey {
  fields: string[];
  /** `resource` is absent for a reference inside the same resource. */
  reference: { resource?: DatasetName; fields: string[] };
}

/**
 * Turns a JSON Schema (ECMAScript) pattern into the XML Schema syntax Table Schema requires:
 * XML Schema patterns match the whole value, so the anchors go, and groups cannot be marked
 * non-capturing. Throws on what XML Schema has no syntax for, rather than publish a pattern that
 * means something else.
 */
export function xsdPattern(pattern: string): string {
  if (!pattern.startsWith('^') || !pattern.endsWith('$') || pattern.endsWith('\\$')) {
    throw new Error(`pattern ${pattern} is not anchored at both ends; XML Schema patterns always match the whole value`);
  }
  const body = pattern.slice(1, -1).replace(/\\\//g, '/').replace(/\(\?:/g, '(');
  if (/\(\?|\\[bB1-9]|[*+?}]\?|(?<![[\\])\^|(?<!\\)\$/.test(body)) throw new Error(`pattern ${pattern} uses syntax XML Schema regular expressions do not have`);
  return body;
}

function constraintsOf(column: Column): FieldConstraints {
  if (column.type === 'list') return column.required ? { required: true } : {};
  const { pattern, ...limits } = column.limits ?? {};
  return {
    ...(column.required ? { required: true as const } : {}),
    ...(column.enum === undefined ? {} : { enum: column.enum }),
    ...(pattern === undefined ? {} : { pattern: xsdPattern(pattern) }),
    ...limits,
  };
}

/** The foreign keys of a dataset's columns: ids of other datasets' records, and footnote numbers. */
export function foreignKeysFor(name: DatasetName, columns: readonly Column[]): ForeignKey[] {
  return columns.flatMap((column): ForeignKey[] => {
    const [top, index, leaf] = column.path;
    const reference = ID_REFERENCES.find((candidate) => candidate.field === top);
    if (reference !== undefined && typeof index === 'number' && column.path.length === 2) {
      return [{ fields: [column.name], reference: { resource: reference.target, fields: ['id'] } }];
    }
    if (top === 'sources' && typeof index === 'number' && leaf === 'footnote') {
      const target = FOOTNOTE_TARGET.dataset === name ? {} : { resource: FOOTNOTE_TARGET.dataset };
      return [{ fields: [column.name], reference: { ...target, fields: [FOOTNOTE_TARGET.field] } }];
    }
    return [];
  });
}

/** The Table Schema of a dataset's CSV, derived from the same columns the CSV is written with. */
export function tableSchemaFor(name: DatasetName, columns: readonly Column[]) {
  const fields: TableField[] = columns.map((column) => {
    const constraints = constraintsOf(column);
    return {
      name: column.name,
      description: column.description,
      type: column.type,
      ...(column.type === 'list' ? { delimiter: LIST_DELIMITER, itemType: 'string' as const } : {}),
      ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    };
  });
  const foreignKeys = foreignKeysFor(name, columns);
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields,
    primaryKey: ['id'],
    ...(foreignKeys.length === 0 ? {} : { foreignKeys }),
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
  argument: 'What both articles claim and conclude: theses, findings, claims, reasons, assets, interests, challenges, recommendations, roles and strategies, linked into an argument map',
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
      schema: tableSchemaFor(name, columns),
    })),
  };
}
