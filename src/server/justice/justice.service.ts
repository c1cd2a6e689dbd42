import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  applyStageChange,
  isKnownArticle,
  nextStages,
  type ProceedingOutcome,
  type ProceedingStage,
} from '../../domain/justice/index.ts';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError, notFound, validationFailed, type FieldProblemInput } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import { can } from '../policy/policy.ts';
import { placeOfCase } from '../cases/cases.service.ts';
import { findStatus } from '../status/status.repository.ts';
import { toDecision, toPerpetrator } from './justice-parties.service.ts';
import { assertDates, loadJusticeCase, todayIn } from './justice-access.ts';
import * as repo from './justice.repository.ts';
import type {
  JusticeView,
  NewProceeding,
  Proceeding,
  ProceedingChange,
  StageChangeInput,
} from './justice.schemas.ts';

type Db = Kysely<DatabaseSchema>;
const C = {
  number: 'justice_proceedings.number',
  authority: 'justice_proceedings.authority_name',
  legalAid: 'justice_proceedings.legal_aid_provider',
  stageNote: 'justice_stage_history.note',
  statusNote: 'case_status.non_punishment_note',
} as const;

function toProceeding(ctx: AppContext, row: repo.ProceedingRow, history: repo.StageHistoryRow[]): Proceeding {
  const open = (value: string | null, context: string) => (value ? ctx.cipher.decrypt(value, context) : null);
  const legalAid = open(row.legal_aid_provider, C.legalAid);
  return {
    id: row.id,
    country: row.country,
    number: open(row.number, C.number),
    articles: row.articles,
    authorityAgencyId: row.authority_agency_id,
    authorityAgencyName: row.authority_agency_name,
    authorityName: open(row.authority_name, C.authority),
    stage: row.stage as ProceedingStage,
    outcome: row.outcome as ProceedingOutcome | null,
    nextStages: [...nextStages(row.stage as ProceedingStage)],
    childRole: row.child_role as Proceeding['childRole'],
    openedOn: row.opened_on,
    legalAid: legalAid && row.legal_aid_from ? { provider: legalAid, from: row.legal_aid_from } : null,
    measures: row.measures as Proceeding['measures'],
    compensation: row.compensation as Proceeding['compensation'],
    stageHistory: history.map((entry) => ({
      stage: entry.stage as ProceedingStage,
      on: entry.entered_on,
      outcome: entry.outcome as ProceedingOutcome | null,
      note: open(entry.note, C.stageNote),
      recordedBy: entry.recorded_by,
    })),
    version: row.version,
  };
}

async function proceedingView(ctx: AppContext, db: Db, caseId: string, id: string) {
  const row = await repo.findProceeding(db, caseId, id);
  if (!row) throw notFound('The proceedings');
  return toProceeding(ctx, row, await repo.stageHistories(db, [id]));
}

/** The whole justice section of a case, in one audited read. */
export async function getJustice(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
): Promise<JusticeView> {
  const db = ctx.database.db;
  const caseRow = await loadJusticeCase(ctx, db, principal, caseId, 'justice.read');
  const rows = await repo.listProceedings(db, caseId);
  const histories = await repo.stageHistories(
    db,
    rows.map((row) => row.id),
  );
  const perpetrators = await repo.listPerpetrators(db, caseId);
  const decisions = await repo.listDecisions(db, caseId);
  const status = await findStatus(db, caseId);
  await audit(db, actor, {
    action: 'case.justice.read',
    entityType: 'case',
    entityId: caseId,
    details: { proceedings: rows.length, perpetrators: perpetrators.length, decisions: decisions.length },
  });
  return {
    proceedings: rows.map((row) =>
      toProceeding(
        ctx,
        row,
        histories.filter((entry) => entry.proceeding_id === row.id),
      ),
    ),
    perpetrators: perpetrators.map((row) => toPerpetrator(ctx, row)),
    nonPunishment: {
      flagged: status?.non_punishment ?? false,
      note: status?.non_punishment_note ? ctx.cipher.decrypt(status.non_punishment_note, C.statusNote) : null,
      decisions: decisions.map((row) => toDecision(ctx, row)),
    },
    mayWrite: can(principal, 'justice.write', placeOfCase(ctx, caseRow), ctx.isWithin),
  };
}

async function validateProceeding(ctx: AppContext, db: Db, input: ProceedingChange & { openedOn?: string }) {
  const problems: Array<FieldProblemInput> = [];
  (input.articles ?? []).forEach((article, i) => {
    if (!isKnownArticle(ctx.config.country, article))
      problems.push({
        path: `body.articles.${i}`,
        code: 'unknown_reference',
        message: `Not an article of the ${ctx.config.country} criminal code Haven knows.`,
      });
  });
  if (input.authorityAgencyId && !(await repo.agencyExists(db, input.authorityAgencyId)))
    problems.push({ path: 'body.authorityAgencyId', code: 'unknown_reference', message: 'No such agency.' });
  if (problems.length > 0) throw validationFailed(problems);
  assertDates(ctx, [
    { path: 'body.openedOn', value: input.openedOn },
    { path: 'body.legalAid.from', value: input.legalAid?.from },
    ...(input.measures ?? []).map((m, i) => ({ path: `body.measures.${i}.on`, value: m.on })),
    ...(input.compensation ?? []).map((c, i) => ({ path: `body.compensation.${i}.on`, value: c.on })),
  ]);
}

