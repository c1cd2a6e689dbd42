import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import * as jose from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELIVERY_TYP, MESSAGE_TYP, signJson } from '../../src/server/federation/envelope.ts';
import {
  addPeers,
  createAdmin,
  defineNode,
  federationKeys,
  start,
  stop,
  type TestNode,
  waitFor,
  writeIdentity,
} from './federation-nodes.ts';

// Issue 13, the transport: three real processes on loopback (the hub and the UA and MD nodes, each
// with its own embedded database), messages from UA through the hub to MD, MD stopped mid-exchange,
// and deliveries forged, altered, replayed and misaddressed straight at MD.

// The hub logs at info level, so the check that its logs hold no case text has something to read.
const hub = defineNode('HUB', 5510, { LOG_LEVEL: 'info' });
const ua = defineNode('UA', 5511);
const md = defineNode('MD', 5512);
const nodes = [hub, ua, md];

beforeAll(async () => {
  await Promise.all(nodes.map(writeIdentity));
  await Promise.all([addPeers(hub, [ua, md]), addPeers(ua, [hub, md]), addPeers(md, [hub, ua])]);
  await createAdmin(hub);
  await Promise.all([start(hub, 'fed-admin'), start(ua, 'demo-admin'), start(md, 'demo-admin')]);
}, 900_000);

afterAll(async () => {
  await Promise.all(nodes.map(stop));
});

async function inbox(node: TestNode) {
  return (await node.admin!.get('/api/admin/federation/inbox')).body.items as Array<{
    messageId: string;
    type: string;
    threadId: string;
    seq: number;
    status: string;
  }>;
}

describe('federation through the hub', () => {
  it('a ping from UA reaches MD through the hub, and MD’s pong comes back the same way', async () => {
    const sent = await ua.admin!.post('/api/admin/federation/test-messages', { to: 'MD', thread: 'ping-1' });
    expect(sent.status).toBe(201);
    const pong = await waitFor('the pong at UA', async () =>
      (await inbox(ua)).find(
        (m) => m.type === 'federation.pong' && m.threadId === 'ping-1' && m.status === 'applied',
      ),
    );
    expect(pong.seq).toBe(1);
    const atMd = (await inbox(md)).filter((m) => m.messageId === sent.body.messageId);
    expect(atMd).toMatchObject([{ type: 'federation.ping', status: 'applied' }]);
    const relayed = (await hub.admin!.get('/api/admin/federation/outbox?status=delivered')).body.items;
    expect(relayed.map((m: { messageId: string }) => m.messageId)).toContain(sent.body.messageId);
  });

  it('MD stopped mid-exchange: nothing is lost, nothing applied twice, the thread applies in order', async () => {
    await stop(md);
    const texts = ['first sealed text', 'second sealed text', 'third sealed text'];
    const ids: string[] = [];
    for (const sealedText of texts) {
      const sent = await ua.admin!.post('/api/admin/federation/test-messages', {
        to: 'MD',
        thread: 'outage',
        sealedText,
      });
      expect(sent.status).toBe(201);
      ids.push(sent.body.messageId);
    }
    // The hub holds them and keeps trying while MD is down.
    await waitFor('failed attempts at the hub', async () => {
      const pending = (await hub.admin!.get('/api/admin/federation/outbox?status=pending')).body.items;
      const tried = pending.filter(
        (m: { messageId: string; attempts: number }) => ids.includes(m.messageId) && m.attempts >= 2,
      );
      return tried.length === 3 ? tried : undefined;
    });
    await start(md, 'demo-admin');
    const applied = await waitFor('the thread applied at MD', async () => {
      const items = (await inbox(md)).filter((m) => m.threadId === 'outage');
      return items.length === 3 && items.every((m) => m.status === 'applied') ? items : undefined;
    });
    expect(applied.map((m) => m.seq).sort()).toEqual([1, 2, 3]);
    // The hub sends one again (as after a lost receipt): MD answers "duplicate" and applies nothing.
    const retry = await hub.admin!.post(`/api/admin/federation/outbox/${ids[0]}/retry`, {});
    expect(retry.status).toBe(200);
    await waitFor('the retried delivery', async () => {
      const item = (await hub.admin!.get('/api/admin/federation/outbox?status=delivered')).body.items.find(
        (m: { messageId: string; attempts: number }) => m.messageId === ids[0] && m.attempts === 1,
      );
      return item;
    });
    expect((await inbox(md)).filter((m) => m.threadId === 'outage')).toHaveLength(3);
  });
});

