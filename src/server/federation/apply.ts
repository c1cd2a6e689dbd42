import type { Kysely } from 'kysely';
import { audit } from '../audit/audit.service.ts';
import type { AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { type Message, MESSAGE_TYP, messageSchema, openSealed, readUnverified } from './envelope.ts';
import type { FederationIdentity } from './identity.ts';
import { heldAt, lastAppliedSeq, markApplied } from './inbox.repository.ts';
import { type MessageType, messageType } from './message-types.ts';

type Db = Kysely<DatabaseSchema>;

/** The message's body, opened if sealed and checked against its type; null if it does not fit. */
export async function openBody(
  definition: MessageType<unknown>,
  message: Message,
  identity: FederationIdentity,
): Promise<unknown | null> {
  if (
    definition.sealed !== (message.sealed !== undefined) ||
    (message.body !== undefined) === definition.sealed
  ) {
    return null;
  }
  const raw = definition.sealed
    ? await openSealed(message.sealed!, identity.keys.decryptionKeys)
    : message.body;
  if (raw === null) return null;
  const parsed = definition.body.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * Applies the held messages of one thread that are next in line, in order: a message waits until its
 * predecessor was applied. Runs in the transaction that stored the newest one, so the inbox row and the
 * change it makes commit together (a message is applied once, whatever the sender resends).
 */
export async function applyReady(
  trx: Db,
  ctx: AppContext,
  identity: FederationIdentity,
  origin: string,
  thread: string,
): Promise<string[]> {
  const applied: string[] = [];
  let next = (await lastAppliedSeq(trx, origin, thread)) + 1;
  for (;;) {
    const row = await heldAt(trx, origin, thread, next);
    if (!row) return applied;
    const message = messageSchema.parse(readUnverified(row.token, MESSAGE_TYP)?.payload);
    const definition = messageType(message.type)!;
    const body = await openBody(definition, message, identity);
    await definition.apply(
      { trx, ctx, identity },
      { id: message.id, from: message.from, thread: message.thread, seq: message.seq, body },
    );
    await markApplied(trx, row.message_id);
    await audit(
      trx,
      { userId: null, agencyId: null, requestId: null },
      {
        action: 'federation.message.apply',
        entityType: 'federation_message',
        entityId: row.message_id,
        details: { type: message.type, origin, seq: message.seq },
      },
    );
    applied.push(row.message_id);
    next += 1;
  }
}
