// Lints every GitHub Actions workflow with action-validator (the workflow JSON Schema, plus
// `needs` that name no job and similar), then checks what the release depends on: it must mint
// an OIDC token for npm trusted publishing and provenance, and never fall back to a long-lived
// npm token. Run by `pnpm lint:workflows`, part of `pnpm test`; any finding fails it.
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const dir = join(__dirname, '..', '.github', 'workflows');
const validator = require.resolve('@action-validator/cli/cli.mjs');
const files = existsSync(dir) ? readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort() : [];
const problems = [];

if (files.length === 0) problems.push(`.github/workflows: no workflow found`);

for (const name of files) {
  const result = spawnSync(process.execPath, [validator, join(dir, name)], { encoding: 'utf8' });
  if (result.status === 0) console.log(`ok .github/workflows/${name}`);
  else problems.push(`.github/workflows/${name}: action-validator exited ${result.status}\n${result.stdout}${result.stderr}`);
}

const release = join(dir, 'release.yml');
if (existsSync(release)) {
  const text = readFileSync(release, 'utf8');
  if (!/^\s*id-token:\s*write\b/m.test(text)) problems.push('.github/workflows/release.yml: no `id-token: write`: npm trusted publishing and provenance need the OIDC token');
  if (!/NPM_CONFIG_PROVENANCE:\s*'?true'?/.test(text)) problems.push('.github/workflows/release.yml: NPM_CONFIG_PROVENANCE is not set to true');
  if (/NPM_TOKEN|NODE_AUTH_TOKEN/.test(text)) problems.push('.github/workflows/release.yml: mentions NPM_TOKEN or NODE_AUTH_TOKEN: publishing goes through trusted publishing, not a stored token');
} else {
  problems.push('.github/workflows/release.yml is missing');
}

if (problems.length > 0) {
  console.error(problems.join('\n\n'));
  process.exit(1);
}
