/** One screenshot a visual test takes: what it shows, in which theme, at which width. */
export interface Shot {
  /** The story or embed id, e.g. `charts-timeline--default` or `timeline-korea`. */
  subject: string;
  /** The colour theme the shot shows. */
  theme: 'light' | 'dark';
  /** Width of the viewport in CSS pixels (the screenshot's width at 1x). */
  width: number;
}

const SUBJECT = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:--[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/**
 * The baseline's file name, e.g. `charts-timeline--default--dark--1280px.png`: sorted by story or
 * embed, so a reviewer finds every shot of one next to each other. Throws on a subject that is
 * not a lowercase id (it would make a file name that another shot could collide with).
 */
export function shotFileName(shot: Shot): string {
  if (!SUBJECT.test(shot.subject)) {
    throw new Error(`Shot subject "${shot.subject}" is not a lowercase id of letters, digits and hyphens`);
  }
  if (!Number.isInteger(shot.width) || shot.width <= 0) {
    throw new Error(`Shot ${shot.subject} has width ${String(shot.width)}; expected a positive whole number of pixels`);
  }
  return `${shot.subject}--${shot.theme}--${String(shot.width)}px.png`;
}

/** How messages name a shot, e.g. `charts-timeline--default (dark theme, 1280 px wide)`. */
export function describeShot(shot: Shot): string {
  return `${shot.subject} (${shot.theme} theme, ${String(shot.width)} px wide)`;
}
