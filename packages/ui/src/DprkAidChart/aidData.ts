import { checkFigures, readOptionalEnum } from '../dataShape/checkFigures';
import type { FigureCheck } from '../dataShape/checkFigures';
import { narrowEventDate } from '../dataShape/narrowDate';
import { isNonEmptyString } from '../dataShape/primitives';
import { AID_FLOWS } from '@vn-mediation/data/vocabulary';
import type { EventDateShape, FigureShape } from '../dataShape/shapes';

const FLOWS = AID_FLOWS;

/** The part of a `@vn-mediation/data` aid figure the chart reads. */
export interface AidFigureShape extends FigureShape {
  /** What was given or sold (`rice`, `flood-relief`, …). */
  readonly commodity: string;
  /** Aid given, or a sale left unpaid. */
  readonly flow: (typeof FLOWS)[number];
  /** Recipient as the article names it. */
  readonly recipient?: string | undefined;
  /** The year or span the amount belongs to: every aid amount is dated. */
  readonly asOf: EventDateShape;
}

/** Checks `unknown` input as aid figures: each needs a commodity, a flow and a date. */
export function checkAidFigures(value: unknown): FigureCheck<AidFigureShape> {
  return checkFigures(value, (record, path, problems) => {
    const flow = readOptionalEnum(record, 'flow', FLOWS, path, problems);
    const { commodity, recipient } = record;
    const before = problems.length;
    if (flow === undefined) problems.push(`${path}.flow is missing`);
    if (!isNonEmptyString(commodity)) problems.push(`${path}.commodity must be a non-empty string`);
    if (recipient !== undefined && !isNonEmptyString(recipient)) problems.push(`${path}.recipient must be a non-empty string`);
    if (record.asOf === undefined) problems.push(`${path}.asOf is missing: every aid amount needs its year`);
    // The shared figure check has already recorded any problem inside asOf; here we only need its value.
    const asOf = narrowEventDate(record.asOf, `${path}.asOf`, []);
    if (problems.length > before || flow === undefined || flow === null || !isNonEmptyString(commodity) || asOf === undefined) return undefined;
    return { flow, commodity, recipient: isNonEmptyString(recipient) ? recipient : undefined, asOf };
  });
}
