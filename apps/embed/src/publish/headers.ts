// The `_headers` file Netlify and Cloudflare Pages read, written by the build and parsed back by
// the test server and `pnpm serve`, so what is tested and served locally is what is deployed.
// Both hosts merge every rule that matches a path (joining repeated headers with commas), so a
// header that must have one value, such as Cache-Control, is set by rules that never overlap.

/** One rule: a path pattern (`*` matches any run of characters) and the headers it sets. */
export interface HeaderRule {
  /** Path pattern, e.g. `/*` or `/chunks/*`. */
  readonly path: string;
  /** Header names and values, in order. */
  readonly headers: readonly (readonly [string, string])[];
}

/** For files whose name changes with their content: kept for a year, never revalidated. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** For pages, JSON and every file whose name stays when it changes: five minutes. */
export const SHORT_CACHE = 'public, max-age=300';

/** The embed pages' Content-Security-Policy, with the sha256 of each inline script the pages run. */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  const scripts = ["'self'", ...[...new Set(scriptHashes)].sort().map((hash) => `'sha256-${hash}'`)].join(' ');
  return `default-src 'none'; script-src ${scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'`;
}

/** What the build knows when it writes `_headers`. */
export interface HeaderRulesInput {
  /** sha256 (base64) of every inline script the pages run. */
  scriptHashes: readonly string[];
  /** Embed ids: each folder's files get the short cache. */
  embedIds: readonly string[];
  /** Files at the dist root (manifest.json, host.js, loader.js, embed.js, …): short cache, their names never change. */
  rootFiles: readonly string[];
  /** Folder of content-hashed files, from the dist root (`chunks`). */
  hashedFolder: string;
}

/** The rules of the embed folder. */
export function headerRules(input: HeaderRulesInput): HeaderRule[] {
  const short = (path: string): HeaderRule => ({ path, headers: [['Cache-Control', SHORT_CACHE]] });
  return [
    {
      path: '/*',
      headers: [
        // The script embed fetches the pages from the journalist's origin.
        ['Access-Control-Allow-Origin', '*'],
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
        ['Content-Security-Policy', contentSecurityPolicy(input.scriptHashes)],
      ],
    },
    { path: `/${input.hashedFolder}/*`, headers: [['Cache-Control', IMMUTABLE_CACHE]] },
    ...input.rootFiles.map((file) => short(`/${file}`)),
    ...input.embedIds.map((id) => short(`/${id}/*`)),
  ];
}

/** The rules as `_headers` text: a path line, then its headers indented by two spaces. */
export function serializeHeaders(rules: readonly HeaderRule[]): string {
  return rules.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n') + '\n';
}

/** Parses `_headers` text. Throws, naming the line and why, on anything it cannot read. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: { path: string; headers: [string, string][] }[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const where = `_headers line ${String(index + 1)}`;
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`${where}: a rule's path starts with "/", got "${line}"`);
      rules.push({ path: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${where}: a header before any path`);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*\S)\s*$/.exec(line);
    if (!match?.[1] || match[2] === undefined) throw new Error(`${where}: expected "Name: value", got "${line.trim()}"`);
    rule.headers.push([match[1], match[2]]);
  });
  return rules;
}

function matches(pattern: string, pathname: string): boolean {
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(pathname);
}

/**
 * The headers a request for `pathname` gets, as the hosts apply them: every matching rule's
 * headers, a name set twice joined with ", ". Names are lower-cased.
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules) {
    if (!matches(rule.path, pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const before = result.get(key);
      result.set(key, before === undefined ? value : `${before}, ${value}`);
    }
  }
  return result;
}
