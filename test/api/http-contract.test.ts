import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ HAVEN_BODY_LIMIT_BYTES: '4096' });
});
afterAll(() => server.close());

describe('HTTP contract', () => {
  it('answers health and readiness', async () => {
    const client = new ApiClient(server.url);
    expect((await client.get('/api/health')).body).toEqual({ status: 'ok' });
    const ready = await client.get('/api/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ready');
  });

  it('rejects unknown fields with 400 and names them', async () => {
    const response = await new ApiClient(server.url).post('/api/auth/login', {
      username: 'a',
      password: 'b',
      admin: true,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(typeof response.body.requestId).toBe('string');
    expect(JSON.stringify(response.body.error.details)).toContain('admin');
  });

  it('does not coerce types', async () => {
    const response = await new ApiClient(server.url).post('/api/auth/login', {
      username: 12345,
      password: 'b',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].path).toBe('body.username');
  });

  it('answers 405 with Allow for an undeclared method and 404 for nothing', async () => {
    const client = new ApiClient(server.url);
    const wrongMethod = await client.request('DELETE', '/api/health');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET');
    expect(wrongMethod.body.error.code).toBe('method_not_allowed');
    const parametrised = await client.request(
      'DELETE',
      '/api/admin/users/7d1c8f1e-3b0a-4c55-9a55-0d6a1b0c2d3e/disable',
    );
    expect(parametrised.status).toBe(405);
    const missing = await client.get('/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
  });

  it('limits the body size and refuses non-JSON bodies with clear codes', async () => {
    const client = new ApiClient(server.url);
    const big = await client.post('/api/auth/login', { username: 'x'.repeat(10_000), password: 'y' });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('payload_too_large');
    const form = await client.request('POST', '/api/auth/login', {
      rawBody: 'username=a',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    const broken = await client.request('POST', '/api/auth/login', {
      rawBody: '{"username":',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('bad_request');
  });

  it('sends the security headers on every response', async () => {
    const client = new ApiClient(server.url);
    for (const path of ['/api/health', '/api/nothing', '/api/docs']) {
      const response = await client.get(path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
    expect((await client.get('/api/health')).headers.get('strict-transport-security')).toBeNull();
  });

  it('sends HSTS only for requests that came over TLS through a trusted proxy', async () => {
    const proxied = await startTestServer({ HAVEN_TRUST_PROXY: 'loopback' });
    try {
      const client = new ApiClient(proxied.url);
      const overTls = await client.get('/api/health', { 'x-forwarded-proto': 'https' });
      expect(overTls.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect((await client.get('/api/health')).headers.get('strict-transport-security')).toBeNull();
    } finally {
      await proxied.close();
    }
    const untrusted = await new ApiClient(server.url).get('/api/health', { 'x-forwarded-proto': 'https' });
    expect(untrusted.headers.get('strict-transport-security')).toBeNull();
  });

  it('publishes OpenAPI 3.1 describing every API route, and a docs page', async () => {
    const client = new ApiClient(server.url);
    const spec = await client.get('/api/openapi.json');
    expect(spec.status).toBe(200);
    expect(spec.body.openapi).toMatch(/^3\.1\./);
    for (const path of [
      '/api/auth/login',
      '/api/me',
      '/api/admin/users',
      '/api/admin/users/{id}',
      '/api/agencies',
      '/api/audit/access-log',
    ]) {
      expect(Object.keys(spec.body.paths)).toContain(path);
    }
    const loginBody = spec.body.paths['/api/auth/login'].post.requestBody.content['application/json'].schema;
    expect(loginBody.additionalProperties).toBe(false);
    const docs = await client.get('/api/docs');
    expect(docs.status).toBe(200);
    expect(String(docs.body)).toContain('swagger');
  });

  it('answers 500 without revealing anything when the database fails', async () => {
    const broken = await startTestServer();
    const user = await makeUser(broken.ctx, { role: 'caseworker' });
    const client = new ApiClient(broken.url);
    await client.login(user.username, user.password);
    await broken.ctx.database.db.destroy();
    const response = await client.get('/api/me');
    expect(response.status).toBe(500);
    expect(response.body.error).toEqual({
      code: 'internal_error',
      message: 'Something went wrong on our side. The error has been logged.',
    });
    expect(JSON.stringify(response.body)).not.toMatch(/kysely|pglite|postgres|stack|driver/i);
    const ready = await client.get('/api/ready');
    expect(ready.status).toBe(503);
    await broken.close();
  });
});
