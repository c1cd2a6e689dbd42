import { createHash } from 'node:crypto';

// The chain: each entry's hash covers its own fields and the previous entry's hash, so altering,
// inserting or deleting any entry breaks every hash after it.

export const GENESIS_HASH = '0'.repeat(64);

export type AuditFields = {
  seq: number;
  at: Date;
  actorId: string | null;
  actorAgencyId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  outcome: 'success' | 'failure' | 'denied';
  requestId: string | null;
  details: Record<string, unknown>;
  prevHash: string;
};

/** JSON with object keys sorted, so that jsonb's own key order cannot change a hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function auditHash(fields: AuditFields): string {
  const material = canonicalJson([
    fields.seq,
    fields.at.toISOString(),
    fields.actorId,
    fields.actorAgencyId,
    fields.action,
    fields.entityType,
    fields.entityId,
    fields.outcome,
    fields.requestId,
    fields.details,
    fields.prevHash,
  ]);
  return createHash('sha256').update(material).digest('hex');
}