describe('refusals at the receiving node', () => {
  const now = () => Math.floor(Date.now() / 1000);
  let uaKey: CryptoKey;

  beforeAll(async () => {
    uaKey = (await jose.importJWK(federationKeys(ua).current.signing, 'EdDSA')) as CryptoKey;
  });

  async function message(overrides: Record<string, unknown> = {}) {
    return signJson(
      {
        v: 1,
        id: randomUUID(),
        from: ua.identity.nodeId,
        to: md.identity.nodeId,
        type: 'federation.ping',
        thread: `forged-${randomUUID()}`,
        seq: 1,
        createdAt: new Date().toISOString(),
        body: {},
        ...overrides,
      },
      MESSAGE_TYP,
      uaKey,
      ua.identity.fingerprint,
    );
  }

  async function delivery(inner: string, overrides: Record<string, unknown> = {}, key = uaKey) {
    return signJson(
      {
        delivery: randomUUID(),
        iss: ua.identity.nodeId,
        aud: md.identity.nodeId,
        iat: now(),
        message: inner,
        ...overrides,
      },
      DELIVERY_TYP,
      key,
      ua.identity.fingerprint,
    );
  }

  const post = (token: string) => md.admin!.post('/api/federation/messages', { token });

  it('accepts a well-formed delivery, then refuses the very same bytes as a replay', async () => {
    const token = await delivery(await message());
    const first = await post(token);
    expect(first.status).toBe(200);
    expect(first.body.receipt.split('.')).toHaveLength(3);
    const again = await post(token);
    expect([again.status, again.body.error.code]).toEqual([409, 'message_replayed']);
  });

  it('refuses unsigned, alg "none", tampered, unknown-key, misaddressed and stale deliveries', async () => {
    const expectRefusal = async (token: string, status: number, code: string) => {
      const answer = await post(token);
      expect([answer.status, answer.body.error?.code], code).toEqual([status, code]);
      expect(answer.body.error.message).not.toMatch(/jws|zod|expected/i);
    };
    await expectRefusal('not a token', 400, 'message_unsigned');
    const none = `${jose.base64url.encode(JSON.stringify({ alg: 'none', typ: DELIVERY_TYP }))}.${jose.base64url.encode('{}')}.`;
    await expectRefusal(none, 400, 'message_unsigned');

    const good = await delivery(await message());
    const [header, , signature] = good.split('.');
    const altered = JSON.stringify({
      delivery: randomUUID(),
      iss: ua.identity.nodeId,
      aud: md.identity.nodeId,
      iat: now(),
      message: await message(),
    });
    await expectRefusal(`${header}.${jose.base64url.encode(altered)}.${signature}`, 401, 'message_tampered');

    const stranger = await jose.generateKeyPair('EdDSA', { crv: 'Ed25519' });
    await expectRefusal(
      await delivery(await message(), {}, stranger.privateKey as CryptoKey),
      401,
      'message_tampered',
    );
    await expectRefusal(
      await delivery(await message(), { iss: `BY:${ua.identity.fingerprint}` }),
      403,
      'peer_unknown',
    );
    await expectRefusal(
      await delivery(await message(), { aud: hub.identity.nodeId }),
      421,
      'message_misaddressed',
    );
    await expectRefusal(
      await delivery(await message({ to: hub.identity.nodeId })),
      421,
      'message_misaddressed',
    );
    await expectRefusal(await delivery(await message(), { iat: now() - 3600 }), 401, 'message_clock_skew');
  });

  it('refuses a revoked peer (revoked under the version the administrator read)', async () => {
    const path = '/api/admin/federation/peers/UA/revoke';
    const listed = (await md.admin!.get('/api/admin/federation/peers')).body.items;
    const version = listed.find((p: { country: string }) => p.country === 'UA').version as number;
    expect((await md.admin!.post(path, {})).status).toBe(428);
    expect((await md.admin!.post(path, {}, { 'if-match': `"${version + 1}"` })).status).toBe(412);
    const revoked = await md.admin!.post(path, {}, { 'if-match': `"${version}"` });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', version: version + 1 });
    expect(revoked.headers.get('etag')).toBe(`"${version + 1}"`);
    const answer = await post(await delivery(await message()));
    expect([answer.status, answer.body.error.code]).toEqual([403, 'peer_revoked']);
  });

  it('wrote an audit row for each refusal, and the hub’s database holds no readable test text', async () => {
    await Promise.all(nodes.map(stop));
    const mdDb = new PGlite(join(md.dataDir, 'pgdata'));
    const refused = await mdDb.query<{ code: string }>(
      `select details->>'code' as code from audit_log where action = 'federation.message.refused'`,
    );
    expect(new Set(refused.rows.map((r) => r.code))).toEqual(
      new Set([
        'message_replayed',
        'message_unsigned',
        'message_tampered',
        'peer_unknown',
        'message_misaddressed',
        'message_clock_skew',
        'peer_revoked',
      ]),
    );
    const pings = await mdDb.query<{ n: number }>(
      `select count(*)::int as n from federation_pings where kind = 'sealed-test'`,
    );
    expect(pings.rows[0]!.n).toBe(3);
    await mdDb.close();

    const hubDb = new PGlite(join(hub.dataDir, 'pgdata'));
    const tokens = await hubDb.query<{ token: string }>(`select token from federation_outbox`);
    const everything = tokens.rows
      .map((r) => Buffer.from(r.token.split('.')[1]!, 'base64url').toString())
      .join('\n');
    expect(everything).toContain('"sealed"');
    expect(everything).not.toContain('sealed text');
    const cases = await hubDb.query<{ n: number }>(`select count(*)::int as n from cases`);
    expect(cases.rows[0]!.n).toBe(0);
    await hubDb.close();
    // Nor do its logs, though it relayed every message and logged each request.
    const hubLogs = hub.logs.join('\n');
    expect(hubLogs).toMatch(/federation/);
    expect(hubLogs).not.toContain('sealed text');
  });
});
