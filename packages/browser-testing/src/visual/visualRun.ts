/** The command that rewrites baselines on purpose; every message that asks for it quotes this. */
export const UPDATE_BASELINES_COMMAND = 'pnpm test:visual:update';

/** The environment variable the update command sets. */
export const UPDATE_VARIABLE = 'UPDATE_VISUAL';

/** Whether this run may write baselines. */
export interface VisualRun {
  /**
   * Write a baseline that is missing or differs beyond the tolerance, and delete stale ones.
   * Otherwise (always in CI) a missing, changed or stale baseline fails.
   */
  update: boolean;
}

const isSet = (value: string | undefined): boolean => value !== undefined && value !== '' && value !== '0' && value !== 'false';

/**
 * Reads the run mode from `UPDATE_VISUAL` and `CI`. Throws on an `UPDATE_VISUAL` other than `1`
 * (a typo would otherwise compare when the developer meant to update), and on both together:
 * baselines are made on a developer's machine and reviewed in a commit, never written by CI.
 */
export function visualRunFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): VisualRun {
  const requested = env[UPDATE_VARIABLE];
  if (requested !== undefined && requested !== '' && requested !== '1') {
    throw new Error(`${UPDATE_VARIABLE} must be 1 or unset, got "${requested}"`);
  }
  const update = requested === '1';
  if (update && isSet(env.CI)) {
    throw new Error(`${UPDATE_VARIABLE}=1 with CI=${env.CI ?? ''}: CI never writes baselines. Run ${UPDATE_BASELINES_COMMAND} locally and commit the PNGs.`);
  }
  return { update };
}
