// `_headers` of a built folder as a function of the path, for servers that stand in for the
// static host: `pnpm serve` and the browser tests.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { headersFor, parseHeaders } from './headers';

/** Reads `dist/_headers` and returns the headers each path gets, as the static host applies them. */
export async function headersOfFolder(dist: string): Promise<(pathname: string) => Record<string, string>> {
  const rules = parseHeaders(await readFile(join(dist, '_headers'), 'utf8'));
  return (pathname) => Object.fromEntries(headersFor(rules, pathname));
}
