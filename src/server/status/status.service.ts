import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  type ChildTraffickingStatus,
  COUNTRY_TIME_ZONES,
  calendarDateIn,
  FORMAL_PROCEDURES,
  HTCDS_TRAFFICKING_STATUS,
  REFLECTION_PERIOD_RULES,
  type ReflectionPeriod,
  reflectionPeriod,
  validateNonPunishmentFlag,
  validateStatusDecision,
  type StatusProblem,
} from '../../domain/status/index.ts';
import type { FieldCode } from '../../domain/validation/field-codes.ts';
import { isLocale, type Locale } from '../../domain/locales.ts';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { takeAction } from '../cases/case-actions.service.ts';
import { findCase, setDerivedCaseColumns, updateCaseIfVersion } from '../cases/cases.repository.ts';
import { fieldGroupsOnCase, loadCase } from '../cases/cases.service.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError, forbidden, validationFailed } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import { contextInTransaction } from '../db/in-transaction.ts';
import { caseReflection } from './reflection.ts';
import * as repo from './status.repository.ts';
import type { CaseStatusView, StatusDecisionInput } from './status.schemas.ts';

type Db = Kysely<DatabaseSchema>;
const PROCEDURE_CONTEXT = 'case_status.formal_procedure';
const DECISION_PROCEDURE_CONTEXT = 'status_decisions.formal_procedure';
const NOTE_CONTEXT = 'case_status.non_punishment_note';

const LIFECYCLE_ACTION = {
  presumed: 'presume',
  identified: 'identify',
  'not-a-victim': 'decide-not-victim',
} as const;

/** Legal periods count calendar days where the child is (src/domain/status/calendar-date.ts). */
const todayIn = (ctx: AppContext) =>
  calendarDateIn(new Date().toISOString(), COUNTRY_TIME_ZONES[ctx.config.country]);

function toView(
  ctx: AppContext,
  principal: SignedInUser,
  caseRow: {
    status: string;
    version: number;
    owner_agency_id: string;
    unit_code: string;
    owner_user_id: string | null;
  },
  row: repo.StatusRow | undefined,
  period: ReflectionPeriod | null,
): CaseStatusView {
  const status = caseRow.status as ChildTraffickingStatus;
  const locale: Locale = isLocale(principal.locale) ? principal.locale : 'en';
  const procedure = FORMAL_PROCEDURES[ctx.config.country];
  // The note speaks of offences: justice details, for those who hold that field group.
  const mayReadNote = fieldGroupsOnCase(ctx, principal, caseRow).includes('justice');
  return {
    status,
    htcdsStatus: HTCDS_TRAFFICKING_STATUS[status] ?? 'PossibleVictimOfTrafficking',
    decidingOrgType: row?.deciding_org_type ?? null,
    decidedOn: row?.decided_on ?? null,
    formalProcedure: row?.formal_procedure
      ? {
          country: ctx.config.country,
          legalBasis: procedure.legalBasis[locale],
          values: JSON.parse(ctx.cipher.decrypt(row.formal_procedure, PROCEDURE_CONTEXT)),
        }
      : null,
    reflectionPeriod: period,
    nonPunishment: {
      flagged: row?.non_punishment ?? false,
      note:
        mayReadNote && row?.non_punishment_note
          ? ctx.cipher.decrypt(row.non_punishment_note, NOTE_CONTEXT)
          : null,
    },
    version: caseRow.version,
  };
}

async function viewAfterChange(ctx: AppContext, trx: Db, principal: SignedInUser, caseId: string) {
  const caseRow = (await findCase(trx, caseId))!;
  const period = await caseReflection(ctx, trx, caseRow);
  return toView(ctx, principal, caseRow, await repo.findStatus(trx, caseId), period);
}

/** The status rules' own codes, named as the closed set of field codes the web app translates. */
const STATUS_FIELD_CODE: Record<StatusProblem['code'], FieldCode> = {
  invalid_status: 'invalid_choice',
  invalid_status_change: 'invalid_choice',
  field_required: 'required',
  invalid_date: 'invalid_date',
  date_in_future: 'date_in_future',
  unknown_country: 'unknown_reference',
  unknown_field: 'unknown_field',
  too_long: 'too_long',
  date_order: 'range_reversed',
  invalid_choice: 'invalid_choice',
  not_applicable: 'not_applicable',
  appeal_without_refusal: 'appeal_without_refusal',
  procedure_required: 'procedure_required',
  outcome_mismatch: 'outcome_mismatch',
};

export async function getStatus(ctx: AppContext, principal: SignedInUser, actor: Actor, caseId: string) {
  const db = ctx.database.db;
  const caseRow = await loadCase(ctx, db, principal, caseId);
  const view = toView(
    ctx,
    principal,
    caseRow,
    await repo.findStatus(db, caseId),
    await caseReflection(ctx, db, caseRow),
  );
  await audit(db, actor, { action: 'case.status.read', entityType: 'case', entityId: caseId });
  return view;
}

/**
 * Records a status decision and takes the matching lifecycle action in the same transaction. The
 * recovery and reflection period starts with the first presumption (or an identification with none
 * before it); its last day becomes the case's next deadline, so overdue lists show it.
 */
