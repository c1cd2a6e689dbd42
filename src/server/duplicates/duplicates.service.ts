import { dedupeRecords } from '../../domain/linkage/link-records.ts';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { openSealedIdentity, sealIdentity, toPersonRecord } from '../cases/case-identity.ts';
import * as caseRepo from '../cases/cases.repository.ts';
import { placeOfCase } from '../cases/cases.service.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError, notFound } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import { can } from '../policy/policy.ts';
import * as repo from './duplicates.repository.ts';
import type { Kysely } from 'kysely';

// The review queue: pairs of cases that may be the same child. A supervisor compares them side by
// side (an audited reveal of both identities), then merges them — the second record is hidden behind
// the first and its name forms make the first findable — or marks them distinct. A merge is undone by
// reopening the pair: nothing of either record is deleted.

type Db = Kysely<DatabaseSchema>;
type PairRow = NonNullable<Awaited<ReturnType<typeof repo.findPair>>>;
const SCAN_LIMIT = 20_000;

async function reviewable(ctx: AppContext, db: Db, principal: SignedInUser, pair: PairRow) {
  const a = await caseRepo.findCase(db, pair.case_a);
  const b = await caseRepo.findCase(db, pair.case_b);
  if (!a || !b) return null;
  const both = [a, b].every((row) =>
    can(principal, 'duplicates.review', placeOfCase(ctx, row), ctx.isWithin),
  );
  return both ? { a, b } : null;
}

function describe(
  pair: PairRow,
  a: caseRepo.CaseRow,
  b: caseRepo.CaseRow,
  toSummary: (row: caseRepo.CaseRow) => unknown,
) {
  return {
    id: pair.id,
    caseA: toSummary(a),
    caseB: toSummary(b),
    score: pair.score,
    classification: pair.classification,
    agreements: pair.agreements as Array<{ field: string; outcome: string; weight: number }>,
    status: pair.status,
    keptCase: pair.kept_case,
    decidedAt: pair.decided_at?.toISOString() ?? null,
    version: pair.version,
  };
}

export type Summariser = (row: caseRepo.CaseRow) => unknown;

export async function recordCandidates(
  db: Db,
  caseId: string,
  candidates: Array<{
    caseId: string;
    score: number;
    classification: 'probable' | 'possible';
    agreements: unknown[];
  }>,
) {
  await repo.upsertPairs(
    db,
    candidates.map((c) => ({
      caseA: caseId,
      caseB: c.caseId,
      score: c.score,
      classification: c.classification,
      agreements: c.agreements,
    })),
  );
}

/** Runs the Fellegi–Sunter de-duplication over the node's cases and queues what it finds. */
export async function scanForDuplicates(ctx: AppContext, principal: SignedInUser, actor: Actor) {
  const db = ctx.database.db;
  const rows = (await repo.casesForScan(db, SCAN_LIMIT)).filter((row) =>
    can(principal, 'duplicates.review', placeOfCase(ctx, row), ctx.isWithin),
  );
  const records = rows.map((row) =>
    toPersonRecord(row.id, openSealedIdentity(ctx.cipher, row.sensitive_identity), row.gender),
  );
  const pairs = dedupeRecords(records).filter(
    (pair) => pair.classification === 'probable' || pair.classification === 'possible',
  );
  const added = await db.transaction().execute((trx) =>
    repo.upsertPairs(
      trx,
      pairs.map((pair) => ({
        caseA: pair.idA,
        caseB: pair.idB,
        score: Math.round(pair.score * 1000) / 1000,
        classification: pair.classification,
        agreements: pair.fields.map((f) => ({
          field: f.field,
          outcome: f.level,
          weight: Math.round(f.weight * 100) / 100,
        })),
      })),
    ),
  );
  await audit(db, actor, {
    action: 'duplicates.scan',
    entityType: 'case',
    details: { scanned: rows.length, found: pairs.length, added },
  });
  return { scanned: rows.length, found: pairs.length, added };
}

export async function listPairs(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  status: 'open' | 'merged' | 'distinct',
  toSummary: Summariser,
) {
  const db = ctx.database.db;
  const items = [];
  for (const pair of await repo.listPairs(db, status, 500)) {
    const cases = await reviewable(ctx, db, principal, pair);
    if (cases) items.push(describe(pair, cases.a, cases.b, toSummary));
  }
  await audit(db, actor, {
    action: 'duplicates.list',
    entityType: 'duplicate-pair',
    details: { count: items.length },
  });
  return { items };
}

