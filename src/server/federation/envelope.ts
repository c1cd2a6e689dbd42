import { text } from '../http/text.ts';
import * as jose from 'jose';
import { z } from 'zod';
import type { PublicKeyJwk } from '../db/schema-federation.ts';

// Three signed shapes travel between nodes (docs/federation.md gives their JSON Schemas):
// - the message: written once by its origin, signed by it, relayed unchanged by the hub, so the
//   receiver checks the origin's own signature; a case-data body is a JWE only the receiver can open;
// - the delivery: one hop's wrapper, signed by that hop's sender, fresh on every attempt (its id and
//   time are what replay and clock-skew checks look at, so retries after an outage are not "stale");
// - the receipt: the hop receiver's signed answer, which alone marks a message delivered.

export const MESSAGE_TYP = 'haven-message+jws';
export const DELIVERY_TYP = 'haven-delivery+jws';
export const RECEIPT_TYP = 'haven-receipt+jws';

const nodeId = text().regex(/^(UA|MD|BY|HUB):[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$/);
const uuid = text().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

export const messageSchema = z.strictObject({
  v: z.literal(1),
  id: uuid,
  from: nodeId,
  to: nodeId,
  type: text().regex(/^[a-z]+(\.[a-z-]+)+$/),
  thread: text().min(1).max(100),
  seq: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  /** A plain body: only for types that carry no case data. */
  body: z.record(text(), z.unknown()).optional(),
  /** A JWE (ECDH-ES+A256KW, A256GCM) to the receiving node: every type that carries case data. */
  sealed: text().optional(),
});
export type Message = z.infer<typeof messageSchema>;

export const deliverySchema = z.strictObject({
  delivery: uuid,
  iss: nodeId,
  aud: nodeId,
  iat: z.number().int(),
  message: text(),
});
export type Delivery = z.infer<typeof deliverySchema>;

export const RECEIPT_OUTCOMES = ['applied', 'held', 'duplicate', 'relayed'] as const;
export const receiptSchema = z.strictObject({
  messageId: uuid,
  delivery: uuid,
  outcome: z.enum(RECEIPT_OUTCOMES),
  by: nodeId,
  at: z.iso.datetime(),
});
export type Receipt = z.infer<typeof receiptSchema>;

export const countryOf = (id: string) => id.slice(0, id.indexOf(':'));
export const fingerprintPart = (id: string) => id.slice(id.indexOf(':') + 1);

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function signJson(value: unknown, typ: string, key: CryptoKey, kid: string): Promise<string> {
  return new jose.CompactSign(encoder.encode(JSON.stringify(value)))
    .setProtectedHeader({ alg: 'EdDSA', typ, kid })
    .sign(key);
}

export type Unverified = { header: jose.ProtectedHeaderParameters; payload: unknown };

/**
 * Reads a compact JWS without trusting it, to find out who claims to have signed it. Returns null for
 * anything that is not a three-part JWS whose header names EdDSA (alg "none" included).
 */
export function readUnverified(token: string, typ: string): Unverified | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p)) || parts[2] === '') return null;
  try {
    const header = jose.decodeProtectedHeader(token);
    if (header.alg !== 'EdDSA' || header.typ !== typ) return null;
    return { header, payload: JSON.parse(decoder.decode(jose.base64url.decode(parts[1]!))) };
  } catch {
    return null;
  }
}

/** Verifies a compact JWS against one public key; null when the signature does not hold. */
export async function verifyJson(token: string, jwk: PublicKeyJwk): Promise<unknown | null> {
  try {
    const key = await jose.importJWK(jwk as jose.JWK, 'EdDSA');
    const { payload } = await jose.compactVerify(token, key, { algorithms: ['EdDSA'] });
    return JSON.parse(decoder.decode(payload));
  } catch {
    return null;
  }
}

export async function sealFor(body: unknown, jwk: PublicKeyJwk, kid: string): Promise<string> {
  const key = await jose.importJWK(jwk as jose.JWK, 'ECDH-ES+A256KW');
  return new jose.CompactEncrypt(encoder.encode(JSON.stringify(body)))
    .setProtectedHeader({ alg: 'ECDH-ES+A256KW', enc: 'A256GCM', kid })
    .encrypt(key);
}

/** Opens a sealed body with the first of our keys that fits (the current one, then earlier ones). */
export async function openSealed(sealed: string, keys: ReadonlyArray<CryptoKey>): Promise<unknown | null> {
  for (const key of keys) {
    try {
      const { plaintext } = await jose.compactDecrypt(sealed, key, {
        keyManagementAlgorithms: ['ECDH-ES+A256KW'],
        contentEncryptionAlgorithms: ['A256GCM'],
      });
      return JSON.parse(decoder.decode(plaintext));
    } catch {
      // Not this key: try the next.
    }
  }
  return null;
}
