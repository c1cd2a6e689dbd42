import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseConfig } from '../../server/config.ts';
import { AppError } from '../../server/errors.ts';
import { federationIdentity, forgetIdentity } from '../../server/federation/identity.ts';
import { rotateNodeKeys } from '../../server/federation/node-keys.ts';
import { confirmPeer, registerPeer } from '../../server/federation/peers.service.ts';
import { openContext } from '../../server/main.ts';
import { fail } from '../output.ts';

const USAGE = `usage: haven federation <subcommand>

  fingerprint                  print this node's id and key fingerprint (creates the keys on first use)
  identity                     print this node's public identity as JSON, to hand to the hub and peers
  rotate-keys                  make a new key pair current (the old one still opens messages in flight);
                               peers must register the new identity and confirm its fingerprint again
  add-peer <identity.json> [--confirm <fingerprint>] [<identity.json> …]
                               register a peer from its identity file; with --confirm, also confirm the
                               fingerprint its administrator read out to you (otherwise it stays pending)`;

const SYSTEM = { userId: null, agencyId: null, requestId: null };

const identityFile = z.object({
  country: z.enum(['UA', 'MD', 'BY', 'HUB']),
  nodeAddress: z
    .string()
    .regex(/^https?:\/\/\S+$/)
    .nullable(),
  signingKey: z.object({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string() }),
  encryptionKey: z.object({ kty: z.literal('OKP'), crv: z.literal('X25519'), x: z.string() }),
});

/** `<file> [--confirm <fingerprint>]`, repeated: several peers in one opening of the database. */
function peerArguments(args: string[]): Array<{ file: string; fingerprint?: string }> | null {
  const out: Array<{ file: string; fingerprint?: string }> = [];
  for (let i = 0; i < args.length; i += 1) {
    const file = args[i]!;
    if (file.startsWith('--')) return null;
    if (args[i + 1] === '--confirm') {
      const fingerprint = args[i + 2];
      if (!fingerprint) return null;
      out.push({ file, fingerprint });
      i += 2;
    } else out.push({ file });
  }
  return out.length > 0 ? out : null;
}

async function addPeers(args: string[]): Promise<number> {
  const wanted = peerArguments(args);
  if (!wanted) return fail(USAGE, 2);
  const parsed: Array<{ identity: z.infer<typeof identityFile>; fingerprint?: string }> = [];
  for (const { file, fingerprint } of wanted) {
    try {
      parsed.push({ identity: identityFile.parse(JSON.parse(readFileSync(file, 'utf8'))), fingerprint });
    } catch {
      return fail(`${file} is not a Haven node identity (the output of \`haven federation identity\`)`);
    }
  }
  const config = parseConfig();
  const ctx = await openContext(config);
  try {
    const identity = await federationIdentity(config);
    for (const { identity: peerIdentity, fingerprint } of parsed) {
      const { country, nodeAddress, signingKey, encryptionKey } = peerIdentity;
      let peer = await registerPeer(ctx.database.db, identity, SYSTEM, {
        country,
        nodeAddress,
        signingKey,
        encryptionKey,
      });
      if (fingerprint) peer = await confirmPeer(ctx.database.db, SYSTEM, country, fingerprint);
      process.stdout.write(`Peer ${peer.country} ${peer.fingerprint}: ${peer.status}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof AppError) return fail(error.message);
    throw error;
  } finally {
    await ctx.database.close();
  }
}

export async function federationCommand(args: string[]): Promise<number> {
  const config = parseConfig();
  switch (args[0]) {
    case 'fingerprint': {
      const identity = await federationIdentity(config);
      process.stdout.write(`${identity.nodeId}\nfingerprint: ${identity.keys.fingerprint}\n`);
      return 0;
    }
    case 'identity': {
      const identity = await federationIdentity(config);
      const body = {
        nodeId: identity.nodeId,
        country: identity.country,
        role: identity.role,
        nodeAddress: config.publicUrl,
        fingerprint: identity.keys.fingerprint,
        signingKey: identity.keys.signingJwk,
        encryptionKey: identity.keys.encryptionJwk,
      };
      process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
      return 0;
    }
    case 'rotate-keys': {
      await federationIdentity(config);
      const keys = await rotateNodeKeys(config.federation.keyFile);
      forgetIdentity(config);
      process.stdout.write(
        `New fingerprint ${keys.fingerprint}. Give \`haven federation identity\` to the hub and the peers, read them the ` +
          'fingerprint to confirm, and restart the app servers so they sign with the new key.\n',
      );
      return 0;
    }
    case 'add-peer':
      return addPeers(args.slice(1));
    default:
      return fail(USAGE, 2);
  }
}
