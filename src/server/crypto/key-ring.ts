import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

// The key ring holds AES-256 keys by id; new values are encrypted with the current key, old values stay
// readable until `haven keys rotate` re-encrypts them. It lives outside the database on purpose: a
// database dump alone reveals nothing.

const keyRingSchema = z.strictObject({
  currentKeyId: z.string().regex(/^[a-z0-9-]{1,32}$/),
  keys: z.record(z.string(), z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes in base64')),
  // Separate secret for keyed blind indexes and token hashing, never used for encryption.
  indexKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes in base64'),
});

export type KeyRing = {
  currentKeyId: string;
  keys: Map<string, Buffer>;
  indexKey: Buffer;
};

export function newKeyId(): string {
  return `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(3).toString('hex')}`;
}

export function generateKeyRingFile(path: string): void {
  const id = newKeyId();
  const body = {
    currentKeyId: id,
    keys: { [id]: randomBytes(32).toString('base64') },
    indexKey: randomBytes(32).toString('base64'),
  };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
}

export function parseKeyRing(text: string, source: string): KeyRing {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`The key file ${source} is not valid JSON.`);
  }
  const parsed = keyRingSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      `The key file ${source} is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    );
  }
  if (!parsed.data.keys[parsed.data.currentKeyId]) {
    throw new Error(
      `The key file ${source} names current key ${parsed.data.currentKeyId}, which it does not contain.`,
    );
  }
  return {
    currentKeyId: parsed.data.currentKeyId,
    keys: new Map(Object.entries(parsed.data.keys).map(([id, key]) => [id, Buffer.from(key, 'base64')])),
    indexKey: Buffer.from(parsed.data.indexKey, 'base64'),
  };
}

/** Loads the key ring, creating a fresh one on first start. Returns whether it was created. */
export function loadOrCreateKeyRing(path: string): { keyRing: KeyRing; created: boolean } {
  const created = !existsSync(path);
  if (created) generateKeyRingFile(path);
  return { keyRing: parseKeyRing(readFileSync(path, 'utf8'), path), created };
}
