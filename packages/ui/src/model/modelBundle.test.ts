// @vitest-environment node
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MODEL_ENTRY, NAVIGATION_ENTRY } from '../../subpaths.config';

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function modelBundle(): Promise<{ inputs: string[]; imports: string[] }> {
  // Nothing is external but the data package: had a model reached React or recharts, their
  // files would show in the inputs, and a bare import of them would fail to resolve as external.
  const result = await build({
    entryPoints: [path.join(packageRoot, MODEL_ENTRY)],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    logLevel: 'silent',
    external: ['@vn-mediation/data', '@vn-mediation/data/*'],
  });
  const inputs = Object.keys(result.metafile.inputs);
  const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports.map((item) => item.path));
  return { inputs, imports };
}

describe('the model subpath', () => {
  it('bundles with neither React nor recharts nor any component file', async () => {
    const { inputs, imports } = await modelBundle();
    expect(inputs.filter((input) => /node_modules\/(react|react-dom|recharts)\//.test(input) || input.endsWith('.tsx'))).toEqual([]);
    expect(imports.filter((name) => !name.startsWith('@vn-mediation/data'))).toEqual([]);
  });

  it('reaches every chart’s model (so the check above sees what it should)', async () => {
    const { inputs } = await modelBundle();
    for (const model of ['pkoPersonnelModel.ts', 'partnershipModel.ts', 'womenShareModel.ts', 'aidModel.ts', 'timelineModel.ts', 'spectrumModel.ts', 'argumentMapModel.ts']) {
      expect(inputs.some((input) => input.endsWith(model))).toBe(true);
    }
  });
});

describe('the navigation subpath', () => {
  it('bundles the keyboard map alone: no React, no model, no data', async () => {
    const result = await build({
      entryPoints: [path.join(packageRoot, NAVIGATION_ENTRY)],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs).map((input) => path.basename(input));
    expect(inputs.sort()).toEqual(['navigation.ts', 'nextPointIndex.ts', 'pointIndexAttribute.ts']);
  });
});
