// Writes the package version into CITATION.cff, so the file cites the release it ships in.
// Run after `changeset version` bumps package.json: `pnpm --filter @vn-mediation/data run sync:citation`.
// A test (src/citation-cff.test.ts) fails while the two disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageUrl = new URL('../package.json', import.meta.url);
const citationUrl = new URL('../CITATION.cff', import.meta.url);

/** CITATION.cff text with its top-level `version:` line set to `version`. */
export function withVersion(cff: string, version: string): string {
  if (!/^version: .*$/m.test(cff)) throw new Error('CITATION.cff has no top-level "version:" line');
  return cff.replace(/^version: .*$/m, `version: "${version}"`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pkg: unknown = JSON.parse(readFileSync(packageUrl, 'utf8'));
  const version = typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string' ? pkg.version : '';
  if (version === '') throw new Error('package.json has no version');
  writeFileSync(citationUrl, withVersion(readFileSync(citationUrl, 'utf8'), version));
  console.log(`CITATION.cff: version ${version}`);
}
