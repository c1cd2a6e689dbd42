import { audit } from '../audit/audit.service.ts';
import type { Actor, AppContext } from '../context.ts';
import type { OutboxStatus, PeerCountry } from '../db/schema-federation.ts';
import { notFound } from '../errors.ts';
import { federationIdentity } from './identity.ts';
import { listInbox } from './inbox.repository.ts';
import { findOutbox, listOutbox, type OutboxRow, resetForRetry } from './outbox.repository.ts';
import { enqueueMessage } from './outbox.service.ts';
import './test-messages.ts';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

export function outboxView(row: OutboxRow) {
  return {
    messageId: row.message_id,
    destination: row.destination,
    nextHop: row.next_hop,
    type: row.type,
    threadId: row.thread_id,
    seq: row.seq,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: iso(row.next_attempt_at)!,
    lastError: row.last_error,
    relayed: row.relayed,
    createdAt: iso(row.created_at)!,
    deliveredAt: iso(row.delivered_at),
  };
}

export async function identityView(ctx: AppContext) {
  const identity = await federationIdentity(ctx.config);
  return {
    nodeId: identity.nodeId,
    country: identity.country,
    role: identity.role,
    nodeAddress: ctx.config.publicUrl,
    fingerprint: identity.keys.fingerprint,
    signingKey: identity.keys.signingJwk,
    encryptionKey: identity.keys.encryptionJwk,
  };
}

/** A ping (plain) or a sealed test text (encrypted to the receiver) on a thread of its own. */
export async function sendTestMessage(
  ctx: AppContext,
  actor: Actor,
  input: { to: PeerCountry; thread?: string; sealedText?: string; note?: string },
) {
  const identity = await federationIdentity(ctx.config);
  return ctx.database.db.transaction().execute((trx) =>
    enqueueMessage(trx, identity, actor, {
      destination: input.to,
      type: input.sealedText ? 'federation.sealed-test' : 'federation.ping',
      thread: input.thread ?? `test:${crypto.randomUUID()}`,
      body: input.sealedText ? { text: input.sealedText } : input.note ? { note: input.note } : {},
    }),
  );
}

export async function outbox(ctx: AppContext, status: OutboxStatus | undefined) {
  return (await listOutbox(ctx.database.db, status, 200)).map(outboxView);
}

export async function inbox(ctx: AppContext) {
  return (await listInbox(ctx.database.db, 200)).map((row) => ({
    messageId: row.message_id,
    origin: row.origin,
    type: row.type,
    threadId: row.thread_id,
    seq: row.seq,
    status: row.status,
    receivedAt: iso(row.received_at)!,
    appliedAt: iso(row.applied_at),
  }));
}

export async function retryMessage(ctx: AppContext, actor: Actor, messageId: string) {
  return ctx.database.db.transaction().execute(async (trx) => {
    if (!(await resetForRetry(trx, messageId))) throw notFound('The message');
    await audit(trx, actor, {
      action: 'federation.message.retry',
      entityType: 'federation_message',
      entityId: messageId,
    });
    return outboxView((await findOutbox(trx, messageId))!);
  });
}
