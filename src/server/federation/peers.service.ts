import type { Kysely } from 'kysely';
import { audit } from '../audit/audit.service.ts';
import type { Actor } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import type { PeerCountry, PublicKeyJwk } from '../db/schema-federation.ts';
import { AppError, notFound } from '../errors.ts';
import type { FederationIdentity } from './identity.ts';
import { fingerprintOf } from './node-keys.ts';
import { findPeer, listPeers, type PeerRow, setPeerStatus, upsertPeer } from './peers.repository.ts';
import { staleVersion } from '../http/versioning.ts';

type Db = Kysely<DatabaseSchema>;

export type PeerRegistration = {
  country: PeerCountry;
  nodeAddress: string | null;
  signingKey: PublicKeyJwk;
  encryptionKey: PublicKeyJwk;
};

export type PeerView = {
  country: PeerCountry;
  kind: 'node' | 'hub';
  nodeAddress: string | null;
  fingerprint: string;
  status: 'pending' | 'active' | 'revoked';
  confirmedAt: string | null;
  version: number;
};

export function peerView(row: PeerRow): PeerView {
  return {
    country: row.country,
    kind: row.kind,
    nodeAddress: row.address,
    fingerprint: row.fingerprint,
    status: row.status,
    confirmedAt: row.confirmed_at ? new Date(row.confirmed_at).toISOString() : null,
    version: row.version,
  };
}

const normalise = (fingerprint: string) => fingerprint.toUpperCase().replace(/[^A-Z2-7]/g, '');

/** Registers a peer as pending: nothing from it is accepted until its fingerprint is confirmed. */
export async function registerPeer(
  db: Db,
  identity: FederationIdentity,
  actor: Actor,
  input: PeerRegistration,
): Promise<PeerView> {
  if (input.country === identity.country) {
    throw new AppError('conflict', 'A node cannot register itself as its own peer.');
  }
  const fingerprint = await fingerprintOf(input.signingKey, input.encryptionKey);
  return db.transaction().execute(async (trx) => {
    const before = await findPeer(trx, input.country);
    const keysChanged = !before || before.fingerprint !== fingerprint;
    await upsertPeer(
      trx,
      { ...input, address: input.nodeAddress, kind: input.country === 'HUB' ? 'hub' : 'node', fingerprint },
      keysChanged,
    );
    await audit(trx, actor, {
      action: 'federation.peer.register',
      entityType: 'federation_peer',
      entityId: input.country,
      details: { fingerprint, keysChanged },
    });
    return peerView((await findPeer(trx, input.country))!);
  });
}

/** The out-of-band step: the fingerprint the other side read out must be the one its keys give. */
export async function confirmPeer(
  db: Db,
  actor: Actor,
  country: PeerCountry,
  fingerprint: string,
  /** The version the administrator looked at (If-Match); null from the CLI, right after registering. */
  version: number | null = null,
): Promise<PeerView> {
  return db.transaction().execute(async (trx) => {
    const peer = await findPeer(trx, country);
    if (!peer) throw notFound('The peer');
    if (normalise(peer.fingerprint) !== normalise(fingerprint)) {
      await audit(trx, actor, {
        action: 'federation.peer.confirm',
        entityType: 'federation_peer',
        entityId: country,
        outcome: 'denied',
        details: { code: 'fingerprint_mismatch' },
      });
      throw new AppError(
        'conflict',
        'The fingerprint does not match the registered keys. Check it with the other node’s administrator; register the keys again if they changed.',
        [{ path: 'body.fingerprint', code: 'fingerprint_mismatch', message: 'Fingerprint does not match.' }],
      );
    }
    if (!(await setPeerStatus(trx, country, 'active', version))) throw staleVersion();
    await audit(trx, actor, {
      action: 'federation.peer.confirm',
      entityType: 'federation_peer',
      entityId: country,
      details: { fingerprint: peer.fingerprint },
    });
    return peerView((await findPeer(trx, country))!);
  });
}

export async function revokePeer(
  db: Db,
  actor: Actor,
  country: PeerCountry,
  version: number | null = null,
): Promise<PeerView> {
  return db.transaction().execute(async (trx) => {
    if (!(await findPeer(trx, country))) throw notFound('The peer');
    if (!(await setPeerStatus(trx, country, 'revoked', version))) throw staleVersion();
    await audit(trx, actor, {
      action: 'federation.peer.revoke',
      entityType: 'federation_peer',
      entityId: country,
    });
    return peerView((await findPeer(trx, country))!);
  });
}

export async function peers(db: Db): Promise<PeerView[]> {
  return (await listPeers(db)).map(peerView);
}