export async function decideStatus(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  version: number,
  input: StatusDecisionInput,
): Promise<CaseStatusView> {
  const caseRow = await loadCase(ctx, trx, principal, caseId, 'cases.transition');
  const today = todayIn(ctx);
  const previous = caseRow.status as ChildTraffickingStatus;
  const problems = validateStatusDecision(
    previous,
    {
      status: input.status,
      decidedOn: input.decidedOn,
      decidedBy: principal.userId,
      decidingOrgType: input.decidingOrgType,
      // A Moldovan presumption is the territorial team's: it needs the procedure record too.
      country: ctx.config.country,
      ...(input.formalProcedure
        ? { formalProcedure: { country: ctx.config.country, values: input.formalProcedure } }
        : {}),
    },
    today,
  );
  const refusal = problems.find((p) => p.code === 'invalid_status_change');
  if (refusal)
    throw new AppError('status_change_refused', refusal.message, { from: previous, to: input.status });
  if (problems.length > 0)
    throw validationFailed(
      problems.map((p) => ({ path: `body.${p.field}`, code: STATUS_FIELD_CODE[p.code], message: p.message })),
    );

  await takeAction(
    contextInTransaction(ctx, trx),
    principal,
    actor,
    caseId,
    version,
    { type: LIFECYCLE_ACTION[input.status], reason: input.reason },
    { statusDecision: true },
  );

  const stored = await repo.findStatus(trx, caseId);
  let startsOn = stored?.reflection_starts_on ?? null;
  let endsOn = stored?.reflection_ends_on ?? null;
  if (startsOn === null && input.status !== 'not-a-victim') {
    startsOn = input.decidedOn;
    endsOn = reflectionPeriod(startsOn, today, REFLECTION_PERIOD_RULES[ctx.config.country]).endsOn;
  }
  const procedureJson = input.formalProcedure ? JSON.stringify(input.formalProcedure) : null;
  await repo.saveStatus(trx, caseId, {
    status: input.status,
    deciding_org_type: input.decidingOrgType,
    decided_on: input.decidedOn,
    formal_procedure: procedureJson ? ctx.cipher.encrypt(procedureJson, PROCEDURE_CONTEXT) : null,
    reflection_starts_on: startsOn,
    reflection_ends_on: endsOn,
    non_punishment: stored?.non_punishment ?? false,
    non_punishment_note: stored?.non_punishment_note ?? null,
  });
  const decisionId = randomUUID();
  await repo.insertDecision(trx, {
    id: decisionId,
    caseId,
    status: input.status,
    decidingOrgType: input.decidingOrgType,
    decidedOn: input.decidedOn,
    formalProcedure: procedureJson ? ctx.cipher.encrypt(procedureJson, DECISION_PROCEDURE_CONTEXT) : null,
    decidedBy: principal.userId,
  });
  // While the status is only presumed the period's end is a deadline; a final decision meets it.
  const deadline = input.status === 'presumed' ? endsOn : null;
  if (deadline !== null || caseRow.next_deadline === endsOn)
    await setDerivedCaseColumns(trx, caseId, { next_deadline: deadline });
  await audit(trx, actor, {
    action: 'case.status.decide',
    entityType: 'status_decision',
    entityId: decisionId,
    details: { caseId, status: input.status, decidingOrgType: input.decidingOrgType },
  });
  return viewAfterChange(ctx, trx, principal, caseId);
}

export async function setNonPunishment(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  version: number,
  input: { flagged: boolean; note: string | null },
): Promise<CaseStatusView> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const caseRow = await loadCase(ctx, trx, principal, caseId, 'cases.update');
    if (!fieldGroupsOnCase(ctx, principal, caseRow).includes('justice')) throw forbidden();
    const note = input.note === '' ? null : input.note;
    if (validateNonPunishmentFlag({ flagged: input.flagged, note }).length > 0)
      throw validationFailed([
        {
          path: 'body.note',
          code: 'required',
          message: 'Say which offences the flag concerns and how they stem from the trafficking.',
        },
      ]);
    // The flag is part of the case: it moves the case's version like any other change to it.
    if (!(await updateCaseIfVersion(trx, caseId, version, {}))) throw staleVersion();
    const stored = await repo.findStatus(trx, caseId);
    await repo.saveStatus(trx, caseId, {
      status: stored?.status ?? caseRow.status,
      deciding_org_type: stored?.deciding_org_type ?? null,
      decided_on: stored?.decided_on ?? null,
      formal_procedure: stored?.formal_procedure ?? null,
      reflection_starts_on: stored?.reflection_starts_on ?? null,
      reflection_ends_on: stored?.reflection_ends_on ?? null,
      non_punishment: input.flagged,
      non_punishment_note: note === null ? null : ctx.cipher.encrypt(note, NOTE_CONTEXT),
    });
    await audit(trx, actor, {
      action: 'case.non-punishment.set',
      entityType: 'case',
      entityId: caseId,
      details: { flagged: input.flagged },
    });
    return viewAfterChange(ctx, trx, principal, caseId);
  });
}
