import { z } from 'zod';
import { text } from '../http/text.ts';

const country = z.enum(['UA', 'MD', 'BY', 'HUB']);
const jwk = z.strictObject({
  kty: z.literal('OKP'),
  crv: text(),
  x: text().regex(/^[A-Za-z0-9_-]{43}$/),
});
const signingJwk = jwk.extend({ crv: z.literal('Ed25519') });
const encryptionJwk = jwk.extend({ crv: z.literal('X25519') });

const publicKey = z.object({ kty: text(), crv: text(), x: text() });

export const deliveryBody = z.strictObject({ token: text().min(1).max(2_000_000) });
export const receiptResponse = z.object({ receipt: text(), outcome: text() });

export const identity = z.object({
  nodeId: text(),
  country,
  role: z.enum(['node', 'hub']),
  nodeAddress: text(),
  fingerprint: text(),
  signingKey: publicKey,
  encryptionKey: publicKey,
});

export const peerBody = z.strictObject({
  country,
  nodeAddress: z
    .string()
    .regex(/^https?:\/\/[^\s]+$/, 'must be an http:// or https:// URL')
    .max(300)
    .nullable(),
  signingKey: signingJwk,
  encryptionKey: encryptionJwk,
});
export const peer = z.object({
  country,
  kind: z.enum(['node', 'hub']),
  nodeAddress: text().nullable(),
  fingerprint: text(),
  status: z.enum(['pending', 'active', 'revoked']),
  confirmedAt: text().nullable(),
  version: z.number().int(),
});
export const peerList = z.object({ items: z.array(peer) });
export const peerParams = z.strictObject({ country });
export const confirmBody = z.strictObject({ fingerprint: text().min(8).max(80) });

export const outboxQuery = z.strictObject({ status: z.enum(['pending', 'delivered', 'failed']).optional() });
export const outboxItem = z.object({
  messageId: text(),
  destination: text(),
  nextHop: text(),
  type: text(),
  threadId: text(),
  seq: z.number(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number(),
  nextAttemptAt: text(),
  lastError: text().nullable(),
  relayed: z.boolean(),
  createdAt: text(),
  deliveredAt: text().nullable(),
});
export const outboxList = z.object({ items: z.array(outboxItem) });
export const messageParams = z.strictObject({ id: z.uuid() });

export const inboxList = z.object({
  items: z.array(
    z.object({
      messageId: text(),
      origin: text(),
      type: text(),
      threadId: text(),
      seq: z.number(),
      status: z.enum(['held', 'applied']),
      receivedAt: text(),
      appliedAt: text().nullable(),
    }),
  ),
});

export const testMessageBody = z.strictObject({
  to: country,
  thread: z
    .string()
    .regex(/^[A-Za-z0-9:._-]{1,100}$/)
    .optional(),
  note: text().max(200).optional(),
  /** Sent sealed (JWE) to the receiver: the path case packages take. */
  sealedText: text().min(1).max(2000).optional(),
});
export const queued = z.object({ messageId: text(), seq: z.number() });
