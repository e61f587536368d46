import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { OutgoingHttpHeaders } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

// Only the types a static Storybook build, the data files and the embed pages contain; anything
// else goes out as bytes, which a test would notice rather than a browser guessing.
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const HTML = 'text/html; charset=utf-8';

/** How a static server answers. */
export interface StaticServerOptions {
  /** Folder to serve; without one, only the pages registered with `page()` answer. */
  root?: string;
  /** Sends `access-control-allow-origin: *` with every file of `root`, as the CDNs embeds are deployed to do. */
  cors?: boolean;
  /**
   * Path prefix of content-hashed files (e.g. `/assets/`) the browser may keep for the whole run;
   * every other file is sent `no-cache`. Without it no cache header is sent at all.
   */
  immutablePrefix?: string;
  /**
   * Extra headers for each file of `root`, by its path (e.g. the rules of a `_headers` file, as a
   * static host applies them); they win over the ones above.
   */
  headersFor?: (pathname: string) => Readonly<Record<string, string>>;
  /** Port to listen on; without one, a free port. */
  port?: number;
}

/** A static origin on 127.0.0.1 and how to stop it. */
export interface StaticServer {
  /** Origin the server answers on, e.g. `http://127.0.0.1:40123`. */
  origin: string;
  /** Serves `html` at `path` (e.g. a host page written by a test); it wins over a file of `root`. */
  page(path: string, html: string): void;
  /** Drops open connections and resolves once the server has closed. */
  close(): Promise<void>;
}

/** The file `pathname` names inside `base`, or `undefined` when it climbs out of it. */
const fileInside = (base: string, pathname: string): string | undefined => {
  const file = join(base, pathname);
  return file === base || file.startsWith(base + sep) ? file : undefined;
};

/** Headers of a file answer, by the options the server was started with. */
const fileHeaders = (file: string, size: number, pathname: string, options: StaticServerOptions): OutgoingHttpHeaders => ({
  'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
  'content-length': size,
  ...(options.cors ? { 'access-control-allow-origin': '*' } : {}),
  ...(options.immutablePrefix === undefined
    ? {}
    : // Hashed bundles never change within a run: let Chromium reuse them across pages.
      { 'cache-control': pathname.startsWith(options.immutablePrefix) ? 'max-age=3600, immutable' : 'no-cache' }),
  // Lower-cased, so a name spelled `Cache-Control` replaces `cache-control` instead of doubling it.
  ...Object.fromEntries(Object.entries(options.headersFor?.(pathname) ?? {}).map(([name, value]) => [name.toLowerCase(), value])),
});

/**
 * Serves `root` (a directory answers with its `index.html`) and pages registered by the test on a
 * free port of 127.0.0.1. Unknown paths answer 404, so a test sees every broken link as a failed
 * request; paths that climb out of `root` answer 403; an undecodable path answers 400.
 */
export async function startStaticServer(options: StaticServerOptions = {}): Promise<StaticServer> {
  const pages = new Map<string, string>();
  const base = options.root === undefined ? undefined : resolve(options.root);
  const server = createServer((request, response) => {
    const notFound = (pathname: string): void => {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}`);
    };
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const page = pages.get(url.pathname);
      if (page !== undefined) {
        response.writeHead(200, { 'content-type': HTML }).end(page);
        return;
      }
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        response.writeHead(400).end();
        return;
      }
      if (base === undefined) {
        notFound(pathname);
        return;
      }
      let file = fileInside(base, pathname);
      if (file === undefined) {
        response.writeHead(403).end();
        return;
      }
      try {
        let info = await stat(file);
        if (info.isDirectory()) {
          file = join(file, 'index.html');
          info = await stat(file);
        }
        if (!info.isFile()) throw new Error(`${file} is not a file`);
        response.writeHead(200, fileHeaders(file, info.size, pathname, options));
        // A file that vanishes mid-read cuts the answer short, which the browser reports.
        createReadStream(file)
          .on('error', () => response.destroy())
          .pipe(response);
      } catch {
        notFound(pathname);
      }
    })().catch(() => {
      // Whatever went wrong, the browser gets an answer and the test process keeps running.
      if (response.headersSent) response.destroy();
      else response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolveListen);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') {
    server.close();
    throw new Error(`Expected a TCP address from the static server, got ${String(address)}`);
  }
  return {
    origin: `http://127.0.0.1:${String(address.port)}`,
    page: (path, html) => {
      pages.set(path, html);
    },
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        // Chromium keeps connections alive; without this `close` would wait for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}
