// What the Datasets page reads from a record of any dataset. Which fields a record has depends on
// its dataset, so records arrive as `unknown` and each field is narrowed with the data package's
// own schema: a field that is there but malformed is reported with the schema's reason, never
// guessed at or dropped. How a value is written is not decided here but in
// `@vn-mediation/data/format`, which the charts use too.
import { EventDate, Figure, Quantity } from '@vn-mediation/data';

/** One field of a record as the page found it: not there, read, or there but malformed. */
export type FieldReading<T> =
  | { readonly status: 'absent' }
  | { readonly status: 'read'; readonly value: T }
  | {
      readonly status: 'invalid';
      /** The record's field, as the dataset names it (`asOf`). */
      readonly field: string;
      /** The schema's reasons, each with the path inside the field (`date.day: …`). */
      readonly reason: string;
    };

/** A figure's number with its unit and the article's hedge. */
export type FigureValue = Pick<Figure, 'value' | 'unit' | 'valueQualifier'>;

const FigureValue = Figure.pick({ value: true, unit: true, valueQualifier: true });

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);

const fieldOf = (record: unknown, field: string): unknown => (isObject(record) ? record[field] : undefined);

interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

type SafeParse<T> = (value: unknown) => { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };

const reasonOf = (issues: readonly SchemaIssue[]): string =>
  issues.map((issue) => (issue.path.length === 0 ? issue.message : `${issue.path.map(String).join('.')}: ${issue.message}`)).join('; ');

const readField = <T>(field: string, value: unknown, parse: SafeParse<T>): FieldReading<T> => {
  if (value === undefined) return { status: 'absent' };
  const result = parse(value);
  return result.success ? { status: 'read', value: result.data } : { status: 'invalid', field, reason: reasonOf(result.error.issues) };
};

// The human name sits in a different field per dataset: figures have a label, events and
// documents a title, people and organisations a name, concepts a term.
const LABEL_FIELDS = ['label', 'title', 'name', 'term'] as const;

/** The human name of any record: its `label`, `title`, `name` or `term`, else its id. */
export function recordLabel(record: unknown): string {
  for (const field of LABEL_FIELDS) {
    const candidate = fieldOf(record, field);
    if (typeof candidate === 'string' && candidate.length > 0) return candidate;
  }
  const id = fieldOf(record, 'id');
  return typeof id === 'string' && id.length > 0 ? id : '(a record with no label and no id)';
}

/** The date a record holds at (`asOf`, for figures) or happened on (`date`, for events and documents). */
export function recordDate(record: unknown): FieldReading<EventDate> {
  const asOf = fieldOf(record, 'asOf');
  if (asOf !== undefined) return readField('asOf', asOf, (value) => EventDate.safeParse(value));
  return readField('date', fieldOf(record, 'date'), (value) => EventDate.safeParse(value));
}

/** A figure's `value` with its `unit` and `valueQualifier`; absent for a record with no `value`. */
export function recordValue(record: unknown): FieldReading<FigureValue> {
  if (fieldOf(record, 'value') === undefined) return { status: 'absent' };
  const parts = { value: fieldOf(record, 'value'), unit: fieldOf(record, 'unit'), valueQualifier: fieldOf(record, 'valueQualifier') };
  return readField('value', parts, (value) => FigureValue.safeParse(value));
}

/** The numbers a record attaches besides its own value: an event's `quantity`, an organisation's `quantities`. */
export function recordQuantities(record: unknown): FieldReading<readonly Quantity[]> {
  const quantity = fieldOf(record, 'quantity');
  if (quantity !== undefined) {
    const reading = readField('quantity', quantity, (value) => Quantity.safeParse(value));
    return reading.status === 'read' ? { status: 'read', value: [reading.value] } : reading;
  }
  return readField('quantities', fieldOf(record, 'quantities'), (value) => Quantity.array().safeParse(value));
}
