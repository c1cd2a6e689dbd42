import type { Kysely } from 'kysely';
import { audit } from '../audit/audit.service.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import type { PeerCountry, PublicKeyJwk } from '../db/schema-federation.ts';
import { AppError, type ErrorCode } from '../errors.ts';
import {
  countryOf,
  DELIVERY_TYP,
  deliverySchema,
  fingerprintPart,
  MESSAGE_TYP,
  type Message,
  messageSchema,
  RECEIPT_TYP,
  type Receipt,
  readUnverified,
  signJson,
  verifyJson,
} from './envelope.ts';
import { type FederationIdentity, isOurs } from './identity.ts';
import { applyReady, openBody } from './apply.ts';
import { findInbox, insertHeld, rememberDelivery } from './inbox.repository.ts';
import { messageType } from './message-types.ts';
import { findOutbox, insertOutbox } from './outbox.repository.ts';
import { findPeer, type PeerRow } from './peers.repository.ts';

type Db = Kysely<DatabaseSchema>;

// The receiving end of every hop. Each refusal has its own code, an audit row (codes and peer countries
// only: a refused message is never stored or logged), and the sender keeps retrying until an
// administrator sees it failed. Order of checks: is it signed at all, by whom, does the signature hold,
// is it for us, is it fresh, have we seen it, and only then the message inside.

const REFUSALS: Record<string, { message: string }> = {
  message_unsigned: { message: 'The delivery is not a message signed with EdDSA.' },
  message_invalid: { message: 'The message is not one this node understands.' },
  message_tampered: {
    message: 'The signature does not verify: the message was altered or signed by another key.',
  },
  message_clock_skew: {
    message: 'The delivery is stamped outside the allowed clock difference.',
  },
  peer_unknown: { message: 'The sender is not a confirmed peer of this node.' },
  peer_revoked: { message: 'The sender’s registration was revoked.' },
  message_misaddressed: { message: 'The message is addressed to another node.' },
  message_replayed: { message: 'This delivery was already received.' },
};

class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly peer: string | null,
  ) {
    super(code);
  }
}

async function trustedPeer(db: Db, nodeId: string): Promise<PeerRow> {
  const peer = await findPeer(db, countryOf(nodeId));
  if (!peer) throw new Refusal('peer_unknown', null);
  if (peer.status === 'revoked') throw new Refusal('peer_revoked', peer.country);
  // A pending peer, or a signature by a key other than the confirmed one (rotated but not re-confirmed).
  if (peer.status !== 'active' || fingerprintPart(nodeId) !== peer.fingerprint) {
    throw new Refusal('peer_unknown', peer.country);
  }
  return peer;
}

async function verifiedMessage(
  db: Db,
  token: string,
  hop: PeerRow,
): Promise<{ message: Message; origin: PeerRow }> {
  const unverified = readUnverified(token, MESSAGE_TYP);
  if (!unverified) throw new Refusal('message_unsigned', hop.country);
  const parsed = messageSchema.safeParse(unverified.payload);
  if (!parsed.success) throw new Refusal('message_invalid', hop.country);
  const origin = await trustedPeer(db, parsed.data.from);
  // Only the hub relays: a national node forwarding another node's message is not part of the protocol.
  if (origin.country !== hop.country && hop.kind !== 'hub') throw new Refusal('message_invalid', hop.country);
  if ((await verifyJson(token, origin.signing_key as PublicKeyJwk)) === null) {
    throw new Refusal('message_tampered', origin.country);
  }
  return { message: parsed.data, origin };
}

export async function receiveDelivery(
  ctx: AppContext,
  identity: FederationIdentity,
  token: string,
  actor: Actor,
): Promise<{ receipt: string; outcome: Receipt['outcome'] }> {
  try {
    return await accept(ctx, identity, token, actor);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    await audit(ctx.database.db, actor, {
      action: 'federation.message.refused',
      outcome: 'denied',
      details: { code: error.code, peer: error.peer },
    });
    const refusal = REFUSALS[error.code]!;
    throw new AppError(error.code, refusal.message);
  }
}

