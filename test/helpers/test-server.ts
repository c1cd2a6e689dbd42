import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { parseConfig } from '../../src/server/config.ts';
import type { AppContext } from '../../src/server/context.ts';
import { openContext } from '../../src/server/main.ts';
import { createTestDatabase } from './test-database.ts';

export type TestServer = { url: string; ctx: AppContext; app: FastifyInstance; close(): Promise<void> };

/** A real node on a real port over a fresh database; env overrides go through the real config parser. */
export async function startTestServer(
  env: Record<string, string> = {},
  options: { logStream?: NodeJS.WritableStream; webRoot?: string } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'haven-test-'));
  const config = parseConfig({
    HAVEN_DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    ...env,
  });
  const database = await createTestDatabase();
  const ctx = await openContext(config, { database }).catch(async (error) => {
    await database.close();
    throw error;
  });
  const app = await buildApp(ctx, {
    ...(options.logStream ? { logStream: options.logStream } : { logger: false }),
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    ctx,
    app,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
