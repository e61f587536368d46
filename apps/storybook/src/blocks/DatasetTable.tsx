import type { ArticleId, DatasetName } from '@vn-mediation/data';
import { countWords, shortCitation } from '@vn-mediation/data/format';
import { CopyCitation } from './CopyCitation';
import type { DatasetEntry } from './datasetCatalogue';
import { dateCell, valueCell } from './recordCells';
import { recordLabel } from './recordFields';

/** The evidence fields every record of every dataset carries. */
export interface SourceLike {
  /** Article id, `iseas-2021-6` or `diplomat-2016`. */
  article: ArticleId;
  /** Verbatim quote from the article. */
  quote: string;
  /** Footnote of `iseas-2021-6` the quote sits in, when it does. */
  footnote?: number;
}

/** Any record of `@vn-mediation/data`: an id and its sources, plus dataset-specific fields. */
export type DatasetRecord = Readonly<Record<string, unknown>> & {
  readonly id: string;
  readonly sources: readonly SourceLike[];
};

/** Props of {@link DatasetTable}. */
export interface DatasetTableProps {
  /** Dataset name: the file name of its JSON and CSV (`timeline` links to `data/timeline.json`). */
  name: DatasetName;
  /** Its caption, summary and import. */
  entry: DatasetEntry;
  /** The records, exactly as the package exports them. */
  records: readonly DatasetRecord[];
}

/** "1 record", "39 records". */
export const recordCount = (count: number): string => countWords(count, 'record', 'records');

const notesOf = (record: DatasetRecord): string[] => {
  const notes = record.notes;
  return Array.isArray(notes) ? notes.filter((note): note is string => typeof note === 'string') : [];
};

/**
 * One dataset as a table: every record with its label, value, date, and each source's quote,
 * article and footnote. Renders from the data, so a figure is never typed twice.
 */
export const DatasetTable = ({ name, entry, records }: DatasetTableProps) => {
  const { caption } = entry;
  const hasValues = records.some((record) => valueCell(record) !== undefined);
  const hasDates = records.some((record) => dateCell(record) !== undefined);
  return (
    <section aria-labelledby={`dataset-${name}`}>
      <h2 id={`dataset-${name}`}>{caption}</h2>
      <p>
        {entry.summary} {recordCount(records.length)}.
      </p>
      <p>
        Import: <code>{`import { ${entry.exportName} } from '${entry.subpath}';`}</code> Download:{' '}
        {/* `download`: a click saves the file instead of replacing this docs page inside Storybook's frame. */}
        <a href={`./data/${name}.json`} download>{`${name}.json`}</a> or{' '}
        <a href={`./data/${name}.csv`} download>{`${name}.csv`}</a>.
      </p>
      {/* A wide table scrolls inside its own box, so the docs page never scrolls sideways. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be reachable by keyboard (axe scrollable-region-focusable) */}
      <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={`${caption}, scrollable table`}>
        <table>
          <caption style={{ textAlign: 'left' }}>{caption}: every record and its sources</caption>
          <thead>
            <tr>
              <th scope="col">Record</th>
              {hasValues ? <th scope="col">Value</th> : null}
              {hasDates ? <th scope="col">Date</th> : null}
              <th scope="col">Source quote</th>
              <th scope="col">Article</th>
              <th scope="col">Footnote</th>
              <th scope="col">Cite</th>
            </tr>
          </thead>
          <tbody>
            {records.map((record) => {
              const notes = notesOf(record);
              const span = Math.max(1, record.sources.length);
              // A record without a source breaks the package's own rule; show it, flagged, rather than drop it.
              const sources: readonly (SourceLike | undefined)[] = record.sources.length > 0 ? record.sources : [undefined];
              return sources.map((source, index) => (
                <tr key={`${record.id}-${index}`}>
                  {index === 0 ? (
                    <>
                      <th scope="row" rowSpan={span} style={{ textAlign: 'left', verticalAlign: 'top' }}>
                        {recordLabel(record)}
                        <br />
                        <code>{record.id}</code>
                        {notes.length > 0 ? (
                          <ul style={{ fontWeight: 'normal', margin: '0.25rem 0 0', paddingLeft: '1rem' }}>
                            {notes.map((note) => (
                              <li key={note}>Note: {note}</li>
                            ))}
                          </ul>
                        ) : null}
                      </th>
                      {hasValues ? <td rowSpan={span}>{valueCell(record) ?? '–'}</td> : null}
                      {hasDates ? <td rowSpan={span}>{dateCell(record) ?? '–'}</td> : null}
                    </>
                  ) : null}
                  <td>{source ? <q>{source.quote}</q> : <strong>No source: this record should not be published.</strong>}</td>
                  <td style={{ whiteSpace: 'nowrap' }}>{source ? <>{shortCitation({ article: source.article })}<br /><code>{source.article}</code></> : '–'}</td>
                  <td>{source?.footnote ?? '–'}</td>
                  {index === 0 ? (
                    <td rowSpan={span} style={{ verticalAlign: 'top' }}>
                      <CopyCitation dataset={name} id={record.id} />
                    </td>
                  ) : null}
                </tr>
              ));
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
};
