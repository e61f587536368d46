/** Public subpaths of `@vn-mediation/ui` and the folder each one builds from (read by tsup and the bundle tests). */
export const SUBPATH_ENTRIES = {
  timeline: 'src/Timeline/index.ts',
  'partnership-tier-chart': 'src/PartnershipTierChart/index.ts',
  'pko-personnel-chart': 'src/PkoPersonnelChart/index.ts',
  'pko-women-share-chart': 'src/PkoWomenShareChart/index.ts',
  'dprk-aid-chart': 'src/DprkAidChart/index.ts',
  'mediation-spectrum-chart': 'src/MediationSpectrumChart/index.ts',
  'argument-map-chart': 'src/ArgumentMapChart/index.ts',
  theme: 'src/theme/index.ts',
} as const;

/** Folders holding one chart each: bundling one chart's subpath must reach none of the others. */
export const COMPONENT_FOLDERS = ['Timeline', 'PartnershipTierChart', 'PkoPersonnelChart', 'PkoWomenShareChart', 'DprkAidChart', 'MediationSpectrumChart', 'ArgumentMapChart'] as const;

/** Packages every subpath leaves to the host's bundler. */
export const EXTERNALS = ['react', 'react-dom', 'react/jsx-runtime', 'recharts', '@vn-mediation/data', '@vn-mediation/data/*'] as const;

/** The chart models' entry: `@vn-mediation/ui/model`, built without React or recharts. */
export const MODEL_ENTRY = 'src/model/index.ts';

/** The listbox keyboard map's entry: `@vn-mediation/ui/navigation`, built without React, beside the models. */
export const NAVIGATION_ENTRY = 'src/pointNavigation/navigation.ts';
