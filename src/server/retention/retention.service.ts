import type { Kysely } from 'kysely';
import { type CaseRecordType, decideRetention, recordTypeOf } from '../../domain/retention/index.ts';
import { audit } from '../audit/audit.service.ts';
import { sealIdentity } from '../cases/case-identity.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { erasureTargets } from './erasure-plan.ts';
import * as repo from './retention.repository.ts';
import { periodsInForce } from './retention-settings.ts';

// The retention job: each closed case whose period has run out is anonymised in its own transaction, so
// an interrupted run leaves every case either whole or anonymised, and re-running finishes the rest.
// Audit rows are never touched: the anonymisation is itself one more entry on the chain.

export type RetentionReport = {
  dryRun: boolean;
  examined: number;
  anonymised: number;
  notDue: number;
  keptForLife: number;
  refused: Array<{ caseId: string; code: string; reason: 'legal-hold' | 'open-proceedings' }>;
  /** What was (or, in a dry run, would be) anonymised, by record type. */
  byRecordType: Record<CaseRecordType, number>;
};

export type RetentionRunOptions = {
  now?: Date;
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
};

const PAGE = 200;

/** What remains of the open identity: the coarse values lists and statistics filter on. */
function statisticalOpenIdentity(row: { gender: string; presumed_minor: boolean; unit_code: string }) {
  return {
    gender: row.gender,
    presumedMinor: row.presumed_minor,
    unitCode: row.unit_code,
    citizenships: [],
    stateless: false,
    languages: [],
    unaccompanied: false,
  };
}

async function anonymiseCase(
  ctx: AppContext,
  trx: Kysely<DatabaseSchema>,
  actor: Actor,
  caseId: string,
  recordType: CaseRecordType,
  closedAt: Date,
  now: Date,
): Promise<void> {
  let overwritten = 0;
  for (const target of erasureTargets()) {
    // A valid ciphertext of nothing, so that key rotation and the append-only triggers (which allow a
    // value to be re-sealed, never removed) keep working on the erased rows.
    const tombstone = ctx.cipher.encrypt('', target.context);
    overwritten += await repo.overwriteColumn(trx, caseId, target, tombstone);
  }
  const row = await repo.openIdentityOf(trx, caseId);
  const empty = sealIdentity(ctx.cipher, {
    names: [],
    birthDate: { kind: 'unknown' },
    documents: [],
    contacts: [],
  });
  await repo.anonymiseCaseRow(trx, caseId, {
    sealedEmptyIdentity: empty.sensitiveIdentity,
    openIdentity: statisticalOpenIdentity(row),
    at: now,
  });
  await audit(trx, actor, {
    action: 'case.anonymise',
    entityType: 'case',
    entityId: caseId,
    details: { recordType, closedOn: closedAt.toISOString().slice(0, 10), valuesErased: overwritten },
  });
}

export async function runRetention(
  ctx: AppContext,
  actor: Actor,
  options: RetentionRunOptions = {},
): Promise<RetentionReport> {
  const db = ctx.database.db;
  const now = options.now ?? new Date();
  const dryRun = options.dryRun ?? false;
  const periods = new Map(
    (await periodsInForce(db, ctx.config.country)).map((period) => [period.recordType, period.years]),
  );
  const report: RetentionReport = {
    dryRun,
    examined: 0,
    anonymised: 0,
    notDue: 0,
    keptForLife: 0,
    refused: [],
    byRecordType: { 'case.not-a-victim': 0, 'case.closed': 0, 'case.justice': 0 },
  };
  const total = await repo.countClosedCases(db);
  const decide = (candidate: repo.RetentionCandidate) => {
    const recordType = recordTypeOf({ stage: candidate.stage, hasProceedings: candidate.has_proceedings });
    const decision = decideRetention(
      {
        terminal: true,
        closedAt: candidate.closed_at,
        years: periods.get(recordType) ?? null,
        activeHold: candidate.active_hold,
        openProceedings: candidate.open_proceedings,
      },
      now,
    );
    return { recordType, decision };
  };
  let afterId: string | null = null;
  for (;;) {
    const page = await repo.closedCasesPage(db, afterId, PAGE);
    for (const candidate of page) {
      report.examined++;
      const first = decide(candidate);
      if (first.decision.kind === 'anonymise' && !dryRun) {
        // Decided again under the row lock: a hold set since the page was read wins.
        const outcome = await db.transaction().execute(async (trx) => {
          const locked = await repo.lockCandidate(trx, candidate.id);
          // Anonymised by a run beside this one: counted there, not here.
          if (!locked) return null;
          const again = decide(locked);
          if (again.decision.kind === 'anonymise' && locked.closed_at)
            await anonymiseCase(ctx, trx, actor, locked.id, again.recordType, locked.closed_at, now);
          return again;
        });
        if (outcome) tally(report, candidate, outcome.recordType, outcome.decision);
      } else tally(report, candidate, first.recordType, first.decision);
    }
    options.onProgress?.(report.examined, total);
    if (page.length < PAGE) break;
    afterId = page[page.length - 1]!.id;
  }
  await audit(db, actor, {
    action: dryRun ? 'retention.dry-run' : 'retention.run',
    entityType: 'node',
    details: {
      examined: report.examined,
      anonymised: report.anonymised,
      notDue: report.notDue,
      keptForLife: report.keptForLife,
      refusedLegalHold: report.refused.filter((r) => r.reason === 'legal-hold').length,
      refusedOpenProceedings: report.refused.filter((r) => r.reason === 'open-proceedings').length,
    },
  });
  return report;
}

function tally(
  report: RetentionReport,
  candidate: repo.RetentionCandidate,
  recordType: CaseRecordType,
  decision: ReturnType<typeof decideRetention>,
) {
  if (decision.kind === 'anonymise') {
    report.anonymised++;
    report.byRecordType[recordType]++;
  } else if (decision.kind === 'refuse')
    report.refused.push({ caseId: candidate.id, code: candidate.code, reason: decision.reason });
  else if (decision.reason === 'kept-for-life') report.keptForLife++;
  else report.notDue++;
}
