// `pnpm serve`: serves the built folder on 127.0.0.1 with its `_headers` applied, as the static
// host will; with an HTML file as argument, also serves that file from a second origin, so a
// journalist can paste a snippet into it and see the embed work across origins as it will in
// their CMS. Build first with EMBED_BASE_URL set to the address printed here (see the README).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '@vn-mediation/browser-testing';
import { headersOfFolder } from './publish/headersFile';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(resolve(dist, '_headers'))) throw new Error(`no build at ${dist}: run \`pnpm --filter @vn-mediation/embed build\` first`);
const port = Number(process.env.PORT ?? '4173');
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${String(process.env.PORT)}"`);
const embeds = await startStaticServer({ root: dist, headersFor: await headersOfFolder(dist), port });
console.log(`embed folder: ${embeds.origin}/  (manifest: ${embeds.origin}/manifest.json)`);

// `pnpm --filter … serve -- page.html` passes the `--` on.
const [hostFile] = process.argv.slice(2).filter((arg) => arg !== '--');
if (hostFile !== undefined) {
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), hostFile);
  if (!existsSync(file)) throw new Error(`no test page at ${file}: give the path of an HTML file with a snippet pasted into it`);
  // A free port: another origin than the embeds', as a CMS page is.
  const host = await startStaticServer();
  host.page('/', readFileSync(file, 'utf8'));
  console.log(`test page ${file} (read once: restart after editing it): ${host.origin}/`);
}
console.log('Ctrl-C stops the servers.');
