import { execFileSync } from 'node:child_process';

/**
 * The font the baselines were drawn with: the charts ask for `system-ui`, which fontconfig
 * resolves on Debian to DejaVu Sans (package `fonts-dejavu-core`, which Chromium's fontconfig
 * pulls in). Another font changes every glyph, so it is checked before any shot is taken.
 */
export const BASELINE_FONT = 'DejaVu Sans';

/** Runs `fc-match` for one pattern; overridable so tests need not depend on the machine's fonts. */
type FontMatcher = (pattern: string) => string;

const fcMatch: FontMatcher = (pattern) => execFileSync('fc-match', ['--format=%{family}', pattern], { encoding: 'utf8' });

/**
 * Throws, saying what to install, unless fontconfig resolves `system-ui` and `sans-serif` to
 * {@link BASELINE_FONT}: a visual test on another font would fail every shot with no hint why.
 */
export function checkBaselineFont(match: FontMatcher = fcMatch): void {
  for (const pattern of ['system-ui', 'sans-serif']) {
    let family: string;
    try {
      family = match(pattern);
    } catch (error) {
      throw new Error(`Could not ask fontconfig which font "${pattern}" is (${error instanceof Error ? error.message : String(error)}): apt-get install -y fontconfig fonts-dejavu-core`, { cause: error });
    }
    // fc-match lists every family name of the font, comma-separated.
    if (!family.split(',').map((name) => name.trim()).includes(BASELINE_FONT)) {
      throw new Error(`The visual baselines are drawn in ${BASELINE_FONT}, but "${pattern}" is "${family}" here: apt-get install -y fonts-dejavu-core`);
    }
  }
}
