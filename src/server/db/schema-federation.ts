import type { Generated } from 'kysely';
import type { Json, Timestamp } from './schema.ts';

export type PeerCountry = 'UA' | 'MD' | 'BY' | 'HUB';
export type PublicKeyJwk = { kty: string; crv: string; x: string };

export interface FederationPeersTable {
  country: PeerCountry;
  kind: 'node' | 'hub';
  address: string | null;
  signing_key: Json<PublicKeyJwk>;
  encryption_key: Json<PublicKeyJwk>;
  fingerprint: string;
  status: Generated<'pending' | 'active' | 'revoked'>;
  confirmed_at: Timestamp | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  /** Moves with every registration, confirmation and revocation (migration 025). */
  version: Generated<number>;
}

export type OutboxStatus = 'pending' | 'delivered' | 'failed';

export interface FederationOutboxTable {
  message_id: string;
  destination: string;
  next_hop: string;
  type: string;
  thread_id: string;
  seq: number;
  token: string;
  status: Generated<OutboxStatus>;
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  claimed_until: Timestamp | null;
  last_error: string | null;
  receipt: string | null;
  relayed: Generated<boolean>;
  created_at: Generated<Date>;
  delivered_at: Timestamp | null;
}

export interface FederationThreadsTable {
  thread_id: string;
  destination: string;
  last_seq: number;
}

export interface FederationInboxTable {
  message_id: string;
  origin: string;
  type: string;
  thread_id: string;
  seq: number;
  token: string;
  status: 'held' | 'applied';
  received_at: Generated<Date>;
  applied_at: Timestamp | null;
}

export interface FederationDeliveriesSeenTable {
  delivery_id: string;
  seen_at: Generated<Date>;
}

export interface FederationPingsTable {
  message_id: string;
  origin: string;
  kind: 'ping' | 'pong' | 'sealed-test';
  thread_id: string;
  seq: number;
  digest: string | null;
  applied_at: Generated<Date>;
}

export interface FederationTables {
  federation_peers: FederationPeersTable;
  federation_outbox: FederationOutboxTable;
  federation_threads: FederationThreadsTable;
  federation_inbox: FederationInboxTable;
  federation_deliveries_seen: FederationDeliveriesSeenTable;
  federation_pings: FederationPingsTable;
}