async function accept(ctx: AppContext, identity: FederationIdentity, token: string, actor: Actor) {
  const db = ctx.database.db;
  const unverified = readUnverified(token, DELIVERY_TYP);
  if (!unverified) throw new Refusal('message_unsigned', null);
  const parsed = deliverySchema.safeParse(unverified.payload);
  if (!parsed.success) throw new Refusal('message_invalid', null);
  const delivery = parsed.data;
  const hop = await trustedPeer(db, delivery.iss);
  if ((await verifyJson(token, hop.signing_key as PublicKeyJwk)) === null) {
    throw new Refusal('message_tampered', hop.country);
  }
  if (!isOurs(identity, delivery.aud)) throw new Refusal('message_misaddressed', hop.country);
  if (Math.abs(Date.now() / 1000 - delivery.iat) > ctx.config.federation.clockSkewSeconds) {
    throw new Refusal('message_clock_skew', hop.country);
  }
  const { message, origin } = await verifiedMessage(db, delivery.message, hop);
  const ours = isOurs(identity, message.to);
  if (!ours && identity.role !== 'hub') throw new Refusal('message_misaddressed', hop.country);

  const outcome = await db.transaction().execute(async (trx): Promise<Receipt['outcome']> => {
    if (!(await rememberDelivery(trx, delivery.delivery))) throw new Refusal('message_replayed', hop.country);
    const result = ours
      ? await intoInbox(trx, ctx, identity, message, origin, delivery.message)
      : await relay(trx, message, delivery.message, hop);
    await audit(trx, actor, {
      action: 'federation.message.receive',
      entityType: 'federation_message',
      entityId: message.id,
      details: {
        type: message.type,
        origin: origin.country,
        via: hop.country,
        seq: message.seq,
        outcome: result,
      },
    });
    return result;
  });
  const receipt: Receipt = {
    messageId: message.id,
    delivery: delivery.delivery,
    outcome,
    by: identity.nodeId,
    at: new Date().toISOString(),
  };
  return {
    receipt: await signJson(receipt, RECEIPT_TYP, identity.keys.signingKey, identity.keys.fingerprint),
    outcome,
  };
}

/** The hub's part: queue the message, unchanged and unread, towards the node it is addressed to. */
async function relay(trx: Db, message: Message, token: string, hop: PeerRow): Promise<Receipt['outcome']> {
  const destination = await findPeer(trx, countryOf(message.to));
  if (destination?.status !== 'active' || destination.kind !== 'node') {
    throw new Refusal('message_misaddressed', hop.country);
  }
  if (await findOutbox(trx, message.id)) return 'duplicate';
  await insertOutbox(trx, {
    messageId: message.id,
    destination: destination.country,
    nextHop: destination.country as PeerCountry,
    type: message.type,
    threadId: message.thread,
    seq: message.seq,
    token,
    relayed: true,
  });
  return 'relayed';
}

async function intoInbox(
  trx: Db,
  ctx: AppContext,
  identity: FederationIdentity,
  message: Message,
  origin: PeerRow,
  token: string,
): Promise<Receipt['outcome']> {
  if (await findInbox(trx, message.id)) return 'duplicate';
  const definition = messageType(message.type);
  // The body is opened and checked now, so that a held message is known to be applicable later.
  if (!definition || (await openBody(definition, message, identity)) === null) {
    throw new Refusal('message_invalid', origin.country);
  }
  await insertHeld(trx, {
    messageId: message.id,
    origin: origin.country,
    type: message.type,
    threadId: message.thread,
    seq: message.seq,
    token,
  });
  const applied = await applyReady(trx, ctx, identity, origin.country, message.thread);
  return applied.includes(message.id) ? 'applied' : 'held';
}
