import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as jose from 'jose';
import { z } from 'zod';

// The node's federation identity: an Ed25519 pair that signs every message (JWS, EdDSA) and an X25519
// pair that case packages are encrypted to (JWE, ECDH-ES+A256KW). Like the field cipher's key ring it
// lives in a file of the data folder, never in the database: a dump of the database cannot sign or read
// anything. Rotation keeps the previous encryption key, so packages already in flight stay readable.

const okpJwk = z.looseObject({ kty: z.string(), crv: z.string(), x: z.string() });
const privateJwk = okpJwk.extend({ d: z.string() });

const keyPairSchema = z.strictObject({ createdAt: z.string(), signing: privateJwk, encryption: privateJwk });
const keyFileSchema = z.strictObject({
  current: keyPairSchema,
  /** Earlier pairs, newest first: their encryption keys still open packages sent before a rotation. */
  previous: z.array(keyPairSchema),
});
type KeyFile = z.infer<typeof keyFileSchema>;

export type PublicJwk = z.infer<typeof okpJwk>;

export type NodeKeys = {
  signingKey: CryptoKey;
  /** Current first, then the previous pairs' keys. */
  decryptionKeys: CryptoKey[];
  signingJwk: PublicJwk;
  encryptionJwk: PublicJwk;
  fingerprint: string;
  /** Fingerprints of the previous pairs (messages addressed to them are still ours). */
  previousFingerprints: string[];
};

function publicPart(jwk: PublicJwk): PublicJwk {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
}

/**
 * What two administrators read to each other out of band: SHA-256 over both public keys' RFC 7638
 * thumbprints, 20 bytes in base32, grouped by four (e.g. "K7QX-3MPA-…"). It covers both keys, so neither
 * can be swapped unnoticed.
 */
export async function fingerprintOf(signing: PublicJwk, encryption: PublicJwk): Promise<string> {
  const a = await jose.calculateJwkThumbprint(publicPart(signing) as jose.JWK);
  const b = await jose.calculateJwkThumbprint(publicPart(encryption) as jose.JWK);
  const digest = createHash('sha256').update(`${a}.${b}`).digest().subarray(0, 20);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const byte of digest) bits += byte.toString(2).padStart(8, '0');
  let out = '';
  for (let i = 0; i < bits.length; i += 5) out += alphabet[Number.parseInt(bits.slice(i, i + 5), 2)];
  return out.match(/.{4}/g)!.join('-');
}

async function newPair(): Promise<KeyFile['current']> {
  const signing = await jose.generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const encryption = await jose.generateKeyPair('ECDH-ES+A256KW', { crv: 'X25519', extractable: true });
  return {
    createdAt: new Date().toISOString(),
    signing: privateJwk.parse(await jose.exportJWK(signing.privateKey)),
    encryption: privateJwk.parse(await jose.exportJWK(encryption.privateKey)),
  };
}

function writeKeyFile(path: string, body: KeyFile, flag: 'wx' | 'w'): void {
  mkdirSync(dirname(path), { recursive: true });
  const text = `${JSON.stringify(body, null, 2)}\n`;
  if (flag === 'wx') {
    writeFileSync(path, text, { mode: 0o600, flag: 'wx' });
    return;
  }
  // Rotation replaces the file atomically: a crash half-way must not leave a node without keys.
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode: 0o600, flag: 'wx' });
  renameSync(temporary, path);
}

function readKeyFile(path: string): KeyFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new Error(`The federation key file ${path} is not valid JSON.`);
  }
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`The federation key file ${path} is not a Haven federation key file.`);
  return parsed.data;
}

async function toNodeKeys(file: KeyFile): Promise<NodeKeys> {
  const pairs = [file.current, ...file.previous];
  const decryptionKeys = await Promise.all(
    pairs.map((p) => jose.importJWK(p.encryption as jose.JWK, 'ECDH-ES+A256KW') as Promise<CryptoKey>),
  );
  return {
    signingKey: (await jose.importJWK(file.current.signing as jose.JWK, 'EdDSA')) as CryptoKey,
    decryptionKeys,
    signingJwk: publicPart(file.current.signing),
    encryptionJwk: publicPart(file.current.encryption),
    fingerprint: await fingerprintOf(file.current.signing, file.current.encryption),
    previousFingerprints: await Promise.all(file.previous.map((p) => fingerprintOf(p.signing, p.encryption))),
  };
}

/** Loads the node's keys, creating them on first start. */
export async function loadOrCreateNodeKeys(path: string): Promise<{ keys: NodeKeys; created: boolean }> {
  const created = !existsSync(path);
  if (created) {
    try {
      writeKeyFile(path, { current: await newPair(), previous: [] }, 'wx');
    } catch (error) {
      // Two app processes starting together: the other one wrote the file first, which is fine.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return { keys: await toNodeKeys(readKeyFile(path)), created };
}

/** Makes a new pair current; the old pairs stay for decryption (at most five are kept). */
export async function rotateNodeKeys(path: string): Promise<NodeKeys> {
  const file = readKeyFile(path);
  const next: KeyFile = { current: await newPair(), previous: [file.current, ...file.previous].slice(0, 5) };
  writeKeyFile(path, next, 'w');
  return toNodeKeys(next);
}
