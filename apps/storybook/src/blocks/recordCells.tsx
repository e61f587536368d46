import type { ReactNode } from 'react';
import { formatEventDate, formatHedgedQuantity, formatQuantity } from '@vn-mediation/data/format';
import { recordDate, recordQuantities, recordValue } from './recordFields';
import type { FieldReading } from './recordFields';

// A malformed field is shown, flagged, in its cell: the page exists to show what the package
// publishes, so hiding a broken value would hide the very thing a reader must see.
const flag = (reading: Extract<FieldReading<unknown>, { status: 'invalid' }>): ReactNode => <strong>{`Unreadable ${reading.field}: ${reading.reason}`}</strong>;

/**
 * The Value cell of a record: a figure's number with its unit and hedge ("43 people"), or each
 * number an event or organisation carries, each with what it counts; `undefined` when it has none.
 */
export function valueCell(record: unknown): ReactNode {
  const value = recordValue(record);
  const quantities = recordQuantities(record);
  const parts: ReactNode[] = [];
  if (value.status === 'invalid') parts.push(flag(value));
  if (value.status === 'read') parts.push(formatHedgedQuantity(value.value.value, value.value.unit, value.value.valueQualifier));
  if (quantities.status === 'invalid') parts.push(flag(quantities));
  if (quantities.status === 'read') {
    const lines = quantities.value.map((quantity) => `${quantity.label}: ${formatQuantity(quantity.value, quantity.unit)}`);
    // Several numbers of one record read as a list; one reads as a phrase.
    if (lines.length === 1) parts.push(lines[0]);
    if (lines.length > 1) {
      parts.push(
        <ul style={{ margin: 0, paddingLeft: '1rem' }}>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>,
      );
    }
  }
  if (parts.length <= 1) return parts[0];
  // Both a value and quantities (no record has both yet): one block each.
  return parts.map((part, index) => (
    <div key={index} className="sb-unstyled">
      {part}
    </div>
  ));
}

/** The Date cell of a record: its as-of or event date at the article's precision ("up to January 2020", "1258–1308"). */
export function dateCell(record: unknown): ReactNode {
  const date = recordDate(record);
  if (date.status === 'invalid') return flag(date);
  // Kept on one line: a browser would otherwise break "1258–1308" after its dash. `sb-unstyled`
  // keeps Storybook's docs stylesheet from giving the wrapper a larger font than the table's.
  return date.status === 'read' ? (
    <div className="sb-unstyled" style={{ whiteSpace: 'nowrap' }}>
      {formatEventDate(date.value)}
    </div>
  ) : undefined;
}
