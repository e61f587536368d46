import { checkFigures } from '../dataShape/checkFigures';
import type { FigureCheck } from '../dataShape/checkFigures';
import { isFiniteNumber, isNonEmptyString, isRecord } from '../dataShape/primitives';
import type { FigureShape } from '../dataShape/shapes';

/** The part of a `@vn-mediation/data` peacekeeping figure the PKO charts read. */
export interface PkoFigureShape extends FigureShape {
  /** What the figure measures (`personnel-sent`, `female-share`, …). */
  readonly measure: string;
  /** Who is counted (`officers`, `military-engineers`, …). */
  readonly personnelType?: string | undefined;
  /** Mission area as the article names it. */
  readonly mission?: string | undefined;
  /** The parts of a share the article prints next to it (23 of 166). */
  readonly derivedFrom?: { readonly numerator: number; readonly denominator: number } | undefined;
}

/** Checks `unknown` input as peacekeeping figures: the shared fields plus a measure and, when present, well-formed parts. */
export function checkPkoFigures(value: unknown): FigureCheck<PkoFigureShape> {
  return checkFigures(value, (record, path, problems) => {
    const { measure, personnelType, mission, derivedFrom } = record;
    const before = problems.length;
    if (!isNonEmptyString(measure)) problems.push(`${path}.measure must be a non-empty string`);
    if (personnelType !== undefined && !isNonEmptyString(personnelType)) problems.push(`${path}.personnelType must be a non-empty string`);
    if (mission !== undefined && !isNonEmptyString(mission)) problems.push(`${path}.mission must be a non-empty string`);
    const parts =
      isRecord(derivedFrom) && isFiniteNumber(derivedFrom.numerator) && isFiniteNumber(derivedFrom.denominator) && derivedFrom.denominator > 0
        ? { numerator: derivedFrom.numerator, denominator: derivedFrom.denominator }
        : undefined;
    if (derivedFrom !== undefined && parts === undefined) problems.push(`${path}.derivedFrom must hold a numerator and a positive denominator`);
    if (problems.length > before || !isNonEmptyString(measure)) return undefined;
    return {
      measure,
      personnelType: isNonEmptyString(personnelType) ? personnelType : undefined,
      mission: isNonEmptyString(mission) ? mission : undefined,
      derivedFrom: parts,
    };
  });
}
