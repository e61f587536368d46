import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'tsup';
import { emitData } from '../../scripts/emit-data';
import { tsupOptions } from '../../tsup.config';

let pending: Promise<string> | undefined;

/**
 * Builds the package with its own tsup options and data emitter into a fresh temporary folder,
 * once per test file. Tests read this rather than dist/, which a concurrent `build` task may be
 * cleaning, and which may be stale.
 */
export function freshBuild(): Promise<string> {
  pending ??= (async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'vn-mediation-data-'));
    await build({ ...tsupOptions, outDir, dts: false, clean: false, silent: true, config: false });
    emitData(outDir);
    return outDir;
  })();
  return pending;
}
