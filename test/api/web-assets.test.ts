// The built web app is served precompressed and cached by name: hashed files under /assets for a year,
// index.html (and every client-side route that answers with it) revalidated on each load.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDirectory } from '../../scripts/precompress-web.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** node:http, not fetch: fetch would decompress silently and hide what travelled. */
function get(base: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

let server: TestServer;
let webRoot: string;
const script = `export const greeting = ${JSON.stringify('Вітаємо у Haven. '.repeat(400))};\n`;

beforeAll(async () => {
  webRoot = mkdtempSync(join(tmpdir(), 'haven-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'assets', 'index-AbC123.js'), script);
  writeFileSync(join(webRoot, 'assets', 'tiny-Zz9.js'), 'export {};\n');
  writeFileSync(
    join(webRoot, 'index.html'),
    `<!doctype html><html><head><script type="module" src="/assets/index-AbC123.js"></script></head><body>${'<!-- padding -->'.repeat(80)}<div id="root"></div></body></html>`,
  );
  writeFileSync(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  precompressDirectory(webRoot);
  server = await startTestServer({}, { webRoot });
});
afterAll(() => server.close());

describe('precompressing the build', () => {
  it('writes .br and .gz twins that decompress to the original, and leaves tiny files alone', () => {
    const original = readFileSync(join(webRoot, 'assets', 'index-AbC123.js'));
    const brotli = readFileSync(join(webRoot, 'assets', 'index-AbC123.js.br'));
    expect(brotli.length).toBeLessThan(original.length / 4);
    expect(brotliDecompressSync(brotli).equals(original)).toBe(true);
    expect(gunzipSync(readFileSync(join(webRoot, 'assets', 'index-AbC123.js.gz'))).equals(original)).toBe(
      true,
    );
    expect(() => readFileSync(join(webRoot, 'assets', 'tiny-Zz9.js.br'))).toThrow();
  });
});

describe('serving the web app', () => {
  it('sends Brotli to a browser that accepts it, with a year-long immutable cache', async () => {
    const response = await get(server.url, '/assets/index-AbC123.js', { 'accept-encoding': 'br, gzip' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(response.body).toString()).toBe(script);
  });

  it('sends gzip when that is all the browser accepts, and the plain file when it accepts nothing', async () => {
    const gzip = await get(server.url, '/assets/index-AbC123.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);
    const plain = await get(server.url, '/assets/index-AbC123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const tiny = await get(server.url, '/assets/tiny-Zz9.js', { 'accept-encoding': 'br' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('export {};\n');
  });

  it('makes the browser revalidate index.html, client routes and unhashed files, under the same CSP', async () => {
    for (const path of ['/', '/cases/3f0c5c2e-0000-4000-8000-000000000000', '/favicon.svg']) {
      const response = await get(server.url, path, { 'accept-encoding': 'br, gzip' });
      expect(response.status, path).toBe(200);
      expect(response.headers['cache-control'], path).toBe('no-cache');
      expect(response.headers['content-security-policy'], path).toContain("script-src 'self'");
    }
    const shell = await get(server.url, '/inbox', { 'accept-encoding': 'br' });
    expect(shell.headers['content-encoding']).toBe('br');
    expect(shell.headers['content-type']).toMatch(/text\/html/);
    expect(brotliDecompressSync(shell.body).toString()).toContain('<div id="root">');
  });

  it('keeps API answers out of every cache and answers a missing asset with 404', async () => {
    const health = await get(server.url, '/api/health');
    expect(health.headers['cache-control']).toBe('no-store');
    const missing = await get(server.url, '/assets/gone-000.js', { 'accept-encoding': 'br' });
    expect(missing.status).toBe(404);
  });
});
