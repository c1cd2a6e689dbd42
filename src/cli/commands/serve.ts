import { buildApp } from '../../server/app.ts';
import { parseConfig } from '../../server/config.ts';
import { seedDemo } from '../../server/demo/seed-demo.ts';
import { openContext } from '../../server/main.ts';

export async function serveCommand(): Promise<number> {
  const config = parseConfig();
  const ctx = await openContext(config);
  const embedded = ctx.database.engine === 'pglite';
  if (ctx.keyRingCreated) {
    process.stderr.write(
      `Created a new encryption key ring at ${config.keyFile}. Back it up apart from the database: without it, encrypted fields cannot be read.\n`,
    );
  }
  // The embedded engine is the newcomer's path: it gets the demo. PostgreSQL is production: nothing is seeded.
  const demo = embedded ? await seedDemo(ctx) : null;
  const app = await buildApp(ctx, { webRoot: config.webRoot });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await ctx.database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const address = await app.listen({ port: config.port, host: config.host });
  const url =
    config.host === 'localhost' || config.host === '127.0.0.1'
      ? `http://localhost:${new URL(address).port}`
      : address;
  const lines = [
    '',
    `Haven ${config.country} national node is running at ${url}`,
    `  database: ${embedded ? `embedded PostgreSQL (PGlite) in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
    `  API docs: ${url}/api/docs`,
  ];
  if (demo) {
    lines.push(`  demo accounts: ${demo.usernames.join(', ')}`);
    if (demo.generated && demo.password) {
      lines.push(`  demo password (generated now, shown once): ${demo.password}`);
    } else if (config.demoPassword) {
      lines.push('  demo password: the value of HAVEN_DEMO_PASSWORD');
    } else {
      lines.push('  demo password: printed at first start; set HAVEN_DEMO_PASSWORD to choose a new one');
    }
    lines.push('  demo-coordinator and demo-admin set up two-step verification at first sign-in.');
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
  return new Promise<number>(() => undefined); // Runs until a signal ends the process.
}
