import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';

const BIN = resolve(import.meta.dirname, '../../bin/haven.js');

export type RunResult = { code: number | null; stdout: string; stderr: string; ms: number };

/** Runs the real `haven` command in a child process. The parent's DATABASE_URL is never inherited. */
export function runHaven(
  args: string[],
  env: Record<string, string>,
  input?: string,
  timeoutMs = 600_000,
): Promise<RunResult> {
  const started = Date.now();
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...inherited, LOG_LEVEL: 'warn', ...env },
    stdio: 'pipe',
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  child.stdin.end(input ?? '');
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `haven ${args.join(' ')} did not finish in ${timeoutMs} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`,
        ),
      );
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** Starts `haven serve` and resolves once it printed its URL. */
export function startHaven(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: { ...inherited, LOG_LEVEL: 'warn', ...env },
    stdio: 'pipe',
  });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`haven serve did not start in 10 minutes:\n${output}`));
    }, 600_000);
    const onData = (d: Buffer) => {
      output += d;
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ child, url: match[1]!, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`haven serve exited with ${code}:\n${output}`)));
  });
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'haven-cli-'));
}

/**
 * The environment that points a child process at a fresh, empty store of the engine under test:
 * a new PostgreSQL database when DATABASE_URL is set, otherwise a new embedded data folder.
 */
export async function freshStore(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const dataDir = tempDataDir();
  const url = process.env.DATABASE_URL;
  if (!url) return { env: { HAVEN_DATA_DIR: dataDir }, drop: async () => undefined };
  const name = `haven_cli_${randomBytes(5).toString('hex')}`;
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
  });
  await sql`create database ${sql.id(name)}`.execute(admin);
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  return {
    env: { HAVEN_DATA_DIR: dataDir, DATABASE_URL: dbUrl.toString() },
    async drop() {
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
      await admin.destroy();
    },
  };
}
