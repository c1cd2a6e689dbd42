import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, openEmbedded, openPostgres } from '../../src/server/db/database.ts';
import { freshStore, runHaven, startHaven, tempDataDir } from '../helpers/run-haven.ts';

const stores: Array<{ drop(): Promise<void> }> = [];
afterAll(async () => {
  for (const store of stores) await store.drop();
});

async function openStore(env: Record<string, string>): Promise<Database> {
  return env.DATABASE_URL ? openPostgres(env.DATABASE_URL, { max: 1 }) : openEmbedded(env.HAVEN_DATA_DIR!);
}

/**
 * One demo node seeded on the embedded engine and backed up, shared by the tests below: seeding is the
 * slowest thing a CLI test does, and restoring the backup gives each test its own copy on the engine
 * under test (which is also what an operator does).
 */
let seeded: Promise<{ file: string; backupStdout: string }> | undefined;
function seededBackup() {
  seeded ??= (async () => {
    const source = { HAVEN_DATA_DIR: tempDataDir() };
    const seed = await runHaven(['seed-demo'], { ...source, HAVEN_DEMO_PASSWORD: 'demo-password-for-tests' });
    expect(seed.code, seed.stderr).toBe(0);
    const file = `${tempDataDir()}/node.haven.gz`;
    const backup = await runHaven(['backup', file], source);
    expect(backup.code, backup.stderr).toBe(0);
    return { file, backupStdout: backup.stdout };
  })();
  return seeded;
}

/** A fresh store of the engine under test holding the seeded demo node. */
async function restoredDemoStore() {
  const { file } = await seededBackup();
  const store = await freshStore();
  stores.push(store);
  const restore = await runHaven(['restore', file], store.env);
  expect(restore.stderr).toBe('');
  expect(restore.code).toBe(0);
  return store;
}

// Each test starts real processes that open fresh databases: minutes, not seconds, on a busy 2-core machine.
// Subprocesses start a whole node (PGlite, migrations): on a loaded machine that takes minutes, so the
// limits are generous and a timeout reports what the process printed.
describe('haven CLI', { timeout: 900_000 }, () => {
  it('refuses a second opener of the same embedded data folder at once, while the first still runs', async () => {
    const dataDir = tempDataDir();
    const first = await startHaven({
      HAVEN_DATA_DIR: dataDir,
      PORT: '0',
      HAVEN_DEMO_PASSWORD: 'demo-password-for-tests',
    });
    try {
      const second = await runHaven(['serve'], { HAVEN_DATA_DIR: dataDir, PORT: '0' });
      // It exits by itself (runHaven would time out if it waited for the lock) while the first still serves.
      expect(second.code).not.toBe(0);
      expect(second.stderr).toMatch(/already in use by another Haven process/);
      const ready = await fetch(`${first.url}/api/ready`);
      expect(ready.status).toBe(200);
    } finally {
      first.child.kill('SIGTERM');
      await new Promise((r) => first.child.once('exit', r));
    }
    // The lock is released on a clean stop: the folder opens again.
    const reopened = await runHaven(['migrate'], { HAVEN_DATA_DIR: dataDir });
    expect(reopened.code).toBe(0);
  });

  it('stops at start-up naming a bad configuration variable', async () => {
    const result = await runHaven(['migrate'], {
      HAVEN_DATA_DIR: tempDataDir(),
      HAVEN_SESSION_IDLE_MINUTES: 'soon',
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('HAVEN_SESSION_IDLE_MINUTES');
    const country = await runHaven(['migrate'], { HAVEN_DATA_DIR: tempDataDir(), HAVEN_COUNTRY: 'PL' });
    expect(country.stderr).toContain('HAVEN_COUNTRY');
  });

  it('verifies the audit chain, and names the first entry altered behind its back', async () => {
    const store = await restoredDemoStore();
    const clean = await runHaven(['audit', 'verify'], store.env);
    expect(clean.stderr).toBe('');
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/Audit chain intact: \d+ entries verified/);

    const database = await openStore(store.env);
    await database.db.connection().execute(async (conn) => {
      await sql`set session_replication_role = replica`.execute(conn);
      await sql`update audit_log set action = 'user.read' where seq = 4`.execute(conn);
      await sql`set session_replication_role = origin`.execute(conn);
    });
    await database.close();
    const broken = await runHaven(['audit', 'verify'], store.env);
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toContain('broken at entry 4');
  });

  it('creates an administrator with the password from stdin, never from argv', async () => {
    const store = await freshStore();
    stores.push(store);
    const refused = await runHaven(['create-admin', 'root.admin', '--password', 'x'], store.env);
    expect(refused.code).toBe(2);
    const weak = await runHaven(['create-admin', 'root.admin'], store.env, 'password1234\n');
    expect(weak.code).not.toBe(0);
    expect(weak.stderr).toMatch(/too common/);
    const ok = await runHaven(
      ['create-admin', 'root.admin', '--name', 'Root Admin'],
      store.env,
      'a-strong-admin-passphrase\n',
    );
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const database = await openStore(store.env);
    const rows = await database.db.selectFrom('user_roles').selectAll().execute();
    await database.close();
    expect(rows).toEqual([expect.objectContaining({ role: 'admin', scope: 'country' })]);
  });

  it('backs up and restores onto the engine under test, from the embedded engine', async () => {
    const { file, backupStdout } = await seededBackup();
    expect(backupStdout).toMatch(/users 8/);

    const target = await freshStore();
    stores.push(target);
    const restore = await runHaven(['restore', file], target.env);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect((await runHaven(['audit', 'verify'], target.env)).code).toBe(0);
    const again = await runHaven(['restore', file], target.env);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already holds accounts/);

    // The restored node serves the demo accounts with their passwords.
    const server = await startHaven({
      ...target.env,
      PORT: '0',
      HAVEN_DEMO_PASSWORD: 'demo-password-for-tests',
    });
    try {
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'demo-caseworker', password: 'demo-password-for-tests' }),
      });
      expect(login.status).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
      await new Promise((r) => server.child.once('exit', r));
    }
  });

  // `haven retention`: the periods in force and their overrides, and a run over the demo node (whose
  // cases closed recently, so nothing is due) that leaves the audit chain verifiable.
  it('shows and overrides the periods, refuses nonsense, and runs (dry and for real) over a seeded node', async () => {
    const store = await restoredDemoStore();

    const periods = await runHaven(['retention', 'periods'], store.env);
    expect(periods.code).toBe(0);
    expect(periods.stdout).toMatch(/case\.not-a-victim\s+3 years\s+default/);

    const set = await runHaven(['retention', 'set', 'case.closed', '7'], store.env);
    expect(set.code).toBe(0);
    expect(set.stdout).toMatch(/case\.closed\s+7 years\s+node-setting/);
    expect((await runHaven(['retention', 'set', 'case.closed', 'soon'], store.env)).code).toBe(2);
    expect((await runHaven(['retention', 'set', 'case.forever', '3'], store.env)).code).toBe(2);
    expect((await runHaven(['retention', 'set', 'case.closed', '-1'], store.env)).code).toBe(1);

    const dry = await runHaven(['retention', 'run', '--dry-run'], store.env);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/\d+ closed cases examined \(dry run: nothing changed\)/);
    expect(dry.stdout).toContain('0 would be anonymised');

    const run = await runHaven(['retention', 'run'], store.env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/0 anonymised/);
    const verify = await runHaven(['audit', 'verify'], store.env);
    expect(verify.code).toBe(0);
  });
});
