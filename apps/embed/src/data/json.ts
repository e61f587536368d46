// The "get the data" JSON of an embed: the same rows as its CSV, each keyed by column, with the
// provenance a CSV cannot carry (each row's sources and notes, the chart's citations and version).
import type { ChartModelBase, ModelColumn, ModelTable } from '@vn-mediation/ui/model';

/** Keys every row carries besides its columns: a column may not take one of them. */
const ROW_KEYS = ['id', 'sources', 'notes'] as const;

/** One row of `data.json`: `id`, one string per column key, its sources and notes. */
export type JsonRow = Readonly<Record<string, unknown>>;

/** The whole of `data.json`: the chart model's text and provenance, then its table as rows. */
export interface EmbedDataJson extends Pick<ChartModelBase, 'title' | 'description' | 'sourceLine' | 'citations' | 'dataVersion' | 'notes'> {
  /** The embed's id. */
  readonly id: string;
  /** The table's columns: the keys of each row, with the header the CSV uses. */
  readonly columns: readonly Pick<ModelColumn, 'key' | 'header'>[];
  /** The rows of the CSV, in its order. */
  readonly rows: readonly JsonRow[];
}

function rowsOf(table: ModelTable): JsonRow[] {
  for (const column of table.columns) {
    if ((ROW_KEYS as readonly string[]).includes(column.key)) throw new Error(`table "${table.caption}": column key "${column.key}" clashes with a row's own ${column.key}`);
  }
  return table.rows.map((row) => {
    if (row.cells.length !== table.columns.length) {
      throw new Error(`table "${table.caption}", row "${row.key}": ${String(row.cells.length)} cells for ${String(table.columns.length)} columns`);
    }
    const cells = Object.fromEntries(table.columns.map((column, i) => [column.key, row.cells[i]]));
    return { id: row.key, ...cells, sources: row.sources, notes: row.notes };
  });
}

/** The embed's `data.json`: the model's table rows as objects, with its title, description and provenance. */
export function modelDataJson(id: string, model: Pick<ChartModelBase, 'title' | 'description' | 'sourceLine' | 'citations' | 'dataVersion' | 'notes' | 'table'>): EmbedDataJson {
  return {
    id,
    title: model.title,
    description: model.description,
    sourceLine: model.sourceLine,
    citations: model.citations,
    dataVersion: model.dataVersion,
    notes: model.notes,
    columns: model.table.columns.map(({ key, header }) => ({ key, header })),
    rows: rowsOf(model.table),
  };
}
