import { describe, expect, it } from 'vitest';
import { ENCRYPTED_COLUMNS } from '../crypto/encrypted-columns.ts';
import { CASE_LINKS, erasureTargets, NOT_CASE_DATA } from './erasure-plan.ts';

describe('the erasure plan', () => {
  it('places every encrypted table either with a case or among the tables that hold no child data', () => {
    const unplaced = [...new Set(ENCRYPTED_COLUMNS.map((c) => c.table))].filter(
      (table) => !(table in CASE_LINKS) && !(table in NOT_CASE_DATA),
    );
    expect(unplaced).toEqual([]);
    expect(Object.keys(CASE_LINKS).filter((table) => table in NOT_CASE_DATA)).toEqual([]);
  });

  it('overwrites every encrypted column of a case except the identity, which is re-sealed', () => {
    const targets = erasureTargets().map((t) => `${t.table}.${t.column}`);
    const caseColumns = ENCRYPTED_COLUMNS.filter((c) => c.table in CASE_LINKS).map(
      (c) => `${c.table}.${c.column}`,
    );
    expect(targets).toEqual(caseColumns.filter((c) => c !== 'cases.sensitive_identity'));
    expect(targets).toContain('case_notes.text');
    expect(targets).toContain('case_attachment_contents.content');
    expect(targets).toContain('justice_perpetrators.name');
  });
});
