import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.css': 'text/css; charset=utf-8',
};

/** A static origin on 127.0.0.1 for the browser tests. */
export interface TestOrigin {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Serves `html` at `path` (e.g. a host page written by a test). */
  page(path: string, html: string): void;
  /** Stops listening. */
  close(): Promise<void>;
}

/**
 * Serves `root` (when given) and pages registered by the test on a free port of 127.0.0.1,
 * with `Access-Control-Allow-Origin: *` as the CDNs embeds are deployed to send.
 */
export async function startOrigin(root?: string): Promise<TestOrigin> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const page = pages.get(url.pathname);
      if (page !== undefined) {
        response.writeHead(200, { 'content-type': TYPES['.html'] ?? 'text/html' });
        response.end(page);
        return;
      }
      if (!root) {
        response.writeHead(404).end();
        return;
      }
      const relative = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
      const path = join(root, relative.endsWith(sep) || relative === '' ? join(relative, 'index.html') : relative);
      if (!path.startsWith(normalize(root))) {
        response.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(path);
        response.writeHead(200, {
          'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
          'access-control-allow-origin': '*',
        });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${String(address.port)}`,
    page: (path, html) => pages.set(path, html),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
