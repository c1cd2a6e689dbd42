// Starts a real Haven server (demo mode) on a free port and a fresh data folder, as a user would.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

/** The demo password of the seeded template every browser test file starts from (global-setup.ts). */
export const E2E_DEMO_PASSWORD = 'e2e-Haven-demo-Passphrase-7319';

export interface RunningServer {
  baseUrl: string;
  logPath: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForReady(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/api/ready`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server not ready within ${timeoutMs} ms`);
}

/**
 * `dataDir`: start on a data folder the caller owns (and removes), e.g. to restart a node on the data it
 * had; otherwise a fresh folder that stop() removes.
 */
export async function startServer(
  demoPassword: string,
  options: { dataDir?: string; passkeys?: boolean } = {},
): Promise<RunningServer> {
  const root = new URL('../../../', import.meta.url).pathname;
  const dataDir = options.dataDir ?? freshDataDir(demoPassword);
  const port = await freePort();
  const readyUrl = `http://127.0.0.1:${port}`;
  // A WebAuthn relying-party id must be a domain name, not an IP address: passkey tests use localhost.
  const baseUrl = options.passkeys ? `http://localhost:${port}` : readyUrl;
  const passkeyEnv = options.passkeys
    ? { HAVEN_WEBAUTHN_RP_ID: 'localhost', HAVEN_WEBAUTHN_ORIGIN: baseUrl }
    : {};
  const logPath = join(dataDir, 'server.log');
  const log = createWriteStream(logPath, { flags: 'a' });
  const child = spawn(process.execPath, [join(root, 'bin/haven.js'), 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      ...passkeyEnv,
      PORT: String(port),
      HAVEN_DATA_DIR: dataDir,
      HAVEN_DEMO_PASSWORD: demoPassword,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  try {
    // A loaded shared machine may need longer for the demo seed: HAVEN_E2E_READY_TIMEOUT_MS (milliseconds).
    await waitForReady(readyUrl, child, Number(process.env.HAVEN_E2E_READY_TIMEOUT_MS ?? 120_000));
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}; see ${logPath}`);
  }
  return {
    baseUrl,
    logPath,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      log.end();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A copy of the seeded template when it was seeded with this password, otherwise an empty folder. */
function freshDataDir(demoPassword: string): string {
  let template: string | undefined;
  try {
    template = inject('e2eTemplateDir');
  } catch {
    // Outside a Vitest run with the browser global set-up (the set-up itself): seed from scratch.
  }
  if (template && demoPassword === E2E_DEMO_PASSWORD) {
    const dataDir = mkdtempSync(join(tmpdir(), 'haven-e2e-'));
    cpSync(template, dataDir, { recursive: true });
    return dataDir;
  }
  return mkdtempSync(join(tmpdir(), 'haven-e2e-'));
}
