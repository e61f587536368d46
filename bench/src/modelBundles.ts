import { bundleEntry } from './bundleSize';
import { benchRoot } from './paths';

/** What a consumer bundle costs that imports one chart model, or one of the data package's zod-free helper subpaths. */
export interface ModelCost {
  /** What was imported, e.g. `pkoPersonnelModel from @vn-mediation/ui/model`. */
  entry: string;
  /** gzip bytes, the data package's format and vocabulary helpers bundled in, no dataset. */
  gzip: number;
  /** brotli bytes. */
  brotli: number;
  /** Whether React or recharts reached the bundle (must be false: models are plain functions). */
  reachedReactOrRecharts: boolean;
}

const MODEL_FUNCTIONS = ['timelineModel', 'partnershipModel', 'pkoPersonnelModel', 'womenShareModel', 'aidModel', 'mediationSpectrumModel', 'argumentMapModel'] as const;

// Each entry calls what it imports, so tree-shaking keeps exactly what a real caller needs.
const ENTRIES: readonly { entry: string; source: string }[] = [
  ...MODEL_FUNCTIONS.map((name) => ({ entry: `${name} from @vn-mediation/ui/model`, source: `import { ${name} } from '@vn-mediation/ui/model';\nconsole.log(${name}([]));\n` })),
  { entry: 'every model from @vn-mediation/ui/model', source: `import * as models from '@vn-mediation/ui/model';\nconsole.log(models);\n` },
  { entry: 'nextPointIndex from @vn-mediation/ui/navigation', source: `import { nextPointIndex } from '@vn-mediation/ui/navigation';\nconsole.log(nextPointIndex('End', 0, 3));\n` },
  { entry: 'formatEventDate, formatQuantity from @vn-mediation/data/format', source: `import { formatEventDate, formatQuantity } from '@vn-mediation/data/format';\nconsole.log(formatEventDate({ kind: 'point', date: { year: 2020 } }), formatQuantity(1, 'tonnes'));\n` },
  { entry: 'every vocabulary from @vn-mediation/data/vocabulary', source: `import * as vocabulary from '@vn-mediation/data/vocabulary';\nconsole.log(vocabulary);\n` },
];

/** Measures each model and helper subpath as a consumer bundle (nothing external). */
export async function measureModels(): Promise<ModelCost[]> {
  const costs: ModelCost[] = [];
  for (const { entry, source } of ENTRIES) {
    const bundle = await bundleEntry(source, { resolveDir: benchRoot });
    costs.push({
      entry,
      gzip: bundle.gzip,
      brotli: bundle.brotli,
      reachedReactOrRecharts: bundle.inputs.some((input) => /node_modules\/(react|react-dom|recharts)\//.test(input)),
    });
  }
  return costs;
}
