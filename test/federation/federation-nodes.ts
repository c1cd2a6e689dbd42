import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiClient } from '../helpers/http-client.ts';
import { runHaven, startHaven, tempDataDir } from '../helpers/run-haven.ts';

// Real node processes for the federation tests: each `haven serve` on a loopback port of its own, with
// its own embedded data folder, peers registered and confirmed with the CLI before the start.

export const PASSWORD = 'federation-test-password-1';

export type TestNode = {
  name: 'UA' | 'MD' | 'HUB';
  port: number;
  dataDir: string;
  env: Record<string, string>;
  identity: { nodeId: string; fingerprint: string; country: string };
  identityFile: string;
  child?: ChildProcess;
  admin?: ApiClient;
  /** Everything the process wrote to stdout and stderr (its logs), across restarts. */
  logs: string[];
};

export function defineNode(
  name: TestNode['name'],
  port: number,
  extra: Record<string, string> = {},
): TestNode {
  const dataDir = tempDataDir();
  return {
    name,
    port,
    dataDir,
    identityFile: join(dataDir, 'identity.json'),
    identity: { nodeId: '', fingerprint: '', country: name },
    logs: [],
    env: {
      HAVEN_DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(port),
      HAVEN_PUBLIC_URL: `http://127.0.0.1:${port}`,
      HAVEN_MFA_REQUIRED_ROLES: 'none',
      HAVEN_DEMO_PASSWORD: PASSWORD,
      HAVEN_FEDERATION_RETRY_BASE_MS: '200',
      HAVEN_FEDERATION_POLL_MS: '100',
      HAVEN_FEDERATION_MAX_ATTEMPTS: '50',
      ...(name === 'HUB' ? { HAVEN_ROLE: 'hub' } : { HAVEN_COUNTRY: name }),
      ...extra,
    },
  };
}

export async function writeIdentity(node: TestNode): Promise<void> {
  const result = await runHaven(['federation', 'identity'], node.env);
  if (result.code !== 0) throw new Error(result.stderr);
  writeFileSync(node.identityFile, result.stdout);
  node.identity = JSON.parse(result.stdout);
}

/** Registers the peers and confirms each fingerprint (what the administrators read to each other). */
export async function addPeers(node: TestNode, peers: TestNode[]): Promise<void> {
  const args = peers.flatMap((p) => [p.identityFile, '--confirm', p.identity.fingerprint]);
  const result = await runHaven(['federation', 'add-peer', ...args], node.env);
  if (result.code !== 0) throw new Error(result.stderr);
}

export async function createAdmin(node: TestNode): Promise<void> {
  const result = await runHaven(['create-admin', 'fed-admin'], node.env, `${PASSWORD}\n${PASSWORD}\n`);
  if (result.code !== 0) throw new Error(result.stderr);
}

export async function start(node: TestNode, username: string): Promise<void> {
  const started = await startHaven(node.env);
  node.child = started.child;
  const run = node.logs.length;
  node.logs.push('');
  const capture = () => {
    node.logs[run] = started.output();
  };
  started.child.stdout?.on('data', capture);
  started.child.stderr?.on('data', capture);
  started.child.once('exit', capture);
  const admin = new ApiClient(started.url);
  const login = await admin.login(username, PASSWORD);
  if (login.status !== 200)
    throw new Error(`sign-in on ${node.name}: ${login.status} ${JSON.stringify(login.body)}`);
  node.admin = admin;
}

export async function stop(node: TestNode): Promise<void> {
  const child = node.child;
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  node.child = undefined;
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export function federationKeys(node: TestNode) {
  return JSON.parse(readFileSync(join(node.dataDir, 'federation-keys.json'), 'utf8'));
}
