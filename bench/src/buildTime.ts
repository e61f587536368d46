import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { repoRoot } from './paths';

/** Wall time of the workspace build, without and with turbo's cache. */
export interface BuildTimes {
  /** `turbo run build --force`: every task runs, nothing is restored from the cache. */
  coldMs: number;
  /** `turbo run build` straight after: every task restored from the cache. */
  cachedMs: number;
}

function timeTurbo(args: string[]): number {
  const start = performance.now();
  const run = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  const elapsed = performance.now() - start;
  if (run.status !== 0) throw new Error(`turbo run build ${args.join(' ')} exited with ${String(run.status)}`);
  return elapsed;
}

/** Builds everything (which later sections need anyway) and times it cold, then cached. */
export function measureBuild(): BuildTimes {
  const coldMs = timeTurbo(['--force']);
  const cachedMs = timeTurbo([]);
  return { coldMs, cachedMs };
}
