import { figureAsOfText, figureValueText } from '../model/modelParts';
import type { PkoFigureShape } from '../pko/pkoData';

/** What the personnel chart draws: people by type as bars, field hospitals and the start of deployments as text. */
export interface PkoPersonnelView {
  /** Personnel sent or ready, in the data's order (at least one). */
  readonly personnel: readonly PkoFigureShape[];
  /** Field-hospital figures (another unit: never on the personnel axis). */
  readonly hospitals: readonly PkoFigureShape[];
  /** When deployments started, when given. */
  readonly start: readonly PkoFigureShape[];
}

const PERSONNEL_MEASURES = ['personnel-sent', 'personnel-ready'];

/** Shapes checked figures into the view; `undefined` when no personnel figure is left to draw. */
export function pkoPersonnelView(figures: readonly PkoFigureShape[]): PkoPersonnelView | undefined {
  const personnel = figures.filter((figure) => PERSONNEL_MEASURES.includes(figure.measure) && figure.unit === 'persons');
  if (personnel.length === 0) return undefined;
  return {
    personnel,
    hospitals: figures.filter((figure) => figure.measure === 'field-hospitals'),
    start: figures.filter((figure) => figure.measure === 'deployment-start'),
  };
}

/** A bar's name: its label and the as-of date, or a plain statement that the article gives none. */
export function personnelBarName(figure: PkoFigureShape): string {
  return `${figure.label} (${figureAsOfText(figure) ?? 'no date given'})`;
}

function clause(figure: PkoFigureShape): string {
  const asOf = figureAsOfText(figure);
  return `${figure.label.charAt(0).toLowerCase()}${figure.label.slice(1)}: ${figureValueText(figure)}${asOf === undefined ? ' (no date given)' : ` (${asOf})`}`;
}

/** The chart's description, every number and date read from the view. */
export function describePkoPersonnel(view: PkoPersonnelView): string {
  const start = view.start[0];
  const opening = start === undefined ? 'Vietnam’s UN peacekeeping personnel' : `Vietnam’s UN peacekeeping personnel, deployed ${figureAsOfText(start) ?? String(start.value)}`;
  const people = view.personnel.map(clause).join('; ');
  const hospitals = view.hospitals.length === 0 ? '' : ` Field hospitals: ${view.hospitals.map(clause).join('; ')}.`;
  return `${opening}. ${people.charAt(0).toUpperCase()}${people.slice(1)}.${hospitals}`;
}
