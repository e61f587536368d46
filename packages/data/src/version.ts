// Injected by tsup (and vitest) `define` from package.json, so the version has one source.
declare const __DATA_VERSION__: string;

/** The version of `@vn-mediation/data` the datasets were published in. */
export const DATA_VERSION: string = __DATA_VERSION__;
