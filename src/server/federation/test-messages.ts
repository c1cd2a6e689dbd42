import { text } from '../http/text.ts';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { PeerCountry } from '../db/schema-federation.ts';
import { countryOf } from './envelope.ts';
import { type AppliedMessage, type ApplyScope, registerMessageType } from './message-types.ts';
import { enqueueMessage } from './outbox.service.ts';

// The first message types: they carry no child's data and prove the transport end to end. A ping is
// answered by a pong written in the same transaction that applies the ping; a sealed test carries a
// text encrypted to the receiver, which records only its digest (proof it could open it).

const SYSTEM = { userId: null, agencyId: null, requestId: null };

/** What the receiver keeps of a test message: who sent it, where it sits in its thread, and a digest. */
async function recordArrival(
  trx: ApplyScope['trx'],
  message: AppliedMessage<unknown>,
  kind: 'ping' | 'pong' | 'sealed-test',
  digest: string | null,
) {
  await trx
    .insertInto('federation_pings')
    .values({
      message_id: message.id,
      origin: countryOf(message.from),
      kind,
      thread_id: message.thread,
      seq: message.seq,
      digest,
    })
    .execute();
}

registerMessageType({
  type: 'federation.ping',
  carriesCaseData: false,
  sealed: false,
  body: z.strictObject({ note: text().max(200).optional() }),
  async apply({ trx, identity }, message) {
    await recordArrival(trx, message, 'ping', null);
    await enqueueMessage(trx, identity, SYSTEM, {
      destination: countryOf(message.from) as PeerCountry,
      type: 'federation.pong',
      thread: message.thread,
      body: { inReplyTo: message.id },
    });
  },
});

registerMessageType({
  type: 'federation.pong',
  carriesCaseData: false,
  sealed: false,
  body: z.strictObject({ inReplyTo: z.uuid() }),
  async apply({ trx }, message) {
    await recordArrival(trx, message, 'pong', message.body.inReplyTo);
  },
});

registerMessageType({
  type: 'federation.sealed-test',
  // Treated as case data although it is a test text: it takes the path TRM packages will take.
  carriesCaseData: true,
  sealed: true,
  body: z.strictObject({ text: text().min(1).max(2000) }),
  async apply({ trx }, message) {
    await recordArrival(
      trx,
      message,
      'sealed-test',
      createHash('sha256').update(message.body.text).digest('hex'),
    );
  },
});
