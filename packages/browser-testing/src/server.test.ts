import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { startStaticServer } from './server';

const root = mkdtempSync(join(tmpdir(), 'vnm-server-'));
writeFileSync(join(root, 'page.html'), '<!doctype html><title>x</title>');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A port no one listens on right now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('startStaticServer', () => {
  test('sends the headers headersFor gives for the requested path, over its own', async () => {
    const seen: string[] = [];
    const server = await startStaticServer({
      root,
      cors: true,
      headersFor: (pathname) => {
        seen.push(pathname);
        return { 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': 'https://article.example' };
      },
    });
    try {
      const response = await fetch(`${server.origin}/page.html`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
      expect(response.headers.get('access-control-allow-origin')).toBe('https://article.example');
      expect(seen).toEqual(['/page.html']);
    } finally {
      await server.close();
    }
  });

  test('listens on the port it is given', async () => {
    const port = await freePort();
    const server = await startStaticServer({ root, port });
    try {
      expect(server.origin).toBe(`http://127.0.0.1:${String(port)}`);
      expect((await fetch(`${server.origin}/page.html`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
