import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ScreenshotVerdict } from './checkScreenshot';
import { UPDATE_BASELINES_COMMAND } from './visualRun';
import type { VisualRun } from './visualRun';

/** A visual run in numbers, and every failure message. */
export interface VisualReport {
  /** One message per failed shot, then one for stale baselines (outside an update run). */
  failures: string[];
  /** One line for the test log: shots, matched, written, failed, stale, baseline bytes. */
  summary: string;
}

/** Total bytes of the PNG baselines in `baselineDir` (0 when it does not exist yet). */
export function baselineBytes(baselineDir: string): number {
  let files: string[];
  try {
    files = readdirSync(baselineDir).filter((file) => file.endsWith('.png'));
  } catch {
    return 0;
  }
  return files.reduce((total, file) => total + statSync(join(baselineDir, file)).size, 0);
}

/** Sums up a visual run: what matched, what was written, what failed and what is stale. */
export function reportVisualRun(verdicts: readonly ScreenshotVerdict[], stale: readonly string[], run: VisualRun, baselineDir: string): VisualReport {
  const failures = verdicts.flatMap((verdict) => (verdict.status === 'failed' ? [verdict.message] : []));
  if (stale.length > 0 && !run.update) {
    failures.push(`${String(stale.length)} baseline(s) match no shot (a story or embed renamed or removed): ${stale.join(', ')}. Delete them with ${UPDATE_BASELINES_COMMAND}.`);
  }
  const tally = (status: ScreenshotVerdict['status']): number => verdicts.filter((verdict) => verdict.status === status).length;
  const kilobytes = (baselineBytes(baselineDir) / 1024).toFixed(0);
  const staleNote = stale.length === 0 ? '' : `, ${String(stale.length)} stale baseline(s) ${run.update ? 'deleted' : 'found'}`;
  const summary = `${String(verdicts.length)} shots: ${String(tally('matched'))} matched, ${String(tally('written'))} written, ${String(tally('failed'))} failed${staleNote}; baselines ${kilobytes} KB in ${baselineDir}`;
  return { failures, summary };
}
