import { buildApp } from '../../server/app.ts';
import { parseConfig } from '../../server/config.ts';
import { seedDemo } from '../../server/demo/seed-demo.ts';
import { startDeliveryWorker } from '../../server/federation/delivery-worker.ts';
import { federationIdentity } from '../../server/federation/identity.ts';
import { openContext } from '../../server/main.ts';
import { endStepProgress, stepProgress } from '../output.ts';

export async function serveCommand(args: string[] = []): Promise<number> {
  // `haven serve --hub` is HAVEN_ROLE=hub said on the command line.
  const config = parseConfig(args.includes('--hub') ? { ...process.env, HAVEN_ROLE: 'hub' } : process.env);
  const ctx = await openContext(config);
  const embedded = ctx.database.engine === 'pglite';
  if (ctx.keyRingCreated) {
    process.stderr.write(
      `Created a new encryption key ring at ${config.keyFile}. Back it up apart from the database: without it, encrypted fields cannot be read.\n`,
    );
  }
  // The embedded engine is the newcomer's path: it gets the demo. PostgreSQL is production: nothing is seeded.
  // The hub holds no case: it never gets the demo's children.
  const hub = config.role === 'hub';
  const demo = embedded && !hub ? await seedDemoWithProgress(ctx) : null;
  const identity = await federationIdentity(config);
  if (identity.created) {
    process.stderr.write(
      `Created the node's federation keys at ${config.federation.keyFile}. Back them up with the key ring.\n`,
    );
  }
  const app = await buildApp(ctx, { webRoot: config.webRoot });
  const worker = startDeliveryWorker(ctx, (error) =>
    app.log.error({ err: { type: (error as Error).name } }, 'federation delivery pass failed'),
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await worker.stop();
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
    hub
      ? `Haven regional hub is running at ${url}`
      : `Haven ${config.country} national node is running at ${url}`,
    `  federation node id: ${identity.nodeId}`,
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

/** The first start seeds the demo (a minute or so on a small machine): say so, and show it moving. */
async function seedDemoWithProgress(ctx: Parameters<typeof seedDemo>[0]) {
  const started = performance.now();
  let reported = false;
  const show = stepProgress('Seeding the demo');
  const result = await seedDemo(ctx, (progress) => {
    reported = true;
    show(progress);
  });
  if (reported) {
    endStepProgress();
    process.stderr.write(`Seeded the demo in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  return result;
}
