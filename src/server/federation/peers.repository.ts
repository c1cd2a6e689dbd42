import { type Kysely, type Selectable, sql } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import type { FederationPeersTable, PeerCountry, PublicKeyJwk } from '../db/schema-federation.ts';

type Db = Kysely<DatabaseSchema>;
export type PeerRow = Selectable<FederationPeersTable>;

export async function findPeer(db: Db, country: string): Promise<PeerRow | undefined> {
  return db
    .selectFrom('federation_peers')
    .selectAll()
    .where('country', '=', country as PeerCountry)
    .executeTakeFirst();
}

export async function listPeers(db: Db): Promise<PeerRow[]> {
  return db.selectFrom('federation_peers').selectAll().orderBy('country').execute();
}

export type PeerInput = {
  country: PeerCountry;
  kind: 'node' | 'hub';
  address: string | null;
  signingKey: PublicKeyJwk;
  encryptionKey: PublicKeyJwk;
  fingerprint: string;
};

/** Registers or re-registers a peer; new keys put it back to pending until confirmed again. */
export async function upsertPeer(db: Db, input: PeerInput, keysChanged: boolean): Promise<void> {
  const values = {
    kind: input.kind,
    address: input.address,
    signing_key: JSON.stringify(input.signingKey),
    encryption_key: JSON.stringify(input.encryptionKey),
    fingerprint: input.fingerprint,
    updated_at: new Date(),
  };
  await db
    .insertInto('federation_peers')
    .values({ country: input.country, ...values })
    .onConflict((oc) =>
      oc.column('country').doUpdateSet({
        ...(keysChanged ? { ...values, status: 'pending' as const, confirmed_at: null } : values),
        version: sql<number>`federation_peers.version + 1`,
      }),
    )
    .execute();
}

/** Sets the status if the peer is still at `version` (null: as it stands); false when it moved on. */
export async function setPeerStatus(
  db: Db,
  country: PeerCountry,
  status: 'active' | 'revoked',
  version: number | null = null,
): Promise<boolean> {
  let query = db
    .updateTable('federation_peers')
    .set({
      status,
      updated_at: new Date(),
      version: sql<number>`version + 1`,
      ...(status === 'active' ? { confirmed_at: new Date() } : {}),
    })
    .where('country', '=', country);
  if (version !== null) query = query.where('version', '=', version);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
