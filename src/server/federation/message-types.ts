import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import type { FederationIdentity } from './identity.ts';

// Each message type declares its body and what applying it does. A type that carries case data must be
// sealed: the sender encrypts its body to the receiving node, so the hub relays what it cannot read. The
// registry refuses a type that carries case data without being sealed. TRM referrals register here.

export type AppliedMessage<B> = {
  id: string;
  /** The origin's node id. */
  from: string;
  thread: string;
  seq: number;
  body: B;
};

export type ApplyScope = {
  /** The transaction that also writes the inbox row: a reply enqueued here leaves with it or not at all. */
  trx: Kysely<DatabaseSchema>;
  ctx: AppContext;
  identity: FederationIdentity;
};

export type MessageType<B> = {
  type: string;
  carriesCaseData: boolean;
  sealed: boolean;
  body: z.ZodType<B>;
  apply(scope: ApplyScope, message: AppliedMessage<B>): Promise<void>;
};

const registry = new Map<string, MessageType<unknown>>();

export function registerMessageType<B>(definition: MessageType<B>): void {
  if (definition.carriesCaseData && !definition.sealed) {
    throw new Error(`Message type ${definition.type} carries case data and must be sealed (JWE).`);
  }
  if (registry.has(definition.type)) throw new Error(`Message type ${definition.type} is registered twice.`);
  registry.set(definition.type, definition as MessageType<unknown>);
}

export function messageType(type: string): MessageType<unknown> | undefined {
  return registry.get(type);
}