async function loadReviewable(ctx: AppContext, db: Db, principal: SignedInUser, id: string) {
  const pair = await repo.findPair(db, id);
  const cases = pair ? await reviewable(ctx, db, principal, pair) : null;
  if (!pair || !cases) throw notFound('The pair');
  return { pair, ...cases };
}

/** Side by side: both identities are revealed, and both reveals are written to the audit log. */
export async function comparePair(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  id: string,
  toSummary: Summariser,
) {
  const db = ctx.database.db;
  const { pair, a, b } = await loadReviewable(ctx, db, principal, id);
  await db.transaction().execute(async (trx) => {
    for (const row of [a, b])
      await audit(trx, actor, {
        action: 'case.identity.reveal',
        entityType: 'case',
        entityId: row.id,
        details: { via: 'duplicate-review', pairId: id },
      });
  });
  return {
    ...describe(pair, a, b, toSummary),
    identityA: openSealedIdentity(ctx.cipher, a.sensitive_identity),
    identityB: openSealedIdentity(ctx.cipher, b.sensitive_identity),
  };
}

export async function decide(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  id: string,
  version: number,
  decision: { kind: 'merge'; keepCaseId: string } | { kind: 'distinct' } | { kind: 'reopen' },
  toSummary: Summariser,
) {
  return ctx.database.db.transaction().execute(async (trx) => {
    const { pair, a, b } = await loadReviewable(ctx, trx, principal, id);
    if (decision.kind !== 'reopen' && pair.status !== 'open')
      throw new AppError('conflict', 'This pair was already decided. Reopen it first.');
    if (decision.kind === 'reopen' && pair.status === 'open')
      throw new AppError('conflict', 'This pair is still open.');
    const now = new Date();
    if (decision.kind === 'merge') {
      if (decision.keepCaseId !== a.id && decision.keepCaseId !== b.id)
        throw new AppError('validation_failed', 'Keep one of the two cases.', [
          { path: 'body.keepCaseId', code: 'invalid_choice', message: 'Not one of the pair.' },
        ]);
      const [kept, merged] = decision.keepCaseId === a.id ? [a, b] : [b, a];
      if (
        !(await repo.decidePair(trx, id, version, {
          status: 'merged',
          kept_case: kept.id,
          decided_by: principal.userId,
          decided_at: now,
        }))
      )
        throw staleVersion();
      await repo.setMergedInto(trx, merged.id, kept.id);
      const keys = new Set([...(await keysOf(ctx, kept)), ...(await keysOf(ctx, merged))]);
      await repo.setNameKeys(trx, kept.id, [...keys]);
    } else if (decision.kind === 'distinct') {
      if (
        !(await repo.decidePair(trx, id, version, {
          status: 'distinct',
          kept_case: null,
          decided_by: principal.userId,
          decided_at: now,
        }))
      )
        throw staleVersion();
    } else {
      if (
        !(await repo.decidePair(trx, id, version, {
          status: 'open',
          kept_case: null,
          decided_by: null,
          decided_at: null,
        }))
      )
        throw staleVersion();
      if (pair.status === 'merged' && pair.kept_case) {
        const kept = pair.kept_case === a.id ? a : b;
        const merged = kept === a ? b : a;
        await repo.setMergedInto(trx, merged.id, null);
        await repo.setNameKeys(trx, kept.id, await keysOf(ctx, kept));
      }
    }
    await audit(trx, actor, {
      action: `duplicates.${decision.kind}`,
      entityType: 'duplicate-pair',
      entityId: id,
      details: { caseA: a.id, caseB: b.id },
    });
    const fresh = await loadReviewable(ctx, trx, principal, id);
    return describe(fresh.pair, fresh.a, fresh.b, toSummary);
  });
}

/** A case's own search keys, recomputed from its sealed identity. */
async function keysOf(ctx: AppContext, row: caseRepo.CaseRow): Promise<string[]> {
  return sealIdentity(ctx.cipher, openSealedIdentity(ctx.cipher, row.sensitive_identity)).nameKeys;
}
