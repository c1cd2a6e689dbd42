// The boundary check of `npm run lint` (scripts/check-boundaries.ts) must catch each kind of crossing,
// and the repository as it stands must pass it.
import { describe, expect, it } from 'vitest';
import { check, checkBoundaries, mayHoldSql } from '../../scripts/check-boundaries.ts';

const rulesOf = (file: string, text: string) =>
  check(file, text, mayHoldSql(file)).map((finding) => finding.rule);

describe('the boundary check', () => {
  it('keeps src/domain pure: no server, web or I/O imports', () => {
    expect(rulesOf('src/domain/x/rule.ts', "import { readFileSync } from 'node:fs';")).toEqual([
      'domain-is-pure',
    ]);
    expect(rulesOf('src/domain/x/rule.ts', "import { db } from '../../server/db/database.ts';")).toEqual([
      'domain-is-pure',
    ]);
    expect(rulesOf('src/domain/x/rule.ts', "import { sql } from 'kysely';")).toContain('domain-is-pure');
    expect(rulesOf('src/domain/x/rule.ts', "import { other } from '../y/other.ts';")).toEqual([]);
  });

  it('lets the web name server schema types only, never import server code', () => {
    expect(
      rulesOf('src/web/api/x.ts', "import { audit } from '../../server/audit/audit.service.ts';"),
    ).toEqual(['web-talks-http-only']);
    expect(
      rulesOf('src/web/api/x.ts', "import { hold } from '../../server/retention/legal-holds.schemas.ts';"),
    ).toEqual(['web-talks-http-only']);
    expect(rulesOf('src/web/api/x.ts', "const m = import('../../server/app.ts');")).toEqual([
      'web-talks-http-only',
    ]);
    expect(
      rulesOf(
        'src/web/api/x.ts',
        "import type { LegalHold } from '../../server/retention/legal-holds.schemas.ts';",
      ),
    ).toEqual([]);
  });

  it('keeps queries in repositories', () => {
    const query = "export const f = (db) => db.selectFrom('cases').selectAll().execute();";
    expect(rulesOf('src/server/cases/cases.service.ts', query)).toEqual(['sql-in-repositories']);
    expect(rulesOf('src/server/cases/cases.service.ts', "import { sql } from 'kysely';")).toEqual([
      'sql-in-repositories',
    ]);
    expect(rulesOf('src/server/cases/cases.service.ts', "import type { Kysely } from 'kysely';")).toEqual([]);
    expect(rulesOf('src/server/cases/cases.repository.ts', query)).toEqual([]);
    expect(rulesOf('src/server/db/migrations/0001.ts', query)).toEqual([]);
  });

  it('passes on the repository as it stands, with no stale exception', () => {
    const { findings, staleExceptions } = checkBoundaries();
    expect(findings).toEqual([]);
    expect(staleExceptions).toEqual([]);
  });
});
