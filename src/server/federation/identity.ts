import type { Config } from '../config.ts';
import type { PeerCountry } from '../db/schema-federation.ts';
import { loadOrCreateNodeKeys, type NodeKeys } from './node-keys.ts';

/** Who this node is in the federation: its place (a country or the hub), its keys and its node id. */
export type FederationIdentity = {
  role: 'node' | 'hub';
  country: PeerCountry;
  /** Country plus key fingerprint, e.g. "MD:K7QX-3MPA-…": what envelopes carry as from and to. */
  nodeId: string;
  keys: NodeKeys;
  created: boolean;
};

const loaded = new Map<string, Promise<FederationIdentity>>();

async function load(config: Config): Promise<FederationIdentity> {
  const { keys, created } = await loadOrCreateNodeKeys(config.federation.keyFile);
  const country: PeerCountry = config.role === 'hub' ? 'HUB' : config.country;
  return { role: config.role, country, nodeId: `${country}:${keys.fingerprint}`, keys, created };
}

/**
 * The identity of the node a configuration describes, created on first use and then kept for the life of
 * the process (like the field keys: after `haven federation rotate-keys`, restart the app servers).
 */
export function federationIdentity(config: Config): Promise<FederationIdentity> {
  const key = `${config.role}|${config.country}|${config.federation.keyFile}`;
  let identity = loaded.get(key);
  if (!identity) {
    identity = load(config);
    identity.catch(() => loaded.delete(key));
    loaded.set(key, identity);
  }
  return identity;
}

/** Whether a node id names this node (its current key, or one it rotated away from). */
export function isOurs(identity: FederationIdentity, nodeId: string): boolean {
  const [country, fingerprint] = nodeId.split(':');
  if (country !== identity.country) return false;
  return (
    fingerprint === identity.keys.fingerprint || identity.keys.previousFingerprints.includes(fingerprint!)
  );
}

export function forgetIdentity(config: Config): void {
  loaded.delete(`${config.role}|${config.country}|${config.federation.keyFile}`);
}
