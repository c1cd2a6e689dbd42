import { randomUUID } from 'node:crypto';
import { audit } from '../audit/audit.service.ts';
import type { AppContext } from '../context.ts';
import type { PublicKeyJwk } from '../db/schema-federation.ts';
import {
  DELIVERY_TYP,
  type Delivery,
  RECEIPT_TYP,
  readUnverified,
  receiptSchema,
  signJson,
  verifyJson,
} from './envelope.ts';
import { federationIdentity, type FederationIdentity } from './identity.ts';
import { forgetDeliveriesBefore } from './inbox.repository.ts';
import { claimDue, markAttemptFailed, markDelivered, type OutboxRow } from './outbox.repository.ts';
import { findPeer } from './peers.repository.ts';

// Sends due outbox messages, one hop each: a fresh signed delivery per attempt, and a message counts as
// delivered only on a receipt signed by the hop it was sent to. Failures wait longer each time
// (base × 2^attempts, at most an hour) and after the configured number of attempts the message is
// marked failed for an administrator to retry. Several processes can run this on one database.

const SYSTEM = { userId: null, agencyId: null, requestId: null };
const LEASE_MS = 60_000;
const REQUEST_TIMEOUT_MS = 15_000;

export function backoffMs(baseMs: number, attempts: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

class DeliveryFailure extends Error {}

async function sendOnce(identity: FederationIdentity, row: OutboxRow, ctx: AppContext): Promise<string> {
  const hop = await findPeer(ctx.database.db, row.next_hop);
  if (hop?.status !== 'active') throw new DeliveryFailure('peer_not_active');
  if (!hop.address) throw new DeliveryFailure('peer_has_no_address');
  const delivery: Delivery = {
    delivery: randomUUID(),
    iss: identity.nodeId,
    aud: `${hop.country}:${hop.fingerprint}`,
    iat: Math.floor(Date.now() / 1000),
    message: row.token,
  };
  const token = await signJson(delivery, DELIVERY_TYP, identity.keys.signingKey, identity.keys.fingerprint);
  let response: Response;
  try {
    response = await fetch(`${hop.address.replace(/\/+$/, '')}/api/federation/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch {
    throw new DeliveryFailure('unreachable');
  }
  const answer = (await response.json().catch(() => null)) as {
    receipt?: unknown;
    error?: { code?: unknown };
  } | null;
  if (!response.ok) {
    const code =
      typeof answer?.error?.code === 'string' ? answer.error.code.slice(0, 40) : `http_${response.status}`;
    throw new DeliveryFailure(code);
  }
  const receiptToken = typeof answer?.receipt === 'string' ? answer.receipt : '';
  if (!readUnverified(receiptToken, RECEIPT_TYP)) throw new DeliveryFailure('receipt_unsigned');
  const verified = await verifyJson(receiptToken, hop.signing_key as PublicKeyJwk);
  const receipt = receiptSchema.safeParse(verified);
  if (
    !receipt.success ||
    receipt.data.messageId !== row.message_id ||
    receipt.data.delivery !== delivery.delivery
  ) {
    throw new DeliveryFailure('receipt_invalid');
  }
  return receiptToken;
}

/** One pass: claims what is due and tries each once. Returns how many were delivered. */
export async function deliverDue(ctx: AppContext, limit = 20): Promise<number> {
  const identity = await federationIdentity(ctx.config);
  const db = ctx.database.db;
  const rows = await claimDue(db, limit, LEASE_MS);
  let delivered = 0;
  for (const row of rows) {
    try {
      const receipt = await sendOnce(identity, row, ctx);
      await db.transaction().execute(async (trx) => {
        await markDelivered(trx, row.message_id, receipt);
        await audit(trx, SYSTEM, {
          action: 'federation.message.deliver',
          entityType: 'federation_message',
          entityId: row.message_id,
          details: { type: row.type, hop: row.next_hop, attempt: row.attempts + 1 },
        });
      });
      delivered += 1;
    } catch (error) {
      const code = error instanceof DeliveryFailure ? error.message : 'internal_error';
      const attempts = row.attempts + 1;
      const final = attempts >= ctx.config.federation.maxAttempts;
      const next = new Date(Date.now() + backoffMs(ctx.config.federation.retryBaseMs, attempts));
      await db.transaction().execute(async (trx) => {
        await markAttemptFailed(trx, row.message_id, code, next, final);
        await audit(trx, SYSTEM, {
          action: 'federation.message.deliver',
          entityType: 'federation_message',
          entityId: row.message_id,
          outcome: 'failure',
          details: { type: row.type, hop: row.next_hop, attempt: attempts, code, final },
        });
      });
    }
  }
  return delivered;
}

/** Runs delivery passes until stopped; a pass that delivered something is followed at once by another. */
export function startDeliveryWorker(
  ctx: AppContext,
  onError: (error: unknown) => void,
): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = (async () => {
      try {
        const delivered = await deliverDue(ctx);
        await forgetDeliveriesBefore(
          ctx.database.db,
          new Date(Date.now() - 2 * ctx.config.federation.clockSkewSeconds * 1000),
        );
        if (!stopped) timer = setTimeout(tick, delivered > 0 ? 0 : ctx.config.federation.pollMs);
      } catch (error) {
        onError(error);
        if (!stopped) timer = setTimeout(tick, ctx.config.federation.pollMs);
      }
    })();
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
