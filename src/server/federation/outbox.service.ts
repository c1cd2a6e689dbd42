import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { audit } from '../audit/audit.service.ts';
import type { Actor } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import type { PeerCountry, PublicKeyJwk } from '../db/schema-federation.ts';
import { AppError } from '../errors.ts';
import { MESSAGE_TYP, type Message, sealFor, signJson } from './envelope.ts';
import type { FederationIdentity } from './identity.ts';
import { messageType } from './message-types.ts';
import { insertOutbox, nextSequence } from './outbox.repository.ts';
import { findPeer } from './peers.repository.ts';

type Db = Kysely<DatabaseSchema>;

export type Outgoing = {
  destination: PeerCountry;
  type: string;
  thread: string;
  body: Record<string, unknown>;
};

/**
 * Writes a message to the outbox inside the caller's transaction, so it leaves if and only if the change
 * that caused it is committed. The delivery worker sends it later; this never touches the network.
 */
export async function enqueueMessage(
  trx: Db,
  identity: FederationIdentity,
  actor: Actor,
  outgoing: Outgoing,
): Promise<{ messageId: string; seq: number }> {
  const definition = messageType(outgoing.type);
  if (!definition) throw new Error(`Unknown message type ${outgoing.type}`);
  const destination = await findPeer(trx, outgoing.destination);
  if (!destination || destination.status === 'revoked') {
    throw new AppError('peer_unknown', 'That node is not a registered peer of this node.');
  }
  const body = definition.body.parse(outgoing.body) as Record<string, unknown>;
  const to = `${destination.country}:${destination.fingerprint}`;
  const seq = await nextSequence(trx, outgoing.thread, destination.country);
  const message: Message = {
    v: 1,
    id: randomUUID(),
    from: identity.nodeId,
    to,
    type: outgoing.type,
    thread: outgoing.thread,
    seq,
    createdAt: new Date().toISOString(),
    ...(definition.sealed
      ? { sealed: await sealFor(body, destination.encryption_key as PublicKeyJwk, destination.fingerprint) }
      : { body }),
  };
  const token = await signJson(message, MESSAGE_TYP, identity.keys.signingKey, identity.keys.fingerprint);
  await insertOutbox(trx, {
    messageId: message.id,
    destination: destination.country,
    nextHop: await nextHop(trx, identity, destination.country),
    type: message.type,
    threadId: message.thread,
    seq,
    token,
    relayed: false,
  });
  await audit(trx, actor, {
    action: 'federation.message.queue',
    entityType: 'federation_message',
    entityId: message.id,
    details: { type: message.type, destination: destination.country, seq },
  });
  return { messageId: message.id, seq };
}

/** National nodes talk through the hub when one is registered; the hub delivers straight to the node. */
export async function nextHop(
  db: Db,
  identity: FederationIdentity,
  destination: PeerCountry,
): Promise<PeerCountry> {
  if (identity.role === 'hub' || destination === 'HUB') return destination;
  const hub = await findPeer(db, 'HUB');
  return hub && hub.status !== 'revoked' ? 'HUB' : destination;
}
