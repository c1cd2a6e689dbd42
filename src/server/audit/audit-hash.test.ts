import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AuditFields, auditHash, canonicalJson, GENESIS_HASH } from './audit-hash.ts';

const entry: AuditFields = {
  seq: 1,
  at: new Date('2026-11-28T10:00:00.000Z'),
  actorId: null,
  actorAgencyId: null,
  action: 'auth.sign-in',
  entityType: 'user',
  entityId: 'u1',
  outcome: 'success',
  requestId: 'r1',
  details: { b: 1, a: [1, 2] },
  prevHash: GENESIS_HASH,
};

describe('audit hash', () => {
  it('does not depend on key order (jsonb reorders keys)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.string(), fc.boolean())),
        (details) => {
          const reversed = Object.fromEntries(Object.entries(details).reverse());
          expect(canonicalJson(details)).toBe(canonicalJson(reversed));
        },
      ),
    );
  });

  it('changes when any field changes', () => {
    const base = auditHash(entry);
    const variants: Partial<AuditFields>[] = [
      { seq: 2 },
      { at: new Date('2026-11-28T10:00:00.001Z') },
      { actorId: 'x' },
      { action: 'user.read' },
      { entityId: 'u2' },
      { outcome: 'failure' },
      { details: { b: 2, a: [1, 2] } },
      { prevHash: 'f'.repeat(64) },
    ];
    for (const variant of variants) expect(auditHash({ ...entry, ...variant })).not.toBe(base);
  });
});