const seal = (ctx: AppContext, value: string | null | undefined, context: string) =>
  value === undefined ? undefined : value === null ? null : ctx.cipher.encrypt(value, context);
const cents = (amount: number) => Math.round(amount * 100) / 100;

function storedChange(ctx: AppContext, input: ProceedingChange) {
  const change: Record<string, unknown> = {
    number: seal(ctx, input.number, C.number),
    articles: input.articles === undefined ? undefined : JSON.stringify([...new Set(input.articles)]),
    authority_agency_id: input.authorityAgencyId,
    authority_name: seal(ctx, input.authorityName, C.authority),
    child_role: input.childRole,
    legal_aid_provider:
      input.legalAid === undefined ? undefined : seal(ctx, input.legalAid?.provider ?? null, C.legalAid),
    legal_aid_from: input.legalAid === undefined ? undefined : (input.legalAid?.from ?? null),
    measures: input.measures === undefined ? undefined : JSON.stringify(input.measures),
    compensation:
      input.compensation === undefined
        ? undefined
        : JSON.stringify(input.compensation.map((c) => ({ ...c, amount: cents(c.amount) }))),
  };
  return Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
}

export async function createProceeding(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  input: NewProceeding,
): Promise<Proceeding> {
  await loadJusticeCase(ctx, trx, principal, caseId, 'justice.write');
  await validateProceeding(ctx, trx, input);
  const id = randomUUID();
  await repo.insertProceeding(trx, {
    id,
    case_id: caseId,
    country: ctx.config.country,
    stage: input.stage,
    opened_on: input.openedOn,
    created_by: principal.userId,
    ...(storedChange(ctx, input) as {
      child_role: string;
      articles: string;
      measures: string;
      compensation: string;
    }),
  });
  await repo.appendStage(trx, {
    proceedingId: id,
    stage: input.stage,
    enteredOn: input.openedOn,
    outcome: null,
    note: null,
    recordedBy: principal.userId,
  });
  await audit(trx, actor, {
    action: 'case.justice.proceeding.create',
    entityType: 'case',
    entityId: caseId,
    details: { proceedingId: id, stage: input.stage },
  });
  return proceedingView(ctx, trx, caseId, id);
}

export async function updateProceeding(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  proceedingId: string,
  version: number,
  input: ProceedingChange,
): Promise<Proceeding> {
  return ctx.database.db.transaction().execute(async (trx) => {
    await loadJusticeCase(ctx, trx, principal, caseId, 'justice.write');
    if (!(await repo.findProceeding(trx, caseId, proceedingId))) throw notFound('The proceedings');
    await validateProceeding(ctx, trx, input);
    const change = storedChange(ctx, input);
    if (!(await repo.updateProceedingIfVersion(trx, caseId, proceedingId, version, change)))
      throw staleVersion();
    await audit(trx, actor, {
      action: 'case.justice.proceeding.update',
      entityType: 'case',
      entityId: caseId,
      details: { proceedingId, fields: Object.keys(input) },
    });
    return proceedingView(ctx, trx, caseId, proceedingId);
  });
}

/** Moves the proceedings to their next stage through the transition table (src/domain/justice). */
export async function changeStage(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  proceedingId: string,
  version: number,
  input: StageChangeInput,
): Promise<Proceeding> {
  return ctx.database.db.transaction().execute(async (trx) => {
    await loadJusticeCase(ctx, trx, principal, caseId, 'justice.write');
    const row = await repo.findProceeding(trx, caseId, proceedingId);
    if (!row) throw notFound('The proceedings');
    const history = (await repo.stageHistories(trx, [proceedingId])).map((entry) => ({
      stage: entry.stage as ProceedingStage,
      on: entry.entered_on,
    }));
    const result = applyStageChange(
      history,
      row.outcome as ProceedingOutcome | null,
      { to: input.to, on: input.on, outcome: input.outcome },
      todayIn(ctx),
    );
    if (!result.ok) throw new AppError('stage_change_refused', result.message, { reason: result.code });
    const updated = await repo.updateProceedingIfVersion(trx, caseId, proceedingId, version, {
      stage: result.stage,
      outcome: result.outcome,
    });
    if (!updated) throw staleVersion();
    await repo.appendStage(trx, {
      proceedingId,
      stage: result.stage,
      enteredOn: input.on,
      outcome: input.outcome,
      note: input.note === null ? null : ctx.cipher.encrypt(input.note, C.stageNote),
      recordedBy: principal.userId,
    });
    await audit(trx, actor, {
      action: 'case.justice.proceeding.stage',
      entityType: 'case',
      entityId: caseId,
      details: { proceedingId, from: row.stage, to: result.stage },
    });
    return proceedingView(ctx, trx, caseId, proceedingId);
  });
}
